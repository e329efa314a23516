import type { PageRef } from '@/utils/messaging/protocol';
import type { Advance, Guide, Step } from '@/utils/pack/types';
import { isPlainUrl, matchPage, type PageMatcher } from './page-pattern';
import type { AdvanceEvent, Progress } from './progress';

/**
 * The guide state machine: pure functions from (guide, progress, what happened) to the next
 * progress. No browser globals; the background's progress service stores the result per tab.
 */

/** How a step is completed when the pack does not say: a click on its target, or "Næste". */
export function advanceOf(step: Step): Advance {
  return step.advance ?? (step.target === undefined ? 'manual' : 'click');
}

/**
 * The URL patterns of the page each step belongs to. A step without `page` belongs to the page
 * of the step before it; the first step, to any page of the guide's `sites`.
 */
export function stepPatterns(guide: Guide): string[][] {
  const out: string[][] = [];
  guide.steps.forEach((step, i) => {
    out.push(step.page !== undefined ? [step.page] : i === 0 ? [...guide.sites] : (out[i - 1] ?? []));
  });
  return out;
}

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

/** The URL that opens a guide: its `start`, else the first step's page when it is a plain URL. */
export function startUrl(guide: Guide): string | null {
  if (guide.start) return guide.start;
  const first = guide.steps[0]?.page;
  return first && isPlainUrl(first) ? first : null;
}

/**
 * The way back from off track: the page of the current step when it is a plain URL, else the
 * nearest earlier step's, else the guide's start.
 */
export function returnUrl(guide: Guide, progress: Progress): string | null {
  const patterns = stepPatterns(guide);
  for (let j = Math.min(progress.step, guide.steps.length - 1); j >= 0; j--) {
    const plain = (patterns[j] ?? []).find(isPlainUrl);
    if (plain) return plain;
  }
  return startUrl(guide);
}
