import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { emptyLocalPack, LOCAL_PACK_ID, nextVersion } from '@/components/editor/model/draft';
import { healthReport, type ReportedTotals } from '@/components/editor/model/health-report';
import { buildLibrary, type HealthCounters, localCopy } from '@/components/editor/model/library';
import { pickerSessionItem } from '@/components/editor/model/picker-session';
import type { VejviserDB } from '@/utils/db/schema';
import type { LibraryGuide, PickedElement, PickerMode, PickerSession } from '@/utils/messaging/messages/editor';
import type { PackInfo } from '@/utils/messaging/messages/guides';
import type { PageRef } from '@/utils/messaging/protocol';
import type { Guide, GuidePack, PackSource } from '@/utils/pack/types';
import type { PolicyService } from './policy-service';

/** Most clicks a recording keeps: a guide has at most 50 steps. */
const MAX_RECORDED = 50;

export interface PickerService {
  start(url: string, mode: PickerMode, editorTabId?: number): Promise<PickerSession>;
  stop(): Promise<PickerSession | null>;
  /** The picker script in `tabId` asks what to do. */
  hello(tabId: number, page: PageRef): Promise<{ mode: PickerMode | null; sessionId: string | null }>;
  element(tabId: number, sessionId: string, element: PickedElement): Promise<{ recorded: number }>;
  stopFromTab(tabId: number, sessionId: string): Promise<void>;
}

/**
 * Orchestrates the element picker and the flow recorder between the editor page and a live tab.
 * The session lives in `storage.session`; the picker script is (re)injected into the session's tab
 * every time a page finishes loading there, so a recording follows the librarian across pages.
 */
export function createPickerService(): PickerService {
  const inject = async (tabId: number) => {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
    } catch {
      // Not a page we may script (an unsupported site or an error page): the librarian can
      // navigate on to a supported page, and the next load injects again.
    }
  };

  const active = async (tabId: number, sessionId?: string) => {
    const session = await pickerSessionItem.getValue();
    if (session?.status !== 'active' || session.tabId !== tabId) return null;
    if (sessionId !== undefined && session.id !== sessionId) return null;
    return session;
  };

  const finish = async (session: PickerSession, status: 'done' | 'cancelled', picked?: PickedElement) => {
    const next: PickerSession = { ...session, status, ...(picked ? { picked } : {}) };
    await pickerSessionItem.setValue(next);
    if (session.editorTabId !== undefined) {
      await browser.tabs.update(session.editorTabId, { active: true }).catch(() => undefined);
    }
    return next;
  };

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void active(tabId).then((session) => session && inject(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void active(tabId).then((session) => session && finish(session, 'cancelled'));
  });

  return {
    async start(url, mode, editorTabId) {
      const previous = await pickerSessionItem.getValue();
      // Reuse the previous session's tab when it is still open: the librarian keeps one work tab.
      let tab = previous ? await browser.tabs.get(previous.tabId).catch(() => undefined) : undefined;
      tab = tab?.id !== undefined ? await browser.tabs.update(tab.id, { url, active: true }) : undefined;
      tab ??= await browser.tabs.create({ url, active: true });
      if (tab?.id === undefined) throw new Error('Kunne ikke åbne en fane');
      const session: PickerSession = {
        id: crypto.randomUUID(),
        mode,
        tabId: tab.id,
        ...(editorTabId !== undefined ? { editorTabId } : {}),
        status: 'active',
        recorded: [],
      };
      await pickerSessionItem.setValue(session);
      return session;
    },
    async stop() {
      const session = await pickerSessionItem.getValue();
      if (!session) return null;
      if (session.status !== 'active') return session;
      const next: PickerSession = { ...session, status: session.mode === 'record' ? 'done' : 'cancelled' };
      await pickerSessionItem.setValue(next);
      // Tell the script in the tab to take its banner and listeners away.
      await browser.tabs.sendMessage(session.tabId, { vejviserPicker: 'stop' }).catch(() => undefined);
      return next;
    },
    async hello(tabId) {
      const session = await active(tabId);
      return session ? { mode: session.mode, sessionId: session.id } : { mode: null, sessionId: null };
    },
    async element(tabId, sessionId, element) {
      const session = await active(tabId, sessionId);
      if (!session) throw new Error('Ingen aktiv markering i denne fane');
      if (session.mode === 'pick') {
        await finish(session, 'done', element);
        return { recorded: 1 };
      }
      if (session.recorded.length >= MAX_RECORDED) throw new Error(`Højst ${MAX_RECORDED} trin kan optages`);
      const next = { ...session, recorded: [...session.recorded, element] };
      await pickerSessionItem.setValue(next);
      return { recorded: next.recorded.length };
    },
    async stopFromTab(tabId, sessionId) {
      const session = await active(tabId, sessionId);
      if (!session) return;
      await finish(session, session.mode === 'record' ? 'done' : 'cancelled');
    },
  };
}

