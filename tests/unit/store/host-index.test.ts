import { describe, expect, it } from 'vitest';
import { HostIndex } from '@/utils/store/host-index';

const items = [
  { id: 'forside', sites: ['https://www.borger.dk/'] },
  { id: 'flytning', sites: ['https://www.borger.dk/flytning*'] },
  { id: 'alle-borger', sites: ['https://*.borger.dk/*'] },
  { id: 'skat', sites: ['https://www.skat.dk/*', 'https://skat.dk/*'] },
  { id: 'blandet', sites: ['https://www.sundhed.dk/*', 'https://{www.}?e-boks.dk/*'] },
];
const index = new HostIndex(items, (i) => i.sites);
const ids = (url: string) => index.lookup(url).map((i) => i.id);

describe('HostIndex', () => {
  it('finds items by literal host and path pattern', () => {
    expect(ids('https://www.borger.dk/')).toEqual(['forside', 'alle-borger']);
    expect(ids('https://www.borger.dk/flytning/ny')).toEqual(['flytning', 'alle-borger']);
    expect(ids('https://skat.dk/tastselv')).toEqual(['skat']);
  });

  it('tests wildcard hosts on every host', () => {
    expect(ids('https://lifeindenmark.borger.dk/x')).toEqual(['alle-borger']);
    expect(ids('https://e-boks.dk/')).toEqual(['blandet']);
    expect(ids('https://www.e-boks.dk/')).toEqual(['blandet']);
  });

  it('returns each item once, in the order given, even when several of its patterns match', () => {
    expect(ids('https://www.sundhed.dk/')).toEqual(['blandet']);
  });

  it('finds nothing on other hosts, other schemes or a malformed URL', () => {
    expect(ids('https://www.example.org/')).toEqual([]);
    expect(ids('http://www.borger.dk/')).toEqual([]);
    expect(ids('ikke en adresse')).toEqual([]);
  });
});
