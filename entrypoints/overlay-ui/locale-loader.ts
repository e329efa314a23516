import { hasLocale } from '@/utils/i18n/catalog';
import type { UiLanguage } from '@/utils/i18n/languages';
import { send } from '@/utils/messaging/client';

/**
 * Returns `ensure(lang)`: true when the language's texts are here; otherwise asks the background
 * to inject them (once at a time per language) and calls `onLoaded` when they have arrived.
 */
export function createLocaleLoader(onLoaded: () => void): (lang: UiLanguage) => boolean {
  const pending = new Set<UiLanguage>();
  return (lang) => {
    if (hasLocale(lang)) return true;
    if (!pending.has(lang)) {
      pending.add(lang);
      send('ui.language', { lang })
        .then(onLoaded, () => {})
        .finally(() => pending.delete(lang));
    }
    return false;
  };
}