/** What the editor needs from the guide store (structurally: the packs helper's `GuideStore`). */
export interface EditorGuideStore {
  listPacks(): Promise<PackInfo[]>;
  exportPack(source: PackSource, id: string): Promise<string | null>;
  guideById(id: string): Promise<{ guide: Guide; source: PackSource; packId: string } | null>;
  savePack(
    source: PackSource,
    pack: unknown,
  ): Promise<{ ok: true; pack: PackInfo } | { ok: false; problems: { path: string; message: string }[] }>;
  /** Guides switched off on this PC are not offered anywhere (start page, menus, search). */
  setDisabledGuides(ids: ReadonlySet<string>): void;
}

/** Where the engine gets a guide by id (the overlay helper's `GuideSource`). */
export interface GuideSource {
  guideById(id: string): Promise<{ guide: Guide } | null>;
}

/** What the editor needs from the engine (structurally: the overlay helper's services). */
export interface EditorEngine {
  health: { list(): Promise<HealthCounters[]> };
  progress: {
    begin(tabId: number, guideId: string, page?: PageRef, step?: number): Promise<unknown>;
  };
}

export interface EditorDeps {
  db: Promise<IDBPDatabase<VejviserDB>>;
  guides: EditorGuideStore;
  policy: PolicyService;
  /** The engine's services; filled in by the composition root once they exist. */
  engine: () => EditorEngine;
  /** The pack validator (`validatePack`), for a guide sent to preview. */
  validate: (pack: unknown) => { ok: true } | { ok: false; problems: { path: string; message: string }[] };
  fetch?: typeof fetch;
  now?: () => Date;
}

/** The editor's background side (issue 7); `Services.editor`. */
export interface EditorService {
  picker: PickerService;
  library(): Promise<LibraryGuide[]>;
  setEnabled(guideId: string, enabled: boolean): Promise<boolean>;
  duplicate(source: PackSource, packId: string, guideId: string): Promise<{ packId: string; guideId: string }>;
  preview(guide: Guide, step: number, url: string | undefined): Promise<{ tabId: number }>;
  /** A guide source for the engine that also knows the guide being previewed. */
  withPreview(source: GuideSource): GuideSource;
  /** Send the counts since the last report to the policy's `healthReportUrl` (if set). */
  reportHealth(): Promise<'sent' | 'nothing' | 'no-url'>;
}

/** The id under which the guide being previewed runs (a real guide with its own id is never touched). */
export const PREVIEW_GUIDE_ID = 'vejviser-forhaandsvisning';
const DISABLED_KEY = 'editor.disabledGuides';
const REPORTED_KEY = 'editor.healthReported';
export const HEALTH_ALARM = 'vejviser-health-report';

const previewItem = storage.defineItem<Guide | null>('session:vejviser.editor.preview', { fallback: null });

