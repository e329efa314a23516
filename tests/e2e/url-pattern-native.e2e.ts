import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import { compileFastPath, compileWithPolyfill, urlParts } from '../../utils/pack/url-pattern';
import { builtInPatterns, components, TABLE_PATTERNS, TABLE_URLS } from '../unit/pack/url-pattern-table';
import { CHROMIUM } from './support/extension';

/**
 * The background uses the browser's own URLPattern where it has one (utils/pack/url-pattern.ts).
 * That is only right if it matches exactly as the polyfill, which Node's unit tests and Firefox
 * without URLPattern use. Node 20 has no native URLPattern, so the check runs here, in Debian's
 * Chromium: every pattern of the shared table and the built-in packs against every URL of the table.
 * No extension and no policy are needed: a blank page has the same URLPattern as the service worker.
 */

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PATTERNS = [...TABLE_PATTERNS, ...builtInPatterns(join(ROOT, 'guides'))];

/** Patterns the polyfill accepts and Chromium refuses: our compiler falls back to the polyfill for them. */
const NATIVE_REFUSES = ['https://www.1*/*'];

/** A path starting `//`: the polyfill reads it as a protocol-relative URL (its bug; native and the fast path agree). */
const polyfillBug = (href: string) => new URL(href).pathname.startsWith('//');

test('Chromium’s native URLPattern matches the pattern table exactly as the polyfill and the fast path do', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const inputs = TABLE_URLS.map(components);
    const native = await page.evaluate(
      ([patterns, urls]) => {
        const Native = (globalThis as { URLPattern?: new (p: string) => { test(i: unknown): boolean } }).URLPattern;
        if (!Native) return null;
        return patterns.map((p) => {
          try {
            const compiled = new Native(p);
            return urls.map((u) => compiled.test(u));
          } catch {
            return 'refused';
          }
        });
      },
      [PATTERNS, inputs] as const,
    );
    expect(native, 'Chromium has a native URLPattern').not.toBeNull();

    // Differences are collected and compared once (an `expect` per cell would take minutes).
    const refused: string[] = [];
    const differences: string[] = [];
    PATTERNS.forEach((pattern, i) => {
      const nativeResult = native?.[i];
      const polyfill = compileWithPolyfill(pattern);
      if (nativeResult === 'refused' || nativeResult === undefined) {
        if (polyfill) refused.push(pattern);
        return;
      }
      if (!polyfill) {
        differences.push(`${pattern}: native accepts it, the polyfill refuses it`);
        return;
      }
      const fast = compileFastPath(pattern);
      TABLE_URLS.forEach((href, j) => {
        const url = urlParts(new URL(href));
        const expected = nativeResult[j];
        if (!polyfillBug(href) && polyfill.test(url) !== expected)
          differences.push(`polyfill: ${pattern} vs ${href}: ${!expected}, native ${expected}`);
        // The fast path follows the standard even where the polyfill errs.
        if (fast && fast.test(url) !== expected)
          differences.push(`fast path: ${pattern} vs ${href}: ${!expected}, native ${expected}`);
      });
    });
    expect(differences).toEqual([]);
    expect(refused).toEqual(NATIVE_REFUSES);
  } finally {
    await browser.close();
  }
});
