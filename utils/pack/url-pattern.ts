import { URLPattern } from 'urlpattern-polyfill/urlpattern';

/**
 * URL patterns of guide packs (`sites`, `page`) use URLPattern syntax. Almost every real pattern
 * is simple — `https://`, a host (maybe with `*`), a path of plain characters and `*` — and those
 * compile here to two regular expressions, which is about a hundred times cheaper than the
 * URLPattern polyfill (it matters with 10,000 guides). Everything else goes to the polyfill's
 * class, not the browser's, so validation and matching behave the same in Chrome, Firefox and the
 * unit tests. A property test checks the fast path against the polyfill.
 *
 * Patterns are matched against pages as the background sees them (`PageRef`: no query, no
 * fragment, no user name).
 */
export interface CompiledPattern {
  /** The pattern's hostname part, e.g. `www.borger.dk` or `*.borger.dk`. */
  readonly hostname: string;
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

const SIMPLE = /^https:\/\/([a-z0-9*][a-z0-9.*-]*)(\/[A-Za-z0-9\-_~/*.]*)$/;

function wildcardRegex(part: string): RegExp {
  return new RegExp(`^${part.replace(/[.\-/]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

function simplePattern(pattern: string): CompiledPattern | null {
  const m = SIMPLE.exec(pattern);
  if (!m) return null;
  const [, hostname = '', path = ''] = m;
  // Dot segments are normalised by URL parsing; leave those rare patterns to the polyfill.
  if (/\/\.|\.\.|\*\*/.test(path) || /\.\.|\*\*/.test(hostname)) return null;
  const host = wildcardRegex(hostname);
  const pathname = wildcardRegex(path);
  return {
    hostname,
    test: (url) =>
      url.protocol === 'https:' && url.port === '' && host.test(url.hostname) && pathname.test(url.pathname),
  };
}

function polyfillPattern(pattern: string): CompiledPattern | null {
  try {
    const p = new URLPattern(pattern);
    // Matched component by component: the polyfill misreads some hrefs (a path starting `//`).
    return {
      hostname: p.hostname,
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
  } catch {
    return null;
  }
}

/** Compile a pattern; null when it is not a valid absolute URL pattern. */
export function compilePattern(pattern: string): CompiledPattern | null {
  return simplePattern(pattern) ?? polyfillPattern(pattern);
}

/** Only the polyfill (for the test that checks the fast path against it). */
export function compileWithPolyfill(pattern: string): CompiledPattern | null {
  return polyfillPattern(pattern);
}

/** The literal hostname a pattern is limited to, or null when its host part has wildcards. */
export function literalHostname(pattern: CompiledPattern): string | null {
  const host = pattern.hostname;
  return /^[a-z0-9.-]+$/i.test(host) ? host.toLowerCase() : null;
}

/** A Danish explanation of why `pattern` does not compile (the common mistakes first). */
export function explainBadPattern(pattern: string): string {
  if (!/^[a-z*][a-z0-9+.*-]*:\/\//i.test(pattern))
    return `"${pattern}" er ikke et gyldigt URL-mønster: det skal begynde med https://, fx "https://www.borger.dk/*"`;
  if (/\s/.test(pattern)) return `"${pattern}" er ikke et gyldigt URL-mønster: det må ikke indeholde mellemrum`;
  return `"${pattern}" er ikke et gyldigt URL-mønster (se URLPattern-syntaksen, fx "https://www.borger.dk/flytning*")`;
}
