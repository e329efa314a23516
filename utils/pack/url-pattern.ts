import { URLPattern } from 'urlpattern-polyfill/urlpattern';

/**
 * URL patterns of guide packs (`sites`, `page`) use URLPattern syntax. We use the polyfill's
 * class everywhere, not the browser's, so validation and matching behave the same in Chrome,
 * Firefox and the unit tests.
 */
export type CompiledPattern = URLPattern;

/** Compile a pattern; null when it is not a valid absolute URL pattern. */
export function compilePattern(pattern: string): CompiledPattern | null {
  try {
    return new URLPattern(pattern);
  } catch {
    return null;
  }
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
