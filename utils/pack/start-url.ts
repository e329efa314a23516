import type { Guide } from './types';

/** Characters that make a URL pattern more than a plain URL. */
const PATTERN_SYNTAX = /[*:(){}?+\\]/;

/**
 * Where a guide starts when chosen away from its sites: `start`, else the first step's `page`
 * when that is a plain URL (contracts §1).
 */
export function startUrl(guide: Guide): string | undefined {
  if (guide.start) return guide.start;
  const page = guide.steps[0]?.page;
  if (!page) return undefined;
  const rest = page.replace(/^https:\/\//, '');
  return page.startsWith('https://') && !PATTERN_SYNTAX.test(rest) ? page : undefined;
}
