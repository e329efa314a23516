import { describe, expect, it } from 'vitest';
import {
  addStep,
  appendRecorded,
  defaultChoice,
  emptyLocalPack,
  moveStep,
  newGuide,
  nextVersion,
  putGuide,
  removeStep,
  stepFromPicked,
} from '@/components/editor/model/draft';
import { firstBroken, healthText } from '@/components/editor/model/health';
import { ID_PATTERN, slugify, uniqueId } from '@/components/editor/model/ids';
import { pagePatternFor, urlForPattern } from '@/components/editor/model/page-pattern';
import { ProblemIndex } from '@/components/editor/model/problems';
import { readability } from '@/components/editor/model/readability';
import { languagesOf, textDa, textIn, withoutLanguage, withText } from '@/components/editor/model/text';
import type { PickedElement, TargetProposal } from '@/utils/messaging/messages/editor';
import type { Guide } from '@/utils/pack/types';

const guide = (ids: string[]): Guide => ({
  id: 'g',
  title: 'G',
  sites: ['https://www.borger.dk/*'],
  steps: ids.map((id) => ({ id, say: id })),
});

const proposal = (kind: TargetProposal['kind'], count: number, target = { text: kind }): TargetProposal => ({
  kind,
  count,
  target,
});

describe('page patterns', () => {
  it('keep origin and path and escape URLPattern syntax in the path', () => {
    expect(pagePatternFor({ origin: 'https://www.borger.dk', path: '/flytning' })).toBe(
      'https://www.borger.dk/flytning',
    );
    expect(pagePatternFor({ origin: 'https://www.skat.dk', path: '/a:b/(c)*' })).toBe(
      'https://www.skat.dk/a\\:b/\\(c\\)\\*',
    );
  });

  it('give back an openable URL only for a pattern without wildcards', () => {
    expect(urlForPattern('https://www.borger.dk/flytning')).toBe('https://www.borger.dk/flytning');
    expect(urlForPattern('https://www.skat.dk/a\\:b/\\(c\\)')).toBe('https://www.skat.dk/a:b/(c)');
    expect(urlForPattern('https://www.borger.dk/flytning*')).toBeUndefined();
    expect(urlForPattern('https://www.borger.dk/:id')).toBeUndefined();
    expect(urlForPattern('javascript:alert(1)')).toBeUndefined();
    expect(urlForPattern(undefined)).toBeUndefined();
  });
});

describe('ids', () => {
  it('are made from Danish text and always fit the pack rule', () => {
    expect(slugify('Log på')).toBe('log-paa');
    expect(slugify('Ændr årsopgørelse')).toBe('aendr-aarsopgoerelse');
    expect(slugify('!!!')).toBe('trin');
    expect(ID_PATTERN.test(slugify('x'.repeat(200)))).toBe(true);
  });

  it('get a number when taken', () => {
    expect(uniqueId('log-paa', ['log-paa', 'log-paa-2'])).toBe('log-paa-3');
    expect(uniqueId('ny', [])).toBe('ny');
  });
});

