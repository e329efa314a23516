import { URLPattern as PolyfillURLPattern } from 'urlpattern-polyfill/urlpattern';

/**
 * URL patterns of guide packs (`sites`, `page`) use URLPattern syntax. Almost every real pattern
 * is simple — `https://`, a host (maybe with `*`), a path of plain characters and `*` — and those
 * compile here to two regular expressions, which is about a hundred times cheaper than the
 * URLPattern polyfill (it matters with 10,000 guides). Everything else goes to a URLPattern class:
 * the browser's own where it has one (Chromium's service worker does), else the polyfill; if the
 * browser's class refuses a pattern the polyfill accepts, the polyfill matches it. A property test
 * checks the fast path against the polyfill, and an e2e test checks both against Chromium's
 * native class on a table of patterns and URLs.
 *
 * Compiling is lazy and done once: `compilePattern` memoises by the pattern's text, and the store's
 * index (`utils/store/host-index.ts`) files patterns by `patternKey` without compiling them.
 * Validation (`isValidPattern`) uses the fast path's grammar or the polyfill, never the browser's
 * class, so a pack is valid or invalid in the same way in every browser.
 *
 * Patterns are matched against pages as the background sees them (`PageRef`: no query, no
 * fragment, no user name).
 */
export interface CompiledPattern {
  test(url: UrlParts): boolean;
}

/** The parts of a URL a pattern looks at, read once per lookup (URL getters are not free). */
export interface UrlParts {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
}

export function urlParts(url: URL): UrlParts {
  const { protocol, username, password, hostname, port, pathname, search, hash } = url;
  return { protocol, username, password, hostname, port, pathname, search, hash };
}

/** What we use of a URLPattern class: the constructor with a pattern string, and `test`. */
export interface URLPatternLike {
  test(input: UrlParts): boolean;
}
export type URLPatternClass = new (pattern: string) => URLPatternLike;

