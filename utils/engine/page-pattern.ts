import { URLPattern } from 'urlpattern-polyfill/urlpattern';
import type { PageRef } from '@/utils/messaging/protocol';

/** Whether a guide's URL pattern (URLPattern syntax) matches a page (origin + path only). */
export type PageMatcher = (pattern: string, page: PageRef) => boolean;

const cache = new Map<string, URLPattern | null>();

function compile(pattern: string): URLPattern | null {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new URLPattern(pattern);
    } catch {
      // The pack validator refuses bad patterns; a stale one simply matches nothing.
      compiled = null;
    }
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** The default matcher: the polyfill, so Firefox versions without native URLPattern behave the same. */
export const matchPage: PageMatcher = (pattern, page) => {
  const compiled = compile(pattern);
  return compiled ? compiled.test(page.origin + page.path) : false;
};
