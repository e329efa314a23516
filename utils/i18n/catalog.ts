import type { AskStaffStrings } from '@/components/ask-staff/strings';
import type { LookForWords } from '@/utils/target/describe';
import type { UiTable } from './strings';

/**
 * The citizen texts of one language other than Danish. Danish is compiled into every bundle (it is
 * the default and every fallback); the others are registered at run time. Extension pages register
 * all of them (`locales/all.ts`); a government page gets only the citizen's own, injected by the
 * background as `locale-<lang>.js` next to the overlay UI, so a page never carries four languages.
 */
export interface Locale {
  ui: UiTable;
  askStaff: AskStaffStrings;
  lookFor: LookForWords;
}

// A global, not module state: the locale scripts are separate bundles injected into the same
// isolated world as the overlay UI, so this is where they meet (invisible to the page's scripts).
const KEY = '__vejviserLocales';

function registry(): Record<string, Locale> {
  const g = globalThis as Record<string, unknown>;
  g[KEY] ??= {};
  return g[KEY] as Record<string, Locale>;
}

export function registerLocale(lang: string, locale: Locale): void {
  registry()[lang] = locale;
}

/** The registered texts for a language tag (`en-GB` → `en`); undefined for Danish or one not loaded. */
export function getLocale(lang: string): Locale | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(registry(), base) ? registry()[base] : undefined;
}

/** Whether a language's texts can be shown now (Danish always can). */
export function hasLocale(lang: string): boolean {
  return lang === 'da' || getLocale(lang) !== undefined;
}
