/**
 * URL rules for policy values that the extension fetches from or posts to. HTTPS only, except
 * plain HTTP on the loopback address (a receiver on the PC itself, and the e2e tests).
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Returns null when `value` is a URL the extension may contact, or the reason it is not. */
export function checkServiceUrl(value: unknown): string | null {
  if (typeof value !== 'string') return `expected a URL string, got ${showValue(value)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL`;
  }
  if (url.username || url.password) return `"${value}" must not contain a user name or password`;
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return `"${value}" must use https:// (http:// only on 127.0.0.1/localhost)`;
}

/** A short, safe description of a value for warnings (never the whole value: it may be long). */
export function showValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