// Non-ASCII letters are allowed in the path (ø, æ, å …): URLPattern percent-encodes them exactly as
// `encodeURIComponent` does (UTF-8, upper-case hex). Lone surrogates are left to the polyfill.
const SIMPLE = /^https:\/\/([a-z0-9*][a-z0-9.*-]*)(\/[A-Za-z0-9\-_~/*.\u0080-\ud7ff\ue000-\uffff]*)$/;
const NON_ASCII = /[\u0080-\ud7ff\ue000-\uffff]/g;
/** Dot segments (normalised by URL parsing) and `**`: left to the polyfill. */
const ODD_PATH = /\/\.|\.\.|\*\*/;
/**
 * A host the URL host parser would rewrite or check where a regex would not: a fixed part of it
 * (between `*`s) ending in a number (IPv4: `127.1` → `127.0.0.1`), `..`, `**`, or punycode.
 */
const ODD_HOST = /(?:^|[.*])(?:[0-9]+|0x[0-9a-f]*)\.?(?=\*|$)|\.\.|\*\*|(?:^|\.)xn--/;

/** A pattern the fast path understands: its literal host (or a wildcard one) and canonical path. */
interface SimpleParts {
  /** The hostname part as written, e.g. `www.borger.dk` or `*.borger.dk`. */
  host: string;
  /** The pathname part, percent-encoded as URLPattern and URL parsing would. */
  path: string;
}

function simpleParts(pattern: string): SimpleParts | null {
  const m = SIMPLE.exec(pattern);
  if (!m) return null;
  const [, host = '', path = ''] = m;
  if (ODD_PATH.test(path) || ODD_HOST.test(host)) return null;
  return { host, path: path.replace(NON_ASCII, encodeURIComponent) };
}

function wildcardRegex(part: string): RegExp {
  return new RegExp(`^${part.replace(/[.\-/]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

function simplePattern(parts: SimpleParts): CompiledPattern {
  const host = wildcardRegex(parts.host);
  const pathname = wildcardRegex(parts.path);
  return {
    test: (url) =>
      url.protocol === 'https:' && url.port === '' && host.test(url.hostname) && pathname.test(url.pathname),
  };
}

function classPattern(Class: URLPatternClass, pattern: string): CompiledPattern | null {
  let p: URLPatternLike;
  try {
    p = new Class(pattern);
  } catch {
    return null;
  }
  // Matched component by component: the polyfill misreads some hrefs (a path starting `//`).
  return {
    test: (url) =>
      p.test({
        protocol: url.protocol.slice(0, -1),
        username: url.username,
        password: url.password,
        hostname: url.hostname,
        port: url.port,
        pathname: url.pathname,
        search: url.search.slice(1),
        hash: url.hash.slice(1),
      }),
  };
}

/** The browser's own URLPattern class, if it has one (not in Node 20, nor in older Firefox). */
export function nativeURLPattern(): URLPatternClass | undefined {
  const native = (globalThis as { URLPattern?: URLPatternClass }).URLPattern;
  return typeof native === 'function' ? native : undefined;
}

/** Memo tables are dropped whole past this size (a bound; real stores hold far fewer patterns). */
const MEMO_LIMIT = 50_000;

function memoised<T>(fn: (pattern: string) => T): (pattern: string) => T {
  const memo = new Map<string, T>();
  return (pattern) => {
    let out = memo.get(pattern);
    if (out === undefined && !memo.has(pattern)) {
      out = fn(pattern);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(pattern, out);
    }
    return out as T;
  };
}

/**
 * A compiler for one URLPattern implementation: the fast path first, then `native` (when given),
 * then the polyfill. Memoised by the pattern's text. Exported for the tests, which inject a class
 * in Node; the app uses `compilePattern`.
 */
export function createPatternCompiler(native?: URLPatternClass): (pattern: string) => CompiledPattern | null {
  return memoised((pattern) => {
    const simple = simpleParts(pattern);
    if (simple) return simplePattern(simple);
    return (native && classPattern(native, pattern)) ?? classPattern(PolyfillURLPattern, pattern);
  });
}

/**
 * Compile a pattern (once; later calls return the same object); null when it is not a valid
 * absolute URL pattern.
 */
export const compilePattern = createPatternCompiler(nativeURLPattern());

/** Only the polyfill (for the test that checks the fast path against it). */
export function compileWithPolyfill(pattern: string): CompiledPattern | null {
  return classPattern(PolyfillURLPattern, pattern);
}

/** Only the fast path (for the tests); null when the pattern is not simple. */
export function compileFastPath(pattern: string): CompiledPattern | null {
  const simple = simpleParts(pattern);
  return simple ? simplePattern(simple) : null;
}

/**
 * Whether a pack may hold this pattern: the fast path's grammar, else the polyfill accepts it
 * (never the browser's class, so validation is the same everywhere). Builds no regular expression
 * for simple patterns.
 */
export const isValidPattern = memoised(
  (pattern: string) => simpleParts(pattern) !== null || classPattern(PolyfillURLPattern, pattern) !== null,
);

/**
 * Where the store's index files a pattern, read from its text without compiling it.
 * - `host`: the pattern is simple and its host literal. Every URL it matches has this hostname and
 *   a pathname starting with `/` + `prefix`, where `prefix` is the literal beginning of the first
 *   path segment (percent-encoded; `''` when the path starts with a wildcard or is just `/`).
 * - `wildcard-host`: simple, but the host has a `*`; `prefix` as above.
 * - `other`: not simple (groups, ports, other schemes …): it may match any URL.
 */
export type PatternKey =
  | { kind: 'host'; host: string; prefix: string }
  | { kind: 'wildcard-host'; prefix: string }
  | { kind: 'other' };

export function patternKey(pattern: string): PatternKey {
  const simple = simpleParts(pattern);
  if (!simple) return { kind: 'other' };
  const match = /^\/([^*/]*)/.exec(simple.path);
  const prefix = match?.[1] ?? '';
  return simple.host.includes('*') ? { kind: 'wildcard-host', prefix } : { kind: 'host', host: simple.host, prefix };
}

/** A Danish explanation of why `pattern` does not compile (the common mistakes first). */
export function explainBadPattern(pattern: string): string {
  if (!/^[a-z*][a-z0-9+.*-]*:\/\//i.test(pattern))
    return `"${pattern}" er ikke et gyldigt URL-mønster: det skal begynde med https://, fx "https://www.borger.dk/*"`;
  if (/\s/.test(pattern)) return `"${pattern}" er ikke et gyldigt URL-mønster: det må ikke indeholde mellemrum`;
  return `"${pattern}" er ikke et gyldigt URL-mønster (se URLPattern-syntaksen, fx "https://www.borger.dk/flytning*")`;
}
