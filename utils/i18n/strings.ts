import { getLocale } from './catalog';

/**
 * Every UI text the citizen sees, in Danish first. Other languages may leave a key out: `t()`
 * falls back to Danish for that text alone. Plain language, "du"-form, short sentences.
 */
export const DA = {
  help: 'Hjælp',
  close: 'Luk',
  back: 'Tilbage',
  next: 'Næste',
  done: 'Færdig',
  showMore: 'Vis mere',
  showLess: 'Vis mindre',
  stepOf: 'Trin {n} af {total}',
  stepShort: '{n} af {total}',
  readAloud: 'Læs op',
  stopReading: 'Stop oplæsning',
  noVoice: 'Der er ingen stemme til oplæsning på denne computer.',
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
  lookFor: 'Vi kan ikke se det, du skal bruge. Se efter: {what}',
  lookingFor: 'Vi leder efter det, du skal bruge …',
  caution: 'Pas på',
  staff: 'Her får mange hjælp',
  offTrackTitle: 'Du er kommet væk fra vejledningen',
  offTrackText: 'Denne side hører ikke til vejledningen "{guide}".',
  offTrackBack: 'Gå tilbage til vejledningen',
  stopGuide: 'Stop vejledningen',
  finishedTitle: 'Godt klaret!',
  finishedText: 'Du er færdig med "{guide}".',
  guideLabel: 'Vejledning: {guide}',
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
  const own = lang === 'da' ? DA[key] : getLocale(lang)?.ui[key];
  const text = own ?? DA[key];
  const used = own === undefined ? 'da' : lang;
  return { text: vars ? fill(text, vars) : text, lang: used };
}

/** The text alone, for attributes (`aria-label`, `placeholder`) where a `lang` cannot be attached. */
export function t(lang: string, key: StringKey, vars?: Record<string, string | number>): string {
  return tr(lang, key, vars).text;
}

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
