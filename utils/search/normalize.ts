/**
 * Danish-aware search normalisation, applied to both the index and the query: lower case,
 * æ/ø/å spelled out as ae/oe/aa (how they are typed on a keyboard without them), accents
 * dropped (é → e).
 */
export function normalizeTerm(term: string): string {
  return term
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words that say nothing about the task ("jeg skal flytte" → "flytte"). */
export const DANISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'af',
  'at',
  'den',
  'der',
  'det',
  'du',
  'en',
  'er',
  'et',
  'for',
  'hvad',
  'hvor',
  'hvordan',
  'i',
  'jeg',
  'kan',
  'med',
  'min',
  'mine',
  'mit',
  'og',
  'om',
  'paa',
  'skal',
  'til',
  'vil',
]);
