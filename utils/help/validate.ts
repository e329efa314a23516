import { isPageRef } from '@/utils/messaging/page-ref';
import type { PageRef } from '@/utils/messaging/protocol';
import type { HelpRequestGuide } from './types';

/** What the content script may send with `help.request`: the page, the guide's facts, the language. */
export interface HelpRequestInput {
  page: PageRef;
  guide: HelpRequestGuide | null;
  language: string;
  /** Set by the background only (never from a message): the site name for an extension page. */
  site?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/** Longest guide title we pass on (the pack format has no limit; staff need only a glance). */
export const MAX_TITLE = 200;
const MAX_STEPS = 50;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, keys: readonly string[], where: string): string | null {
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  return extra.length ? `${where} has unknown field(s): ${extra.join(', ')}` : null;
}

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Check the guide facts; returns an error text or null. */
export function validateGuideFacts(guide: unknown): string | null {
  if (guide === null) return null;
  if (!isObject(guide)) return 'guide must be null or { id, title, step, steps }';
  const extra = onlyKeys(guide, ['id', 'title', 'step', 'steps'], 'guide');
  if (extra) return extra;
  if (typeof guide.id !== 'string' || !ID.test(guide.id)) return 'guide.id must be a guide id ([a-z0-9-], at most 64)';
  if (typeof guide.title !== 'string' || guide.title.trim() === '' || guide.title.length > MAX_TITLE) {
    return `guide.title must be a non-empty string of at most ${MAX_TITLE} characters`;
  }
  if (!isCount(guide.steps, 1, MAX_STEPS)) return `guide.steps must be an integer from 1 to ${MAX_STEPS}`;
  if (!isCount(guide.step, 1, guide.steps)) return 'guide.step must be an integer from 1 to guide.steps';
  return null;
}

/**
 * Validate the untrusted data of a `help.request` message. Unknown fields are refused rather than
 * ignored, so a content script cannot even try to hand over more than the contract allows.
 */
export function validateHelpRequestInput(data: unknown): string | null {
  if (!isObject(data)) return 'expected { page, guide, language }';
  const extra = onlyKeys(data, ['page', 'guide', 'language'], 'request');
  if (extra) return extra;
  if (!isPageRef(data.page)) return 'page must be { origin, path } without query or fragment';
  if (!('guide' in data)) return 'guide is required (null outside a guide)';
  const guide = validateGuideFacts(data.guide);
  if (guide) return guide;
  if (typeof data.language !== 'string' || !LANGUAGE.test(data.language)) return 'language must be a language tag';
  return null;
}

/** Validate `{ id }` of `help.cancel` / `help.dismiss`. */
export function validateIdInput(data: unknown): string | null {
  if (!isObject(data)) return 'expected { id }';
  const extra = onlyKeys(data, ['id'], 'request');
  if (extra) return extra;
  return typeof data.id === 'string' && data.id.length > 0 && data.id.length <= 64 ? null : 'id must be a request id';
}
