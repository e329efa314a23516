import { describe, expect, it } from 'vitest';
import { describeLookFor, describeTarget, readableRegex } from '@/utils/target/describe';

describe('describeTarget', () => {
  it('says what to look for in plain Danish', () => {
    expect(describeTarget({ role: 'button', name: 'Log på' }, 'da')).toBe('knappen "Log på"');
    expect(describeTarget({ role: 'link', name: 'Flytning' }, 'da')).toBe('linket "Flytning"');
    expect(describeTarget({ label: 'Telefonnummer' }, 'da')).toBe('feltet "Telefonnummer"');
    expect(describeTarget({ text: 'Meld flytning' }, 'da')).toBe('teksten "Meld flytning"');
    expect(describeTarget({ role: 'heading', name: 'Din adresse' }, 'da')).toBe('overskriften "Din adresse"');
  });

  it('prefers the most telling Target of a list, and never shows CSS to a citizen', () => {
    expect(describeTarget([{ css: '#login > button' }, { role: 'button', name: 'Log på' }], 'da')).toBe(
      'knappen "Log på"',
    );
    expect(describeTarget([{ text: 'Flytning' }, { label: 'Ny adresse' }], 'da')).toBe('feltet "Ny adresse"');
    expect(describeTarget({ css: '.x' }, 'da')).toBe('det, som teksten nævner');
    expect(describeLookFor({ css: '.x' }, 'en')).toBe('Look for what the text mentions.');
  });

  it('turns a simple name regex into readable words, and drops one it cannot read', () => {
    expect(describeTarget({ role: 'button', name: { regex: '^log (på|ind)' } }, 'da')).toBe('knappen "log på"');
    expect(describeTarget({ role: 'button', name: { regex: '[a-z]{3,}\\d+' } }, 'da')).toBe('knappen');
    expect(readableRegex('^(?:Næste|Videre)$')).toBe('Næste');
    expect(readableRegex('log ind|log på')).toBe('log ind');
    expect(readableRegex('^send\\s+ansøgning\\b')).toBe('send ansøgning');
    expect(readableRegex('(')).toBeNull();
  });

  it('speaks English, Ukrainian and Arabic, isolating the Danish name inside right-to-left text', () => {
    const t = { role: 'button', name: 'Log på' };
    expect(describeTarget(t, 'en')).toBe('the button "Log på"');
    expect(describeTarget(t, 'uk')).toBe('кнопку «Log på»');
    expect(describeTarget(t, 'ar')).toBe('الزر «\u2068Log på\u2069»');
    expect(describeLookFor(t, 'da')).toBe('Kig efter knappen "Log på".');
    expect(describeLookFor(t, 'en-GB')).toBe('Look for the button "Log på".');
  });

  it('falls back to Danish for another language and for a role it has no word for', () => {
    expect(describeTarget({ role: 'link', name: 'Skat' }, 'fr')).toBe('linket "Skat"');
    expect(describeTarget({ role: 'treeitem', name: 'Mapper' }, 'en')).toBe('"Mapper"');
  });
});
