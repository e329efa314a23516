import { describe, expect, it } from 'vitest';
import type { Guide } from '@/utils/pack/types';
import { createGuideSearch } from '@/utils/search/guide-search';
import { normalizeTerm } from '@/utils/search/normalize';
import { validPack } from '../pack/fixtures';

const extra: Guide[] = [
  {
    id: 'sundhed-laege',
    title: { da: 'Skift læge', en: 'Change your doctor', uk: 'Змінити лікаря' },
    summary: 'Vælg en ny praktiserende læge.',
    keywords: ['lægeskift', 'sygesikring'],
    topic: 'sundhed',
    sites: ['https://www.borger.dk/*'],
    steps: [{ id: 'a', say: 'Klik på **Næste**.' }],
  },
  {
    id: 'post-aabn',
    title: 'Åbn din digitale post',
    summary: 'Læs breve fra det offentlige i Digital Post.',
    keywords: ['brev', 'e-boks', 'mit.dk'],
    topic: 'mitid-post',
    sites: ['https://mit.dk/*'],
    steps: [{ id: 'a', say: 'Klik på **Næste**.' }],
  },
];

const guides = [...validPack().guides, ...extra];
const search = (q: string, lang = 'da') => createGuideSearch(guides, lang).search(q, 5);

describe('normalizeTerm', () => {
  it('spells æ, ø and å out and drops accents, so both spellings meet', () => {
    expect(normalizeTerm('Adresseændring')).toBe('adresseaendring');
    expect(normalizeTerm('Øjenlæge')).toBe('oejenlaege');
    expect(normalizeTerm('Åbn')).toBe('aabn');
    expect(normalizeTerm('Café')).toBe('cafe');
  });
});

describe('guide search', () => {
  it('finds a guide by a word of its title', () => {
    expect(search('flytning')[0]).toBe('borger-flytning');
  });

  it('forgives a typo', () => {
    expect(search('flyting')[0]).toBe('borger-flytning');
    expect(search('forskudsopgørelsen')[0]).toBe('skat-forskud');
  });

  it('matches æ/ø/å typed as ae/oe/aa, in keywords too', () => {
    expect(search('adresseaendring')[0]).toBe('borger-flytning');
    expect(search('aabn post')[0]).toBe('post-aabn');
    expect(search('skift laege')[0]).toBe('sundhed-laege');
  });

  it('matches the start of a word and ignores filler words', () => {
    expect(search('jeg skal flytte')[0]).toBe('borger-flytning');
    expect(search('forsk')[0]).toBe('skat-forskud');
  });

  it('searches the chosen language, with the Danish text as fallback', () => {
    expect(search('doctor', 'en')[0]).toBe('sundhed-laege');
    expect(search('лікаря', 'uk')[0]).toBe('sundhed-laege');
    // No English text for this guide: its Danish title is searched.
    expect(search('digitale', 'en')[0]).toBe('post-aabn');
    // And a citizen who knows the Danish word finds it in English too.
    expect(search('flytning', 'en')[0]).toBe('borger-flytning');
  });

  it('finds nothing for an empty query or words it does not know', () => {
    expect(search('   ')).toEqual([]);
    expect(search('xyzzy')).toEqual([]);
  });
});
