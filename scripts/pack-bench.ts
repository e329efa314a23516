/**
 * Measurements for guide packs (issue #3): validation of a 1 MB pack, URL lookup and search with
 * 10,000 guides stored. `npx tsx scripts/pack-bench.ts` prints them; the functions are exported
 * for `npm run bench`. Figures are wall-clock medians on whatever machine runs them.
 */
import 'fake-indexeddb/auto';
import { createGuideStore } from '@/entrypoints/background/guide-store';
import { openVejviserDb } from '@/utils/db/open';
import type { Guide, GuidePack } from '@/utils/pack/types';
import { parsePack } from '@/utils/pack/validate';
import { SUPPORTED_HOSTS } from '@/utils/sites';

const WORDS = ['flytning', 'skat', 'læge', 'pas', 'kørekort', 'post', 'bolig', 'job', 'pension', 'barn', 'ydelse'];

/** A realistic guide: 3 targeted steps, Danish + English texts, one of the supported hosts. */
export function makeGuide(i: number): Guide {
  const host = SUPPORTED_HOSTS[i % SUPPORTED_HOSTS.length];
  const word = WORDS[i % WORDS.length];
  // 1 % of guides use a wildcard host, which every lookup must test.
  const sites = i % 100 === 0 ? ['https://*.borger.dk/*'] : [`https://${host}/${word}-${i}/*`];
  return {
    id: `vejledning-${i}`,
    title: { da: `Vejledning ${i} om ${word}`, en: `Guide ${i} about ${word}` },
    summary: `Sådan klarer du opgave ${i} om ${word} på ${host}.`,
    keywords: [word as string, `emne-${i % 37}`],
    topic: 'andet',
    sites,
    start: `https://${host}/${word}-${i}/`,
    steps: [
      {
        id: 'start',
        page: `https://${host}/${word}-${i}/`,
        target: [{ role: 'link', name: `Gå til ${word}` }, { text: word as string }],
        say: { da: `Klik på **${word}**.`, en: `Click **${word}**.` },
      },
      {
        id: 'log-paa',
        target: { role: 'button', name: { regex: '^log (på|ind)' } },
        say: 'Klik på **Log på**. Du skal bruge MitID.',
        kind: 'staff',
      },
      { id: 'kode', say: 'Godkend i din MitID-app. Fortæl aldrig nogen din kode.', kind: 'caution', advance: 'manual' },
    ],
  };
}

export function makePack(id: string, guides: Guide[]): GuidePack {
  return { format: 'vejviser/guide-pack@1', id, title: id, version: '1', guides };
}

/** A pack's text of at least `bytes` bytes. */
export function makePackText(bytes: number): string {
  const guides: Guide[] = [];
  let size = 200;
  while (size < bytes) {
    const g = makeGuide(guides.length);
    guides.push(g);
    size += JSON.stringify(g, null, 2).length + 4;
  }
  return JSON.stringify(makePack('stor-pakke', guides), null, 2);
}

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** CPU time per run (user + system), which a busy shared machine disturbs less than wall time. */
  cpuMsPerRun: number;
}

async function time(runs: number, fn: (i: number) => unknown): Promise<Timing> {
  const ms: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  ms.sort((a, b) => a - b);
  const at = (q: number) => Number((ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0).toFixed(3));
  const cpuMsPerRun = Number(((used.user + used.system) / 1000 / runs).toFixed(3));
  return { runs, medianMs: at(0.5), p95Ms: at(0.95), cpuMsPerRun };
}

export async function measureValidation(bytes = 1024 * 1024, runs = 10) {
  const text = makePackText(bytes);
  const result = parsePack(text);
  if (!result.ok) throw new Error(`benchmark pack is invalid: ${result.problems[0]?.message}`);
  return {
    bytes: new TextEncoder().encode(text).length,
    guides: result.pack.guides.length,
    ...(await time(runs, () => parsePack(text))),
  };
}

/** A real guide store over fake-indexeddb holding `count` guides in packs of 500. */
export async function storeWithGuides(count = 10_000) {
  const db = await openVejviserDb(`bench-${count}-${Math.random()}`);
  const store = createGuideStore(Promise.resolve(db));
  const all = Array.from({ length: count }, (_, i) => makeGuide(i));
  const packs = [];
  for (let p = 0; p * 500 < count; p++) packs.push({ pack: makePack(`pakke-${p}`, all.slice(p * 500, (p + 1) * 500)) });
  const result = await store.replaceSource('policy', packs);
  if (!result.ok) throw new Error('benchmark packs are invalid');
  return store;
}

export async function measureLookup(count = 10_000, runs = 200) {
  const store = await storeWithGuides(count);
  const firstQuery = await time(1, () => store.guidesForPage({ origin: 'https://www.borger.dk', path: '/' }));
  // Search and lookup share the loaded view; the search index is built on the first search.
  const pages = Array.from({ length: runs }, (_, i) => {
    const n = (i * 7919) % count;
    const host = SUPPORTED_HOSTS[n % SUPPORTED_HOSTS.length];
    return { origin: `https://${host}`, path: `/${WORDS[n % WORDS.length]}-${n}/trin` };
  });
  let hits = 0;
  const timing = await time(runs, async (i) => {
    hits += (await store.guidesForPage(pages[i] as { origin: string; path: string })).length;
  });
  return { guides: count, loadAndIndexMs: firstQuery.medianMs, averageHits: hits / runs, ...timing };
}

export async function measureSearch(count = 10_000, runs = 100) {
  const store = await storeWithGuides(count);
  await store.guidesForPage({ origin: 'https://www.borger.dk', path: '/' }); // load the view first
  const firstQuery = await time(1, () => store.search('flytning', 'da'));
  const queries = ['flytning', 'flyting', 'adresseaendring', 'kørekort', 'koerekort', 'pas', 'læge', 'jeg skal flytte'];
  const timing = await time(runs, (i) => store.search(queries[i % queries.length] as string, 'da', 10));
  return { guides: count, searchIndexBuildMs: firstQuery.medianMs, ...timing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('validation of a 1 MB pack:', await measureValidation());
  console.log('URL lookup, 10,000 guides:', await measureLookup());
  console.log('search, 10,000 guides:', await measureSearch());
}
