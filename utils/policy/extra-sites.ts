/**
 * `extraSites` patterns. The policy accepts the subset of URL patterns that is also a Chrome
 * match pattern, `https://HOST/PATH` where HOST is a name or `*.` + a name and PATH may use `*`,
 * so one string serves as the content script's `matches`, as the origin to hold permission for,
 * and as the router's allowed-page check. Pure: no browser globals.
 */
const PATTERN = /^https:\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/([^\s?#]*)$/;

/** Returns null for an acceptable pattern, or the reason it is not. */
export function checkSitePattern(value: string): string | null {
  const m = PATTERN.exec(value);
  if (!m)
    return `"${value}" is not a pattern like https://www.example.dk/* (https, a host name, a path; * as wildcard)`;
  const host = m[2] ?? '';
  // A bare public suffix with a wildcard (https://*.dk/*) would be nearly every site in the country.
  if (m[1] && host.split('.').length < 2) return `"${value}" is too broad`;
  return null;
}

/** The host permission a pattern needs: its whole origin. */
export function originPermission(pattern: string): string {
  const m = PATTERN.exec(pattern);
  if (!m) throw new Error(`Not a site pattern: ${pattern}`);
  return `https://${m[1] ?? ''}${m[2]}/*`;
}

function globToRegExp(glob: string): string {
  return glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
}

/** Whether `url` (any string) is matched by a site pattern, as Chrome would match it. */
export function matchesSitePattern(pattern: string, url: string): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.port !== '') return false;
  const host = m[2] ?? '';
  const hostOk = m[1] ? u.hostname === host || u.hostname.endsWith(`.${host}`) : u.hostname === host;
  return hostOk && new RegExp(`^/${globToRegExp(m[3] ?? '')}$`).test(u.pathname);
}
