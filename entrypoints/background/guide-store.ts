import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '@/utils/db/schema';
import type { GuideSummary, PackInfo, StoredGuide } from '@/utils/messaging/messages/guides';
import type { PageRef } from '@/utils/messaging/protocol';
import { textIn } from '@/utils/pack/text';
import type { Guide, GuidePack, PackSource, Topic } from '@/utils/pack/types';
import { TOPICS } from '@/utils/pack/types';
import { type PackProblem, parsePack, validatePack } from '@/utils/pack/validate';
import { createGuideSearch, type GuideSearch } from '@/utils/search/guide-search';
import { type EffectiveGuide, effectiveGuides } from '@/utils/store/effective';
import { HostIndex } from '@/utils/store/host-index';
import { type PackMeta, type PackRecord, packKey } from '@/utils/store/types';
import { sameBuiltins, validBuiltins } from './seed-builtins';

export type SaveResult = { ok: true; pack: PackInfo } | { ok: false; problems: PackProblem[] };

/** The background's guide store (issue #3): packs from three sources and the queries on them. */
export interface GuideStore {
  /** Validate and store one pack (one transaction). A rejected pack changes nothing. */
  savePack(source: PackSource, pack: unknown, meta?: PackMeta): Promise<SaveResult>;
  /** `parsePack` + `savePack`: a pack file's text, e.g. from the editor's import. */
  importText(source: PackSource, text: string, meta?: PackMeta): Promise<SaveResult>;
  /**
   * Make `source` hold exactly these packs (one transaction): used to seed the built-ins and to
   * apply the policy's pack list. All must be valid or nothing changes.
   */
  replaceSource(
    source: PackSource,
    packs: { pack: unknown; meta?: PackMeta }[],
  ): Promise<{ ok: true; packs: PackInfo[] } | { ok: false; problems: PackProblem[] }>;
  removePack(source: PackSource, id: string): Promise<boolean>;
  listPacks(source?: PackSource): Promise<PackInfo[]>;
  /** The pack file as text (2-space JSON), or null if there is no such pack. */
  exportPack(source: PackSource, id: string): Promise<string | null>;
  /** Policy `builtInGuides`: whether built-in packs are offered. */
  setBuiltInEnabled(enabled: boolean): void;
  /** Guides switched off on this PC in the editor (issue 7): stored, but never offered. */
  setDisabledGuides(ids: ReadonlySet<string>): void;
  guidesForPage(page: PageRef): Promise<GuideSummary[]>;
  guideById(id: string): Promise<StoredGuide | null>;
  byTopic(lang: string): Promise<{ topic: Topic; guides: GuideSummary[] }[]>;
  search(query: string, lang: string, limit?: number): Promise<GuideSummary[]>;
  /**
   * Make the built-in source hold exactly these bundled packs (`guides/*.json`), writing only when
   * they differ from what is stored. Queries wait for it, so a page never sees a half-seeded store.
   */
  seedBuiltins(bundled: { file: string; pack: unknown }[]): Promise<void>;
  /** Called after every change of the guides in force (a save, removal or policy switch). */
  onChange(listener: () => void): () => void;
}

/** Everything derived from the stored records; rebuilt after each change. */
interface View {
  records: PackRecord[];
  guides: EffectiveGuide[];
  byId: Map<string, EffectiveGuide>;
  hosts: HostIndex<EffectiveGuide>;
  searches: Map<string, GuideSearch>;
}

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 50;

function info(record: PackRecord): PackInfo {
  return {
    source: record.source,
    id: record.packId,
    title: record.pack.title,
    version: record.pack.version,
    guideCount: record.pack.guides.length,
    storedAt: record.storedAt,
    ...(record.url ? { url: record.url } : {}),
  };
}

function summary(e: EffectiveGuide): GuideSummary {
  const g: Guide = e.guide;
  return {
    id: g.id,
    title: g.title,
    ...(g.summary ? { summary: g.summary } : {}),
    ...(g.topic ? { topic: g.topic } : {}),
    source: e.source,
    packId: e.packId,
  };
}

function record(source: PackSource, pack: GuidePack, meta: PackMeta | undefined, storedAt: string): PackRecord {
  return {
    key: packKey(source, pack.id),
    source,
    packId: pack.id,
    pack,
    storedAt,
    ...(meta?.url !== undefined ? { url: meta.url } : {}),
    ...(meta?.etag !== undefined ? { etag: meta.etag } : {}),
    ...(meta?.sha256 !== undefined ? { sha256: meta.sha256 } : {}),
  };
}

