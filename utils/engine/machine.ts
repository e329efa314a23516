import type { PageRef } from '@/utils/messaging/protocol';
import type { Guide } from '@/utils/pack/types';
import { matchPage, type PageMatcher } from './page-pattern';
import { advanceOf, stepPatterns } from './steps';

export { advanceOf, returnUrl, startUrl, stepPatterns } from './steps';

import type { AdvanceEvent, Progress } from './progress';

/**
 * The guide state machine: pure functions from (guide, progress, what happened) to the next
 * progress. No browser globals; the background's progress service stores the result per tab.
 */

function samePatterns(a: string[] | undefined, b: string[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((p, i) => p === b[i]);
}

/** The step indices whose page matches `page`. */
export function stepsOnPage(guide: Guide, page: PageRef, match: PageMatcher = matchPage): number[] {
  return stepPatterns(guide)
    .map((patterns, i) => (patterns.some((p) => match(p, page)) ? i : -1))
    .filter((i) => i >= 0);
}

export function startProgress(guide: Guide, now: number): Progress {
  return { guideId: guide.id, step: 0, status: 'active', startedAt: now, updatedAt: now };
}

/**
 * Where the citizen is after arriving on `page` (a load, a reload or an SPA route change).
 * - A `page` step whose next step's page has been reached moves on.
 * - A page that still belongs to the current step keeps it.
 * - A page of a later step jumps forward (the nearest); else a page of an earlier step jumps back,
 *   to the first step of that page.
 * - A page of no step is "off track"; the step is kept so the way back is known.
 */
export function locate(guide: Guide, progress: Progress, page: PageRef, now: number, match = matchPage): Progress {
  if (progress.status === 'finished' || progress.guideId !== guide.id) return progress;
  const patterns = stepPatterns(guide);
  const on = new Set(stepsOnPage(guide, page, match));
  const cur = Math.min(progress.step, guide.steps.length - 1);
  const at = (step: number): Progress =>
    step === progress.step && progress.status === 'active'
      ? progress
      : { ...progress, step, status: 'active', updatedAt: now };

  const current = guide.steps[cur];
  if (
    current &&
    advanceOf(current) === 'page' &&
    on.has(cur + 1) &&
    !samePatterns(patterns[cur], patterns[cur + 1]) &&
    progress.status === 'active'
  ) {
    return at(cur + 1);
  }
  if (on.has(cur)) return at(cur);
  for (let j = cur + 1; j < guide.steps.length; j++) if (on.has(j)) return at(j);
  for (let j = cur - 1; j >= 0; j--) {
    if (!on.has(j)) continue;
    let first = j;
    while (first > 0 && on.has(first - 1) && samePatterns(patterns[first - 1], patterns[first])) first--;
    return at(first);
  }
  return progress.status === 'off-track' ? progress : { ...progress, status: 'off-track', updatedAt: now };
}

/**
 * The citizen completed step `from` by `how`. Stale events (another step is current by now, e.g.
 * a late click event after a navigation already moved on) change nothing. "Næste" (`manual`)
 * always moves on: the citizen may have done the step in a way we could not see.
 */
export function advance(guide: Guide, progress: Progress, from: number, how: AdvanceEvent, now: number): Progress {
  if (progress.status !== 'active' || progress.step !== from) return progress;
  const step = guide.steps[from];
  if (!step) return progress;
  if (how !== 'manual' && advanceOf(step) !== how) return progress;
  if (from + 1 >= guide.steps.length) return { ...progress, status: 'finished', updatedAt: now };
  return { ...progress, step: from + 1, updatedAt: now };
}

/** "Tilbage": one step back (from a finished guide: back to its last step). */
export function back(guide: Guide, progress: Progress, from: number, now: number): Progress {
  if (progress.step !== from) return progress;
  if (progress.status === 'finished') return { ...progress, status: 'active', updatedAt: now };
  if (from <= 0) return progress;
  return { ...progress, step: Math.min(from - 1, guide.steps.length - 1), status: 'active', updatedAt: now };
}
