import type { LocalizedText } from '@/utils/pack/types';

/** The languages the citizen UI speaks, Danish first. */
export const UI_LANGUAGES = ['da', 'en', 'uk', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's own name, shown in the language switch (a citizen looks for their own language). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  da: 'Dansk',
  en: 'English',
  uk: 'Українська',
  ar: 'العربية',
};

/** BCP 47 tags for speech synthesis and the `lang` attribute. */
export const SPEECH_TAGS: Record<UiLanguage, string> = { da: 'da-DK', en: 'en-GB', uk: 'uk-UA', ar: 'ar' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Languages written right to left, by primary subtag. The UI has only Arabic; packs (and so the
 * editor's fields) may hold others.
 */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** The writing direction of a language tag (`ar`, `ar-EG`, `fa`, …). */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * A pack text in the citizen's language, falling back to Danish per text. Returns the language
 * actually used, so the UI can mark a Danish fallback with `lang="da"` (screen readers and read
 * aloud then pronounce it as Danish).
 */
export function localize(text: LocalizedText | undefined, lang: string): { text: string; lang: string } {
  if (text === undefined) return { text: '', lang: 'da' };
  if (typeof text === 'string') return { text, lang: 'da' };
  const own = text[lang];
  if (typeof own === 'string' && own.trim() !== '') return { text: own, lang };
  return { text: text.da, lang: 'da' };
}