export function createGuideStore(
  dbPromise: Promise<IDBPDatabase<VejviserDB>>,
  opts: { now?: () => Date; builtInEnabled?: boolean } = {},
): GuideStore {
  const now = opts.now ?? (() => new Date());
  let builtInEnabled = opts.builtInEnabled ?? true;
  let disabledGuides: ReadonlySet<string> = new Set();
  let view: Promise<View> | null = null;
  /** Reads wait for this: the seeding of the built-ins, once started. */
  let gate: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  async function load(): Promise<View> {
    const db = await dbPromise;
    // A record that is not a pack (hand-edited, or from a broken build) is skipped, not fatal.
    const records = ((await db.getAll('packs')) as PackRecord[]).filter(
      (r) => typeof r.pack === 'object' && r.pack !== null && Array.isArray(r.pack.guides),
    );
    const guides = effectiveGuides(records, builtInEnabled).filter((e) => !disabledGuides.has(e.guide.id));
    return {
      records,
      guides,
      byId: new Map(guides.map((e) => [e.guide.id, e])),
      hosts: new HostIndex(guides, (e) => e.guide.sites),
      searches: new Map(),
    };
  }

  function current(): Promise<View> {
    view ??= gate.then(load).catch((err) => {
      view = null; // try again next time rather than caching a failure
      throw err;
    });
    return view;
  }

  function changed(): void {
    view = null;
    for (const l of listeners) l();
  }

  async function put(records: PackRecord[], replace?: PackSource): Promise<void> {
    const db = await dbPromise;
    const tx = db.transaction('packs', 'readwrite');
    if (replace) {
      for (const key of await tx.store.index('bySource').getAllKeys(replace)) await tx.store.delete(key);
    }
    for (const r of records) await tx.store.put(r);
    await tx.done;
    changed();
  }

  /** Store a pack that has just been validated (validation is the costly part: do it once). */
  async function saveValid(source: PackSource, pack: GuidePack, meta: PackMeta | undefined): Promise<SaveResult> {
    const r = record(source, pack, meta, now().toISOString());
    await put([r]);
    return { ok: true, pack: info(r) };
  }

  const store: GuideStore = {
    async savePack(source, input, meta) {
      const result = validatePack(input);
      if (!result.ok) return result;
      return saveValid(source, result.pack, meta);
    },

    async importText(source, text, meta) {
      // parsePack validates; the pack it returns is not validated a second time.
      const result = parsePack(text);
      if (!result.ok) return result;
      return saveValid(source, result.pack, meta);
    },

    async replaceSource(source, packs) {
      const storedAt = now().toISOString();
      const records: PackRecord[] = [];
      const problems: PackProblem[] = [];
      const seen = new Set<string>();
      packs.forEach(({ pack, meta }, i) => {
        const result = validatePack(pack);
        if (!result.ok) {
          problems.push(...result.problems.map((p) => ({ ...p, path: p.path ? `[${i}].${p.path}` : `[${i}]` })));
          return;
        }
        if (seen.has(result.pack.id)) {
          problems.push({ path: `[${i}].id`, message: `pakken "${result.pack.id}" er med to gange` });
          return;
        }
        seen.add(result.pack.id);
        records.push(record(source, result.pack, meta, storedAt));
      });
      if (problems.length) return { ok: false, problems };
      await put(records, source);
      return { ok: true, packs: records.map(info) };
    },

    async removePack(source, id) {
      const db = await dbPromise;
      const tx = db.transaction('packs', 'readwrite');
      const key = packKey(source, id);
      const existed = (await tx.store.getKey(key)) !== undefined;
      if (existed) await tx.store.delete(key);
      await tx.done;
      if (existed) changed();
      return existed;
    },

    async listPacks(source) {
      const { records } = await current();
      return records.filter((r) => !source || r.source === source).map(info);
    },

    async exportPack(source, id) {
      const { records } = await current();
      const r = records.find((x) => x.key === packKey(source, id));
      return r ? `${JSON.stringify(r.pack, null, 2)}\n` : null;
    },

    setDisabledGuides(ids) {
      disabledGuides = new Set(ids);
      changed();
    },

    setBuiltInEnabled(enabled) {
      if (enabled === builtInEnabled) return;
      builtInEnabled = enabled;
      changed();
    },

    async guidesForPage(page) {
      const { hosts } = await current();
      return hosts.lookup(page.origin + page.path).map(summary);
    },

    async guideById(id) {
      const e = (await current()).byId.get(id);
      return e ? { guide: e.guide, source: e.source, packId: e.packId } : null;
    },

    async byTopic(lang) {
      const { guides } = await current();
      const collator = new Intl.Collator('da');
      return TOPICS.map((topic) => ({
        topic,
        guides: guides
          .filter((e) => (e.guide.topic ?? 'andet') === topic)
          .sort((a, b) => collator.compare(textIn(a.guide.title, lang), textIn(b.guide.title, lang)))
          .map(summary),
      })).filter((group) => group.guides.length > 0);
    },

    async search(query, lang, limit = DEFAULT_SEARCH_LIMIT) {
      const v = await current();
      let index = v.searches.get(lang);
      if (!index) {
        index = createGuideSearch(
          v.guides.map((e) => e.guide),
          lang,
        );
        v.searches.set(lang, index);
      }
      const n = Math.max(1, Math.min(MAX_SEARCH_LIMIT, Math.floor(limit)));
      return index.search(query, n).flatMap((id) => {
        const e = v.byId.get(id);
        return e ? [summary(e)] : [];
      });
    },

    seedBuiltins(bundled) {
      const run = async () => {
        const packs = validBuiltins(bundled);
        const db = await dbPromise;
        const stored = (await db.getAllFromIndex('packs', 'bySource', 'builtin')) as PackRecord[];
        if (
          sameBuiltins(
            stored.map((r) => r.pack),
            packs,
          )
        )
          return;
        const storedAt = now().toISOString();
        await put(
          packs.map((p) => record('builtin', p, undefined, storedAt)),
          'builtin',
        );
      };
      const seeding = gate.then(run);
      // A failed seeding must not block reads: the store then serves what it had.
      gate = seeding.catch((err) => console.warn('Vejviser: seeding built-in packs failed', err));
      view = null;
      return seeding;
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