describe('step operations', () => {
  it('add, remove and reorder steps without touching the original', () => {
    const g = guide(['a', 'b', 'c']);
    expect(moveStep(g, 0, 2).steps.map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(moveStep(g, 2, 0).steps.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(moveStep(g, 0, 5)).toBe(g);
    expect(removeStep(g, 1).steps.map((s) => s.id)).toEqual(['a', 'c']);
    const added = addStep(g);
    expect(added.steps).toHaveLength(4);
    expect(added.steps[3]?.id).toBe('trin-4');
    expect(g.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('put a new guide at the end of the pack and replace an edited one in place', () => {
    const pack = putGuide(emptyLocalPack(), guide(['a']));
    const renamed = { ...guide(['a']), id: 'nyt-id' };
    const replaced = putGuide(putGuide(pack, newGuide(['g'])), renamed, 'g');
    expect(replaced.guides.map((g) => g.id)).toEqual(['nyt-id', 'ny-vejledning']);
  });

  it('count save versions up within a day and restart the next day', () => {
    const day = new Date('2026-11-28T10:00:00Z');
    expect(nextVersion('1', day)).toBe('2026-11-28.1');
    expect(nextVersion('2026-11-28.4', day)).toBe('2026-11-28.5');
    expect(nextVersion('2026-11-27.9', day)).toBe('2026-11-28.1');
  });
});

describe('recorded clicks', () => {
  const picked = (say: string, proposals: TargetProposal[], field = false): PickedElement => ({
    page: { origin: 'https://www.borger.dk', path: '/flytning' },
    proposals,
    say,
    field,
  });

  it('choose the most robust unique proposal and keep a unique CSS fallback', () => {
    const chosen = defaultChoice([proposal('role', 2), proposal('text', 1), proposal('css', 1)]);
    expect(chosen.map((p) => p.kind)).toEqual(['text', 'css']);
    expect(defaultChoice([proposal('role', 3)]).map((p) => p.kind)).toEqual(['role']);
    expect(defaultChoice([])).toEqual([]);
  });

  it('become steps with page pattern, target and draft text', () => {
    const step = stepFromPicked(
      picked('Klik på **Log på**.', [proposal('role', 1, { role: 'button', name: 'Log på' } as never)]),
      [],
    );
    expect(step).toEqual({
      id: 'log-paa',
      page: 'https://www.borger.dk/flytning',
      target: { role: 'button', name: 'Log på' },
      say: 'Klik på **Log på**.',
    });
    const field = stepFromPicked(picked('Skriv i feltet **Navn**.', [proposal('label', 1)], true), []);
    expect(field.advance).toBe('input');
  });

  it('replace the empty first step of a new guide and keep ids unique', () => {
    const fresh = newGuide([]);
    const g = appendRecorded(fresh, [
      picked('Klik på **Næste**.', [proposal('text', 1)]),
      picked('Klik på **Næste**.', [proposal('text', 1)]),
    ]);
    expect(g.steps.map((s) => s.id)).toEqual(['naeste', 'naeste-2']);
    const kept = appendRecorded(guide(['a']), [picked('Klik på **B**.', [])]);
    expect(kept.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(kept.steps[1]?.target).toBeUndefined();
  });
});

describe('localized text', () => {
  it('stays a plain string while only Danish is present', () => {
    expect(withText('Hej', 'da', 'Hejsa')).toBe('Hejsa');
    expect(withText(undefined, 'da', 'Hej')).toBe('Hej');
    const both = withText('Hej', 'en', 'Hello');
    expect(both).toEqual({ da: 'Hej', en: 'Hello' });
    expect(withoutLanguage(both, 'en')).toBe('Hej');
    expect(languagesOf(both)).toEqual(['da', 'en']);
    expect(textDa(both)).toBe('Hej');
    expect(textIn('Hej', 'en')).toBe('');
  });
});

describe('readability', () => {
  it('counts words and computes LIX, ignoring bold markers', () => {
    expect(readability('')).toEqual({ words: 0, lix: 0 });
    // 4 words, 1 sentence, 0 long words → LIX 4.
    expect(readability('Klik på **Log på**.')).toEqual({ words: 4, lix: 4 });
    // 4 words, 1 sentence, 2 long (>6 letters) → 4 + 50 = 54.
    expect(readability('Adresseændringen kræver godkendelse nu.')).toEqual({ words: 4, lix: 54 });
  });
});

describe('problem index', () => {
  it('finds the messages at a field and below a structure', () => {
    const idx = new ProblemIndex([
      { path: 'guides[0].steps[1].target.role', message: 'ukendt rolle' },
      { path: 'guides[0].steps[1].say', message: 'mangler' },
      { path: 'guides[0].steps[10].say', message: 'andet trin' },
    ]);
    expect(idx.at('guides[0].steps[1].say')).toEqual(['mangler']);
    expect(idx.under('guides[0].steps[1]').map((p) => p.message)).toEqual(['ukendt rolle', 'mangler']);
    expect(idx.under('guides[0]')).toHaveLength(3);
  });
});

describe('health text', () => {
  it('says since when, where and how often a step fails', () => {
    const text = healthText({
      stepId: 'log-paa',
      found: 12,
      notFound: 3,
      firstFailedAt: '2026-11-28T09:15:00.000Z',
      lastFailPath: '/flytning',
      broken: true,
    });
    expect(text).toMatch(/^Fejler siden .*2026.* på \/flytning: ikke fundet 3 gange, fundet 12\.$/);
    expect(healthText({ stepId: 'a', found: 0, notFound: 0, broken: false })).toBe('Ikke brugt endnu.');
    const repaired = {
      stepId: 'a',
      found: 2,
      notFound: 3,
      lastFoundAt: '2026-11-20T09:00:00.000Z',
      repairedAt: '2026-11-28T16:00:00.000Z',
      broken: false,
    };
    expect(healthText(repaired)).toMatch(/^Repareret .*2026.*\. Ikke prøvet af en borger siden\.$/);
    // Found again after the repair: it simply works.
    expect(healthText({ ...repaired, lastFoundAt: '2026-11-28T17:00:00.000Z' })).toBe(
      'Virker (fundet 2, ikke fundet 3).',
    );
    expect(
      firstBroken([
        { stepId: 'a', found: 1, notFound: 0, broken: false },
        { stepId: 'b', found: 0, notFound: 1, broken: true },
      ]),
    ).toBe(1);
  });
});
