import type { LocalizedText } from '@/utils/pack/types';

/** The Danish text of a localized text (a plain string is Danish). */
export function textDa(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.da;
}

/** The text in `lang`, or '' when that language is missing. */
export function textIn(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return lang === 'da' ? text : '';
  return text[lang] ?? '';
}

/** The languages present in a text, `da` first. */
export function languagesOf(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return ['da'];
  return ['da', ...Object.keys(text).filter((l) => l !== 'da')];
}

/**
 * Set the text in one language. Danish only collapses to a plain string (the pack's shortest form);
 * removing a language is done by `withoutLanguage`.
 */
export function withText(text: LocalizedText | undefined, lang: string, value: string): LocalizedText {
  const map: Record<string, string> = typeof text === 'object' ? { ...text } : { da: text ?? '' };
  map[lang] = value;
  return simplify(map);
}

export function withoutLanguage(text: LocalizedText, lang: string): LocalizedText {
  if (lang === 'da' || typeof text === 'string') return text;
  const { [lang]: _removed, ...rest } = text;
  return simplify(rest as Record<string, string>);
}

function simplify(map: Record<string, string>): LocalizedText {
  const keys = Object.keys(map);
  if (keys.length === 1 && keys[0] === 'da') return map.da ?? '';
  return { ...map, da: map.da ?? '' };
}

/** Danish names of the languages a citizen may switch to. */
export const LANGUAGE_NAMES: Record<string, string> = {
  da: 'dansk',
  en: 'engelsk',
  uk: 'ukrainsk',
  ar: 'arabisk',
};
