import { type StringKey, tr } from '@/utils/i18n/strings';

/** A UI text in the citizen's language, marked `lang="da"` where it fell back to Danish. */
export function T({ lang, k, vars }: { lang: string; k: StringKey; vars?: Record<string, string | number> }) {
  const { text, lang: used } = tr(lang, k, vars);
  return used === lang ? text : <span lang={used}>{text}</span>;
}
