import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHelpRequest } from '@/utils/help/build-request';
import { validateHelpRequestInput, validateIdInput } from '@/utils/help/validate';

const CONTRACT_FIELDS = ['computer', 'createdAt', 'format', 'guide', 'id', 'language', 'library', 'path', 'site'];
const page = { origin: 'https://www.borger.dk', path: '/flytning' };

describe('buildHelpRequest', () => {
  it('makes exactly the contract’s fields from the facts', () => {
    const r = buildHelpRequest({
      id: 'abc',
      createdAt: new Date('2026-11-28T10:15:00Z'),
      library: 'Esbjerg Hovedbibliotek',
      computer: 'PC 7 ved vinduet',
      page,
      guide: { id: 'borger-flytning', title: 'Meld flytning', step: 2, steps: 3 },
      language: 'da',
    });
    expect(r).toEqual({
      format: 'vejviser/help-request@1',
      id: 'abc',
      createdAt: '2026-11-28T10:15:00.000Z',
      library: 'Esbjerg Hovedbibliotek',
      computer: 'PC 7 ved vinduet',
      site: 'www.borger.dk',
      path: '/flytning',
      guide: { id: 'borger-flytning', title: 'Meld flytning', step: 2, steps: 3 },
      language: 'da',
    });
  });

  it('never carries along anything extra the caller’s objects hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, secret) => {
        const sneaky = { id: 'g', title: 'T', step: 1, steps: 1, [`x${key}`]: secret };
        const r = buildHelpRequest({
          id: 'i',
          createdAt: new Date(0),
          library: '',
          computer: '',
          page: { ...page, [`y${key}`]: secret } as typeof page,
          guide: sneaky,
          language: 'da',
        });
        expect(Object.keys(r).sort()).toEqual(CONTRACT_FIELDS);
        expect(Object.keys(r.guide ?? {}).sort()).toEqual(['id', 'steps', 'step', 'title'].sort());
      }),
    );
  });
});

describe('validateHelpRequestInput', () => {
  const ok = { page, guide: { id: 'borger-flytning', title: 'Meld flytning', step: 2, steps: 3 }, language: 'da' };

  it('accepts the page, a guide or null, and a language', () => {
    expect(validateHelpRequestInput(ok)).toBeNull();
    expect(validateHelpRequestInput({ ...ok, guide: null, language: 'en-GB' })).toBeNull();
  });

  it('refuses a page with a query string or fragment', () => {
    expect(validateHelpRequestInput({ ...ok, page: { ...page, path: '/flytning?cpr=0102031234' } })).toBe(
      'page must be { origin, path } without query or fragment',
    );
    expect(validateHelpRequestInput({ ...ok, page: { ...page, path: '/x#top' } })).toMatch(/without query/);
  });

  it('refuses any field the contract does not name, at every level', () => {
    expect(validateHelpRequestInput({ ...ok, fieldValue: '0102031234' })).toBe(
      'request has unknown field(s): fieldValue',
    );
    expect(validateHelpRequestInput({ ...ok, guide: { ...ok.guide, note: 'x' } })).toBe(
      'guide has unknown field(s): note',
    );
  });

  it('says precisely what is wrong with guide facts and language', () => {
    expect(validateHelpRequestInput({ ...ok, guide: undefined })).toMatch(/^guide must be null/);
    const { guide: _g, ...noGuide } = ok;
    expect(validateHelpRequestInput(noGuide)).toBe('guide is required (null outside a guide)');
    expect(validateHelpRequestInput({ ...ok, guide: { ...ok.guide, step: 4 } })).toBe(
      'guide.step must be an integer from 1 to guide.steps',
    );
    expect(validateHelpRequestInput({ ...ok, guide: { ...ok.guide, steps: 51 } })).toMatch(/guide.steps/);
    expect(validateHelpRequestInput({ ...ok, guide: { ...ok.guide, id: 'Not An Id' } })).toMatch(/guide.id/);
    expect(validateHelpRequestInput({ ...ok, guide: { ...ok.guide, title: '' } })).toMatch(/guide.title/);
    expect(validateHelpRequestInput({ ...ok, language: 'dansk!' })).toBe('language must be a language tag');
    expect(validateHelpRequestInput('help')).toBe('expected { page, guide, language }');
  });

  it('accepts only { id } for cancel and dismiss', () => {
    expect(validateIdInput({ id: 'abc' })).toBeNull();
    expect(validateIdInput({ id: '' })).toBe('id must be a request id');
    expect(validateIdInput({ id: 'a', x: 1 })).toBe('request has unknown field(s): x');
  });
});
