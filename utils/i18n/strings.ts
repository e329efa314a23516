import { HINT_DA, lookup } from './hint-strings';

/**
 * Every UI text the citizen sees, in Danish first (the hint path's own are in hint-strings.ts).
 * Other languages may leave a key out: `t()` falls back to Danish for that text alone. Plain
 * language, "du"-form, short sentences.
 */
export const DA = {
  ...HINT_DA,
  stepShort: '{n} af {total}',
  stopReading: 'Stop oplæsning',
  language: 'Sprog',
  largerText: 'Større tekst',
  guidesHere: 'Vejledninger til denne side',
  noGuidesHere: 'Der er ingen vejledninger til denne side endnu.',
  search: 'Søg efter en opgave',
  searchPlaceholder: 'Skriv fx flytte eller pas',
  searchButton: 'Søg',
  noResults: 'Vi fandt ingen vejledning. Prøv et andet ord.',
  start: 'Start',
  offerTitle: 'Der er en vejledning til denne side',
  offerStart: 'Start vejledningen',
  lookingFor: 'Vi leder efter det, du skal bruge …',
  stopGuide: 'Stop vejledningen',
  startPageTitle: 'Hvad skal du i dag?',
  startPageIntro: 'Vælg en opgave. Så viser vi dig vej, trin for trin.',
  allTasks: 'Alle opgaver',
  loading: 'Et øjeblik …',
  shortcutHint: 'Tast Alt+Shift+H for at gå til hjælpen.',
  topic_mitid_post: 'MitID og Digital Post',
  topic_bolig: 'Bolig og flytning',
  topic_skat_penge: 'Skat og penge',
  topic_sundhed: 'Sundhed',
  topic_job: 'Job og ledighed',
  topic_pas_koerekort: 'Pas og kørekort',
  topic_familie: 'Familie og børn',
  topic_andet: 'Andet',
  error: 'Noget gik galt. Prøv igen, eller spørg personalet.',
} as const;

export type StringKey = keyof typeof DA;
/** Another language's texts (utils/i18n/locales); a key left out falls back to Danish. */
export type UiTable = Partial<Record<StringKey, string>>;

/**
 * A UI text in `lang`, or in Danish when that language lacks it. Returns the language used so a
 * Danish fallback can carry `lang="da"`.
 */
export function tr(
  lang: string,
  key: StringKey,
  vars?: Record<string, string | number>,
): { text: string; lang: string } {
  return lookup(DA, lang, key, vars);
}

/** The text alone, for attributes (`aria-label`, `placeholder`) where a `lang` cannot be attached. */
export function t(lang: string, key: StringKey, vars?: Record<string, string | number>): string {
  return tr(lang, key, vars).text;
}
