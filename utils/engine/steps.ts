import type { Advance, Guide, Step } from '@/utils/pack/types';
import type { Progress } from './progress';

/**
 * Facts about a guide's steps that need no URL matching (so the overlay UI can use them without
 * bundling the URLPattern polyfill).
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

/** A pattern that names exactly one URL (no wildcards, groups or named parts), so we can go there. */
export function isPlainUrl(pattern: string): boolean {
  try {
    const url = new URL(pattern);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    return !/[*(){}+?]|\/:/.test(pattern.slice(url.protocol.length + 2));
  } catch {
    return false;
  }
}
