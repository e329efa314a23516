import { describe, expect, it } from 'vitest';
import { dirOf, localize } from '@/utils/i18n/languages';
import { DA, t, tr } from '@/utils/i18n/strings';

describe('UI strings', () => {
  it('fills in placeholders', () => {
    expect(t('da', 'stepOf', { n: 2, total: 5 })).toBe('Trin 2 af 5');
    expect(t('ar', 'stepOf', { n: 2, total: 5 })).toBe('الخطوة 2 من 5');
  });

  it('falls back to Danish per text and says so', () => {
    expect(tr('uk', 'shortcutHint')).toEqual({ text: DA.shortcutHint, lang: 'da' });
    expect(tr('uk', 'close')).toEqual({ text: 'Закрити', lang: 'uk' });
    expect(tr('xx', 'close')).toEqual({ text: 'Luk', lang: 'da' });
  });

  it('lays Arabic and other right-to-left languages out right to left, whatever the region, and the rest left to right', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('uk')).toBe('ltr');
    expect(dirOf('ar-EG')).toBe('rtl');
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('da-DK')).toBe('ltr');
  });

  it('localizes pack texts with a Danish fallback per text', () => {
    expect(localize('Klik her', 'en')).toEqual({ text: 'Klik her', lang: 'da' });
    expect(localize({ da: 'Klik', en: 'Click' }, 'en')).toEqual({ text: 'Click', lang: 'en' });
    expect(localize({ da: 'Klik', en: ' ' }, 'en')).toEqual({ text: 'Klik', lang: 'da' });
    expect(localize({ da: 'Klik' }, 'ar')).toEqual({ text: 'Klik', lang: 'da' });
  });
});
