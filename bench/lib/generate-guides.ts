import type { Guide, GuidePack, Topic } from '../../utils/pack/types';
import { SUPPORTED_HOSTS } from '../../utils/sites';

/** Danish words to build plausible titles, summaries and keywords from (deterministic, no randomness). */
const WORDS = [
  'flytning',
  'adresse',
  'pas',
  'kørekort',
  'sundhedskort',
  'skat',
  'forskudsopgørelse',
  'årsopgørelse',
  'boligstøtte',
  'pension',
  'dagpenge',
  'jobcenter',
  'læge',
  'tandlæge',
  'vaccination',
  'mitid',
  'digital',
  'post',
  'brev',
  'fuldmagt',
  'barsel',
  'børnecheck',
  'navn',
  'ægteskab',
  'skilsmisse',
  'bil',
  'ejendom',
  'nemkonto',
  'bank',
  'studie',
  'su',
  'ferie',
  'sygedagpenge',
  'recept',
  'journal',
  'henvisning',
];
const TOPICS: Topic[] = ['mitid-post', 'bolig', 'skat-penge', 'sundhed', 'job', 'pas-koerekort', 'familie', 'andet'];

const word = (i: number) => WORDS[i % WORDS.length] as string;

/** One realistic guide: 3 steps on one host (every 20th guide also on a wildcard host pattern). */
export function makeGuide(i: number, padding = 0): Guide {
  const host = SUPPORTED_HOSTS[i % SUPPORTED_HOSTS.length] as string;
  const a = word(i);
  const b = word(i * 7 + 3);
  const sites = [`https://${host}/${a}-${i}/*`];
  if (i % 20 === 0) sites.push(`https://*.borger.dk/${b}/*`);
  return {
    id: `guide-${i}`,
    title: { da: `Sådan klarer du ${a} og ${b} (${i})`, en: `How to handle ${a} and ${b} (${i})` },
    summary: `Trin for trin: ${a}, ${b} og ${word(i + 11)}.${' Læs mere.'.repeat(padding)}`,
    keywords: [a, b, word(i + 5)],
    topic: TOPICS[i % TOPICS.length] as Topic,
    sites,
    steps: [
      { id: 'start', target: { role: 'link', name: a }, say: `Klik på **${a}**.` },
      { id: 'log-paa', target: { role: 'button', name: { regex: '^log (på|ind)' } }, say: 'Klik på **Log på**.' },
      { id: 'udfyld', target: { label: 'Ny adresse' }, say: 'Skriv din nye adresse.', advance: 'input' },
    ],
  };
}

export function makePack(id: string, from: number, count: number, padding = 0): GuidePack {
  return {
    format: 'vejviser/guide-pack@1',
    id,
    title: `Benchmark ${id}`,
    version: '1',
    guides: Array.from({ length: count }, (_, k) => makeGuide(from + k, padding)),
  };
}

/** A valid pack file of at least `bytes` UTF-8 bytes (2-space JSON, as the editor exports). */
export function makePackText(id: string, bytes: number): string {
  let count = 100;
  for (;;) {
    const text = JSON.stringify(makePack(id, 0, count), null, 2);
    if (Buffer.byteLength(text) >= bytes) return text;
    count = Math.ceil(count * (bytes / Buffer.byteLength(text)) * 1.02);
  }
}
