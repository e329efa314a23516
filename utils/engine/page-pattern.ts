import type { PageRef } from '@/utils/messaging/protocol';
import { compilePattern, urlParts } from '@/utils/pack/url-pattern';

/** Whether a guide's URL pattern (URLPattern syntax) matches a page (origin + path only). */
export type PageMatcher = (pattern: string, page: PageRef) => boolean;

/**
 * The default matcher: the packs' own compiler (`utils/pack/url-pattern.ts`): simple patterns as
 * regular expressions, the rest through the browser's URLPattern or the polyfill, each compiled
 * once. The same matching as the store's index, so a guide offered on a page finds its steps there.
 */
export const matchPage: PageMatcher = (pattern, page) => {
  const compiled = compilePattern(pattern);
  if (!compiled) return false; // the pack validator refuses bad patterns; a stale one matches nothing
  let url: URL;
  try {
    url = new URL(page.origin + page.path);
  } catch {
    return false;
  }
  return compiled.test(urlParts(url));
};
