import type { LocalizedText } from './types';

/** The text in `lang`, falling back to Danish (every text has Danish). */
export function textIn(text: LocalizedText, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.da;
}

/** Every language version of a text (Danish first). */
export function allTexts(text: LocalizedText): string[] {
  if (typeof text === 'string') return [text];
  return [text.da, ...Object.entries(text).flatMap(([k, t]) => (k === 'da' ? [] : [t]))];
}
