/**
 * What the target watch observes: the attributes it asks its MutationObserver for, and the shape
 * of the records the relevance checks read.
 */

/** What a MutationRecord says; the DOM's MutationRecord fits (tests may pass plain objects). */
export interface MutationLike {
  readonly type: string;
  readonly target: Node;
  readonly addedNodes: ArrayLike<Node>;
  readonly removedNodes: ArrayLike<Node>;
  readonly attributeName: string | null;
}

/**
 * The attributes whose changes can matter: visibility (`class`, `style`, `hidden`, `aria-hidden`,
 * `open`), role and name (`role`, `href`, `type`, `aria-label`, `title`, `alt`), the references
 * names and labels are made of (`id`, `for`, `aria-labelledby`), and slotting. Never `value`: a
 * text field's value attribute can mirror what the citizen types.
 */
export const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'aria-hidden',
  'open',
  'disabled',
  'role',
  'href',
  'type',
  'aria-label',
  'aria-labelledby',
  'title',
  'alt',
  'id',
  'for',
  'slot',
] as const;

/** The MutationObserver options the watch uses, and so the records the checks are written for. */
export const WATCH_OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: [...WATCHED_ATTRIBUTES],
  characterData: true,
};
