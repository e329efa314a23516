import { describe, expect, it } from 'vitest';
import { stringsFor } from '@/components/ask-staff/strings';
import { getLocale, hasLocale, registerLocale } from '@/utils/i18n/catalog';
import { en } from '@/utils/i18n/locales/en';
import { t } from '@/utils/i18n/strings';
import { describeLookFor } from '@/utils/target/describe';

const KEY = '__vejviserLocales';

/** Runs `fn` with an empty catalog, as on a government page before any locale script arrived. */
function withEmptyCatalog(fn: () => void) {
  const g = globalThis as Record<string, unknown>;
  const saved = g[KEY];
  g[KEY] = {};
  try {
    fn();
  } finally {
    g[KEY] = saved;
  }
}

describe('the language catalog', () => {
  it('speaks Danish everywhere until another language is registered', () => {
    withEmptyCatalog(() => {
      expect(hasLocale('da')).toBe(true);
      expect(hasLocale('en')).toBe(false);
      expect(t('en', 'next')).toBe('Næste');
      expect(stringsFor('en').ask).toBe('Spørg personalet');
      expect(describeLookFor({ role: 'button', name: 'Log på' }, 'en')).toBe('Kig efter knappen "Log på".');
    });
  });

  it('uses a registered language in every table, also for a regional tag', () => {
    withEmptyCatalog(() => {
      registerLocale('en', en);
      expect(hasLocale('en')).toBe(true);
      expect(getLocale('en-GB')).toBe(en);
      expect(t('en', 'next')).toBe('Next');
      expect(stringsFor('en-GB').ask).toBe('Ask staff');
      expect(describeLookFor({ role: 'button', name: 'Log på' }, 'en')).toBe('Look for the button "Log på".');
    });
  });

  it('does not treat inherited object keys as languages', () => {
    withEmptyCatalog(() => {
      expect(getLocale('constructor')).toBeUndefined();
      expect(hasLocale('__proto__')).toBe(false);
    });
  });
});
