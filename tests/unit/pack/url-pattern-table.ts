import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GuidePack } from '@/utils/pack/types';

/**
 * A table of URL patterns × URLs that every URLPattern implementation we use must agree on: the
 * fast path, the polyfill and the browser's native class. The unit test runs it in Node (fast path,
 * polyfill, an injected class); `tests/e2e/url-pattern-native.e2e.ts` runs it through Chromium's
 * native `URLPattern`. Patterns: every one in the built-in packs, the contract's, and the awkward
 * ones (non-ASCII paths, groups, ports, numeric and punycode hosts, dot segments, `?` and `#`).
 */
export const TABLE_PATTERNS: readonly string[] = [
  'https://www.borger.dk/*',
  'https://www.borger.dk/',
  'https://www.borger.dk/flytning',
  'https://www.borger.dk/flytning*',
  'https://www.borger.dk/flytning/*',
  'https://www.borger.dk/Flytning*',
  'https://www.borger.dk/*/flytning',
  'https://www.borger.dk/*flytning*',
  'https://www.borger.dk/a-b_c~d.e/*',
  'https://*.borger.dk/*',
  'https://*.borger.dk/flytning*',
  'https://*/*',
  'https://www.*.dk/*',
  'https://www.*/*',
  'https://*-boks.dk/*',
  'https://skat.dk/*',
  'https://www.skat.dk/kørekort*',
  'https://www.sundhed.dk/læge/*',
  'https://www.borger.dk/Skat/årsopgørelse',
  'https://www.borger.dk/ÆØÅ-æøå/*',
  'https://www.borger.dk.',
  'https://www.borger.dk./*',
  'https://*.borger.dk',
  'https://{www.}?e-boks.dk/*',
  'https://www.borger.dk/:side',
  'https://www.borger.dk/:side/*',
  'https://www.borger.dk/(flytning|adresse)/*',
  'https://www.borger.dk/flytning{/*}?',
  'https://www.borger.dk/flytning\\*',
  'https://www.borger.dk:8443/*',
  'https://www.borger.dk:443/*',
  'https://127.1/*',
  'https://127.0.0.1/*',
  'https://1.borger.dk/*',
  'https://www.1*/*',
  'https://0x7f/*',
  'https://xn--bger-koa.dk/*',
  'https://xn--zz.dk/*',
  'https://www.borger.dk/./flytning',
  'https://www.borger.dk/a/../flytning',
  'https://www.borger.dk/flytning/.',
  'https://www.borger.dk/**',
  '*://www.borger.dk/*',
  'http{s}?://www.borger.dk/*',
  'http://www.borger.dk/*',
  'https://www.borger.dk/flytning?x',
  'https://www.borger.dk/*#x',
  'https://www.borger.dk/50%25',
  'https://www.borger.dk/flyt ning',
  'https://WWW.Borger.dk/*',
  'www.borger.dk/*',
  'https://www.borger.dk/flytning(*',
];

export const TABLE_URLS: readonly string[] = [
  'https://www.borger.dk/',
  'https://www.borger.dk/flytning',
  'https://www.borger.dk/flytning/',
  'https://www.borger.dk/flytning/ny-adresse',
  'https://www.borger.dk/flytningsguide',
  'https://www.borger.dk/Flytning',
  'https://www.borger.dk/flytning*',
  'https://www.borger.dk/a-b_c~d.e/x',
  'https://www.borger.dk/adresse/flytning',
  'https://www.borger.dk//flytning',
  'https://www.borger.dk/50%25',
  'https://www.borger.dk/flyt%20ning',
  'https://www.borger.dk/Skat/årsopgørelse',
  'https://www.borger.dk/%C3%86%C3%98%C3%85-%C3%A6%C3%B8%C3%A5/side',
  'https://www.borger.dk./side',
  'https://WWW.BORGER.DK/flytning',
  'https://lifeindenmark.borger.dk/flytning',
  'https://borger.dk/flytning',
  'https://www.skat.dk/kørekort',
  'https://www.skat.dk/k%C3%B8rekort/fornyelse',
  'https://www.skat.dk/k%c3%b8rekort',
  'https://www.sundhed.dk/læge/find',
  'https://e-boks.dk/',
  'https://www.e-boks.dk/post',
  'https://www.borger.dk:8443/x',
  'https://www.borger.dk:443/x',
  'http://www.borger.dk/flytning',
  'https://127.0.0.1/x',
  'https://1.borger.dk/x',
  'https://xn--bger-koa.dk/x',
  'https://bøger.dk/x',
  'https://post.borger.dk/indbakke/brev/123',
  'https://skat.dk/tastselv/forskudsopgoerelse/',
  'https://www.sundhed.dk/borger/min-side/medicinkortet/laegemiddel/abc',
];

/** Every `sites` and `page` pattern of the built-in packs (`dir`: the project's `guides/`). */
export function builtInPatterns(dir: string): string[] {
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const pack = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GuidePack;
    for (const guide of pack.guides) {
      for (const site of guide.sites) out.add(site);
      for (const step of guide.steps) if (step.page) out.add(step.page);
    }
  }
  return [...out].sort();
}

/** The URL components a pattern is tested with, as `utils/pack/url-pattern.ts` passes them. */
export function components(href: string) {
  const u = new URL(href);
  return {
    protocol: u.protocol.slice(0, -1),
    username: u.username,
    password: u.password,
    hostname: u.hostname,
    port: u.port,
    pathname: u.pathname,
    search: u.search.slice(1),
    hash: u.hash.slice(1),
  };
}
