import { describe, expect, it } from 'vitest';
import { isPageRef, toPageRef } from '@/utils/messaging/page-ref';

describe('toPageRef', () => {
  it('drops the query string and the fragment', () => {
    expect(toPageRef('https://www.borger.dk/flytning?cpr=0101011234#trin-2')).toEqual({
      origin: 'https://www.borger.dk',
      path: '/flytning',
    });
  });
});

describe('isPageRef', () => {
  it('accepts an origin and a path', () => {
    expect(isPageRef({ origin: 'https://skat.dk', path: '/' })).toBe(true);
  });
  it.each([
    ['a path with a query', { origin: 'https://skat.dk', path: '/a?b=1' }],
    ['a path with a fragment', { origin: 'https://skat.dk', path: '/a#b' }],
    ['a relative path', { origin: 'https://skat.dk', path: 'a' }],
    ['an origin with a path', { origin: 'https://skat.dk/x', path: '/' }],
    ['a non-URL origin', { origin: 'skat', path: '/' }],
    ['null', null],
    ['a string', 'https://skat.dk/'],
  ])('refuses %s', (_name, value) => {
    expect(isPageRef(value)).toBe(false);
  });
});