export function createEditorService(deps: EditorDeps): EditorService {
  const now = deps.now ?? (() => new Date());
  const doFetch = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  const readMeta = async <T>(key: string, fallback: T): Promise<T> => {
    const rec = await (await deps.db).get('meta', key);
    return rec ? (rec.value as T) : fallback;
  };
  const writeMeta = async (key: string, value: unknown) => {
    await (await deps.db).put('meta', { key, value });
  };

  // The store learns the switched-off guides at start; every change goes through setEnabled.
  const disabledReady = readMeta<string[]>(DISABLED_KEY, []).then((ids) => {
    const set = new Set(ids);
    deps.guides.setDisabledGuides(set);
    return set;
  });

  const storedPacks = async () => {
    const infos = await deps.guides.listPacks();
    const packs = await Promise.all(
      infos.map(async (info) => {
        const text = await deps.guides.exportPack(info.source, info.id);
        return text ? { source: info.source, pack: JSON.parse(text) as GuidePack } : null;
      }),
    );
    return packs.filter((p) => p !== null);
  };

  return {
    picker: createPickerService(),

    async library() {
      const [packs, health, disabled] = await Promise.all([storedPacks(), deps.engine().health.list(), disabledReady]);
      const inForce = new Map<string, { source: PackSource; packId: string } | null>();
      for (const { pack } of packs) {
        for (const g of pack.guides) {
          if (!inForce.has(g.id)) {
            const found = await deps.guides.guideById(g.id);
            inForce.set(g.id, found && { source: found.source, packId: found.packId });
          }
        }
      }
      return buildLibrary({ packs, effective: (id) => inForce.get(id) ?? null, health, disabled });
    },

    async setEnabled(guideId, enabled) {
      const disabled = await disabledReady;
      if (enabled) disabled.delete(guideId);
      else disabled.add(guideId);
      await writeMeta(DISABLED_KEY, [...disabled].sort());
      deps.guides.setDisabledGuides(new Set(disabled));
      return enabled;
    },

    async duplicate(source, packId, guideId) {
      if (source === 'local') throw new Error('En lokal vejledning kan redigeres direkte');
      const text = await deps.guides.exportPack(source, packId);
      const guide = text ? (JSON.parse(text) as GuidePack).guides.find((g) => g.id === guideId) : undefined;
      if (!guide) throw new Error(`Vejledningen ${guideId} findes ikke i pakken ${packId}`);
      const localText = await deps.guides.exportPack('local', LOCAL_PACK_ID);
      const local = localText ? (JSON.parse(localText) as GuidePack) : emptyLocalPack();
      const next = localCopy({ ...local, version: nextVersion(local.version, now()) }, guide);
      const saved = await deps.guides.savePack('local', next);
      if (!saved.ok) throw new Error(`Kopien kunne ikke gemmes: ${saved.problems.map((p) => p.message).join('; ')}`);
      return { packId: LOCAL_PACK_ID, guideId };
    },

    async preview(guide, step, url) {
      const candidate = { ...guide, id: PREVIEW_GUIDE_ID };
      const checked = deps.validate({ ...emptyLocalPack(), guides: [candidate] });
      if (!checked.ok) {
        throw new Error(`Vejledningen har fejl: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      }
      if (step < 0 || step >= guide.steps.length) throw new Error(`Vejledningen har ikke et trin ${step + 1}`);
      await previewItem.setValue(candidate);
      const tab = await browser.tabs.create({ url: url ?? 'about:blank', active: true });
      if (tab.id === undefined) throw new Error('Kunne ikke åbne en fane');
      await deps.engine().progress.begin(tab.id, PREVIEW_GUIDE_ID, undefined, step);
      return { tabId: tab.id };
    },

    withPreview(source) {
      return {
        async guideById(id) {
          if (id !== PREVIEW_GUIDE_ID) return source.guideById(id);
          const guide = await previewItem.getValue();
          return guide ? { guide } : null;
        },
      };
    },

    async reportHealth() {
      const url = deps.policy.current().healthReportUrl;
      if (!url) return 'no-url';
      const counters = await deps.engine().health.list();
      const reported = await readMeta<ReportedTotals>(REPORTED_KEY, {});
      const { report, totals } = healthReport(
        counters.filter((c) => c.guideId !== PREVIEW_GUIDE_ID),
        reported,
        now(),
      );
      if (!report) return 'nothing';
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(report),
        credentials: 'omit',
        // A receiver that never answers must not keep the worker busy; the next hour tries again.
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`healthReportUrl answered ${res.status}`);
      await writeMeta(REPORTED_KEY, totals);
      return 'sent';
    },
  };
}

/** Report guide health hourly (only when the policy sets `healthReportUrl`). */
export function startHealthReports(editor: EditorService): void {
  void browser.alarms.create(HEALTH_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== HEALTH_ALARM) return;
    // A failed delivery is retried with the same counts at the next alarm.
    editor.reportHealth().catch((err) => console.warn('Vejviser: health report failed', err));
  });
}
