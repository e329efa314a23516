/**
 * Which page mutations can matter to a watched Target (CONTRACTS §1), decided from the
 * MutationObserver records alone. A page that churns (a news feed, a clock, a busy SPA) then
 * costs a few selector and string checks per change, instead of a walk and a forced layout of
 * the whole page in every frame.
 *
 * Pure: uses only the nodes in the records and their trees; no globals. Conservative by design:
 * "may matter" may be wrong (the caller then resolves for nothing), "cannot matter" must not be,
 * except for the limits listed in docs/architecture.md ("What the target watch does not notice
 * at once").
 *
 * The reasoning, per kind of record:
 * - nodes added: a match must lie inside them (its role/css candidate, and its name, label or
 *   text in their text or name attributes), or they hold text that names an element elsewhere
 *   (a `<label>`, an `aria-labelledby` target);
 * - content changed under a node (children added or removed, text edited): only elements around
 *   the change see different content — a candidate among its ancestors, a label or other name
 *   source among them; a `text` Target is checked against the page's text, as resolve does first;
 * - an attribute changed: what is inside the element (or the element) may have become visible,
 *   or another role/name; a name attribute's new value may name something;
 * - losing a match matters only when it can make another Target win: the "contenders" (visible
 *   matches of an ambiguous Target) are followed by containment.
 *
 * Cost is what decides the shape. In a content script every node touched needs a wrapper in its
 * world, so opening each added node costs about a microsecond before any check; a selector list
 * costs several times a single-compound selector. Hence: element tests are property reads, and
 * when one parent gets many records in one batch (a list being filled) its subtree is first asked
 * as a whole, with a few single-compound queries, and its records are opened only when that
 * subtree could hold a candidate at all. That view cannot see into new shadow roots: TargetWatch
 * covers it with a full resolve at least every couple of seconds while the page keeps changing.
 *
 * The parts, one job each (in relevance/):
 * - records.ts: what is observed (`WATCH_OBSERVE`, `WATCHED_ATTRIBUTES`) and the record shape (`MutationLike`);
 * - element-tests.ts: which elements can be candidates or name one (implicit roles, element
 *   tests, selectors);
 * - facets.ts: a Target compiled into those tests and the strings a match must contain;
 * - nodes.ts: small DOM helpers (composed ancestry, selector queries that never throw);
 * - interest.ts: target absent — `TargetInterest`, which surveys each batch by parent and place;
 * - checks.ts: the questions it asks of one change, one per kind of record;
 * - batch.ts: its per-batch caches (`Batch`);
 * - shown.ts: target shown — `mayAffectShown` and `StyleSheetWatch`.
 */
import type { TargetInterest } from './relevance/interest';
import type { mayAffectShown, StyleSheetWatch } from './relevance/shown';

/**
 * The filter's parts as the target watch uses them, delivered by the `watch-filter` stage
 * (entrypoints/watch-filter.ts): for an absent target, a shown one, and style sheets.
 */
export interface WatchFilter {
  TargetInterest: typeof TargetInterest;
  mayAffectShown: typeof mayAffectShown;
  StyleSheetWatch: typeof StyleSheetWatch;
}

export { roleSelector } from './relevance/element-tests';
export { overlaps } from './relevance/facets';
export { type AbsentContext, BULK_RECORDS, TargetInterest, type Verdict } from './relevance/interest';
export type { MutationLike } from './relevance/records';
export { WATCH_OBSERVE, WATCHED_ATTRIBUTES } from './relevance/records';
export { mayAffectShown, StyleSheetWatch } from './relevance/shown';
