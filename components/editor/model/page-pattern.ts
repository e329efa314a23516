import type { PageRef } from '@/utils/messaging/protocol';

/** Characters with a meaning in URLPattern syntax; a literal path must escape them. */
const SPECIAL = /[\\:*?+(){}]/g;

/**
 * The `page` pattern for a step recorded on `page`: its origin and path, never the query or
 * fragment (a `PageRef` has neither). Special URLPattern characters in the path are escaped so
 * the pattern matches exactly that path.
 */
export function pagePatternFor(page: PageRef): string {
  return `${page.origin}${page.path.replace(SPECIAL, (c) => `\\${c}`)}`;
}

/** A URL the editor can open for a step's `page` pattern, or undefined when it has wildcards. */
export function urlForPattern(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  // Unescaped special characters mean the pattern stands for many URLs: we cannot open "one" of them.
  if (/(^|[^\\])[:*?+(){}]/.test(pattern.replace(/^https?:\/\//, ''))) return undefined;
  const url = pattern.replace(/\\(.)/g, '$1');
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
