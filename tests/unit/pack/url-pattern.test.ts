import { resolve } from 'node:path';
import fc from 'fast-check';
import { URLPattern as PolyfillURLPattern } from 'urlpattern-polyfill/urlpattern';
import { describe, expect, it } from 'vitest';
import {
  compileFastPath,
  compilePattern,
  compileWithPolyfill,
  createPatternCompiler,
  isValidPattern,
  patternKey,
  type URLPatternClass,
  urlParts,
} from '@/utils/pack/url-pattern';
import { builtInPatterns as patternsIn, TABLE_PATTERNS, TABLE_URLS } from './url-pattern-table';

const builtInPatterns = () => patternsIn(resolve(__dirname, '../../../guides'));

// Host fragments, joined into hosts: literal, wildcard, numeric (IPv4-like) and punycode labels.
const hostPart = fc
  .array(fc.constantFrom('www', 'borger', 'dk', '*', 'skat', '1', '127', '0x7f', 'xn--bger-koa', 'e-boks', 'mit'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((labels) => labels.join('.'))
  .chain((host) => fc.constantFrom(host, `${host}.`, host.replace('.*', '*')));
const pathPart = fc
  .array(fc.constantFrom('flytning', 'a', '*', '/', '-', '_', '.', 'x1', '~', 'Skat', 'ø', 'æøå', 'Å'), {
    maxLength: 6,
  })
  .map((parts) => `/${parts.join('')}`);
const urlHost = fc.constantFrom(
  'www.borger.dk',
  'borger.dk',
  'lifeindenmark.borger.dk',
  'skat.dk',
  'www.skat.dk',
  'mit.dk',
  'www.mit.dk',
  '127.0.0.1',
  '1.borger.dk',
  'xn--bger-koa.dk',
  'www.borger.dk.',
);
const urlPath = fc
  .array(fc.constantFrom('flytning', 'a', '/', '-', '.', 'x1', 'skat', 'Skat', '_', '~', 'ø', 'æøå', '%C3%B8', 'Å'), {
    maxLength: 6,
  })
  .map((parts) => `/${parts.join('')}`)
  // The polyfill mis-matches paths that start with `//` (pattern `/` matches `//x`); the fast
  // path and Chromium's native URLPattern do not. Such paths do not occur on the supported sites.
  .filter((p) => !p.startsWith('//'));
const origin = fc
  .tuple(fc.constantFrom('https', 'http'), urlHost, fc.constantFrom('', ':8443', ':443'))
  .map(([scheme, host, port]) => `${scheme}://${host}${port}`);

const filler = fc.constantFrom('', 'x', 'ø', '/', 'a/b', '-', 'flytning');
/** A pattern and a URL: half the time the URL is made from the pattern (`*` filled in), so they often match. */
const patternAndUrl = fc.tuple(hostPart, pathPart).chain(([host, path]) => {
  const fill = (text: string) =>
    fc
      .array(filler, { minLength: text.split('*').length - 1, maxLength: text.split('*').length - 1 })
      .map((fills) => text.split('*').reduce((out, piece, i) => out + (fills[i - 1] ?? '') + piece));
  const derived = fc
    .tuple(fill(host), fill(path))
    .map(([h, p]) => ({ origin: `https://${h.replace(/^\./, 'a.')}`, path: p }))
    // A host that is no URL host (e.g. `127.skat.0x7f`): any valid URL will do (no filter: a
    // pattern whose every filling is invalid would make it loop).
    // A path that starts `//` (also when a host filling ends in `/`) is the polyfill's known misreading
    // (tests/e2e/url-pattern-native.e2e.ts): the fast path and native URLPattern agree there.
    .map((u) =>
      URL.canParse(u.origin + u.path) && !new URL(u.origin + u.path).pathname.startsWith('//')
        ? u
        : { origin: 'https://www.borger.dk', path: '/' },
    );
  const random = fc.tuple(origin, urlPath).map(([o, p]) => ({ origin: o, path: p }));
  return fc.tuple(fc.constant(`https://${host}${path}`), fc.oneof(derived, random));
});

const polyfillMemo = new Map<string, ReturnType<typeof compileWithPolyfill>>();
function polyfill(pattern: string) {
  if (!polyfillMemo.has(pattern)) polyfillMemo.set(pattern, compileWithPolyfill(pattern));
  return polyfillMemo.get(pattern) ?? null;
}

describe('URL patterns', () => {
  it('match exactly as the URLPattern polyfill does, on the fast path too', () => {
    let fastOnes = 0;
    let matches = 0;
    fc.assert(
      fc.property(patternAndUrl, ([pattern, { origin: o, path: p }]) => {
        const fast = compileFastPath(pattern);
        const reference = polyfill(pattern);
        // The fast path takes only patterns the polyfill accepts; validity is the polyfill's.
        if (fast) expect(reference, pattern).not.toBeNull();
        expect(isValidPattern(pattern), pattern).toBe(reference !== null);
        if (!reference) return;
        const url = urlParts(new URL(o + p));
        if (fast) {
          fastOnes++;
          expect(fast.test(url), `${pattern} vs ${o}${p}`).toBe(reference.test(url));
        }
        if (reference.test(url)) matches++;
        expect(compilePattern(pattern)?.test(url), `${pattern} vs ${o}${p}`).toBe(reference.test(url));
      }),
      { numRuns: 1500 },
    );
    // The generators must exercise the fast path, not only the polyfill.
    expect(fastOnes).toBeGreaterThan(300);
    expect(matches).toBeGreaterThan(300);
  }, 120_000);

  it('agree with the polyfill on the table of awkward patterns and on every built-in pattern', () => {
    for (const pattern of [...TABLE_PATTERNS, ...builtInPatterns()]) {
      const reference = compileWithPolyfill(pattern);
      expect(isValidPattern(pattern), pattern).toBe(reference !== null);
      const compiled = compilePattern(pattern);
      expect(compiled === null, pattern).toBe(reference === null);
      for (const href of TABLE_URLS) {
        // `//` paths: a polyfill bug (see the property test); the fast path follows the standard.
        if (!reference || new URL(href).pathname.startsWith('//')) continue;
        const url = urlParts(new URL(href));
        expect(compiled?.test(url), `${pattern} vs ${href}`).toBe(reference.test(url));
      }
    }
  });

  it('take every built-in pattern on the fast path', () => {
    expect(builtInPatterns().filter((p) => compileFastPath(p) === null)).toEqual([]);
  });

  it('compile the patterns the contract uses and refuse broken ones', () => {
    expect(compilePattern('https://www.borger.dk/*')?.test(urlParts(new URL('https://www.borger.dk/flytning')))).toBe(
      true,
    );
    expect(compilePattern('https://www.borger.dk/flytning*')?.test(urlParts(new URL('https://www.borger.dk/')))).toBe(
      false,
    );
    expect(compilePattern('https://{www.}?e-boks.dk/*')?.test(urlParts(new URL('https://e-boks.dk/x')))).toBe(true);
    expect(
      compilePattern('https://www.skat.dk/kørekort*')?.test(urlParts(new URL('https://www.skat.dk/kørekort'))),
    ).toBe(true);
    expect(compilePattern('www.borger.dk/*')).toBeNull();
    expect(compilePattern('https://www.borger.dk/flytning(*')).toBeNull();
    expect(isValidPattern('www.borger.dk/*')).toBe(false);
  });

  it('compile each pattern once and hand back the same compiled pattern after', () => {
    const pattern = 'https://www.borger.dk/en-gang/*';
    expect(compilePattern(pattern)).toBe(compilePattern(pattern));
    expect(compilePattern('https://{www.}?borger.dk/en-gang')).toBe(compilePattern('https://{www.}?borger.dk/en-gang'));
  });

  it('hand patterns off the fast path to the browser’s class when there is one, and to the polyfill when it refuses', () => {
    // Node 20 has no native URLPattern, so the "browser's class" here is injected: the polyfill's
    // own class behind a spy. This checks the plumbing (which patterns reach the class, the fallback,
    // the components passed); that Chromium's real class matches like the polyfill is checked by
    // tests/e2e/url-pattern-native.e2e.ts on the same table.
    const constructed: string[] = [];
    const refuse = new Set(['https://{www.}?e-boks.dk/*']);
    const Injected = class extends PolyfillURLPattern {
      constructor(pattern: string) {
        constructed.push(pattern);
        if (refuse.has(pattern)) throw new TypeError('refused by the injected class');
        super(pattern);
      }
    } as unknown as URLPatternClass;
    const compile = createPatternCompiler(Injected);
    for (const pattern of TABLE_PATTERNS) {
      const reference = compileWithPolyfill(pattern);
      const compiled = compile(pattern);
      expect(compiled === null, pattern).toBe(reference === null);
      for (const href of TABLE_URLS) {
        if (new URL(href).pathname.startsWith('//')) continue; // the polyfill's bug, as above
        const url = urlParts(new URL(href));
        expect(compiled?.test(url), `${pattern} vs ${href}`).toBe(reference?.test(url));
      }
    }
    // Simple patterns never reach the class; every other one does, once.
    const offFastPath = TABLE_PATTERNS.filter((p) => compileFastPath(p) === null);
    expect(constructed).toEqual(offFastPath);
    // The refused one still matches, through the polyfill.
    expect(compile('https://{www.}?e-boks.dk/*')?.test(urlParts(new URL('https://e-boks.dk/x')))).toBe(true);
  });

  it('file a pattern by literal host and the literal beginning of its first path segment', () => {
    expect(patternKey('https://www.borger.dk/flytning*')).toEqual({
      kind: 'host',
      host: 'www.borger.dk',
      prefix: 'flytning',
    });
    expect(patternKey('https://www.borger.dk/flytning/*')).toEqual({
      kind: 'host',
      host: 'www.borger.dk',
      prefix: 'flytning',
    });
    expect(patternKey('https://www.borger.dk/*')).toEqual({ kind: 'host', host: 'www.borger.dk', prefix: '' });
    expect(patternKey('https://www.borger.dk/')).toEqual({ kind: 'host', host: 'www.borger.dk', prefix: '' });
    expect(patternKey('https://www.borger.dk/*/flytning')).toEqual({ kind: 'host', host: 'www.borger.dk', prefix: '' });
    expect(patternKey('https://www.skat.dk/kørekort*')).toEqual({
      kind: 'host',
      host: 'www.skat.dk',
      prefix: 'k%C3%B8rekort',
    });
    expect(patternKey('https://*.borger.dk/flytning*')).toEqual({ kind: 'wildcard-host', prefix: 'flytning' });
    expect(patternKey('https://{www.}?e-boks.dk/*')).toEqual({ kind: 'other' });
    expect(patternKey('https://www.borger.dk:8443/*')).toEqual({ kind: 'other' });
    expect(patternKey('https://127.1/*')).toEqual({ kind: 'other' });
  });
});
