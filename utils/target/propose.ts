/**
 * For the librarians' editor (picker and recorder): robust Targets for an element the librarian
 * pointed at, most robust first (role + name, label, text, CSS last), each with how many elements
 * it matches now, and a first draft of the step's text.
 *
 * Not bundled into the overlay: only the editor imports this file (it pulls in @medv/finder).
 * Never reads a field's value: names and labels come from the privacy-safe helpers.
 */
import { finder } from '@medv/finder';
import type { Target } from '@/utils/pack/types';
import { getRole, safeAccessibleName } from './name';
import { findAll, type ResolveOptions } from './resolve';
import { FIELD_ROLES, hasMeaningfulRole, labelTexts } from './strategies';
import { collapse, safeText } from './text';

export interface ProposedTarget {
  target: Target;
  kind: 'role' | 'label' | 'text' | 'css';
  count: number;
}

/** Longer visible texts make brittle Targets (they change with every wording tweak). */
const MAX_TEXT = 60;

const NOT_FIELDS = new Set(['hidden', 'button', 'submit', 'reset', 'image']);
function isField(el: Element, role: string | null): boolean {
  if (el.localName === 'input') return !NOT_FIELDS.has((el.getAttribute('type') ?? '').toLowerCase());
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  return FIELD_ROLES.has(role ?? '');
}

/** Attributes worth putting in a generated selector: stable, meaningful, and never a value. */
const CSS_ATTRS = new Set(['name', 'type', 'role', 'aria-label', 'href', 'data-testid', 'data-test', 'data-qa']);

function cssFor(el: Element): string | null {
  const tree = el.getRootNode();
  const root = tree.nodeType === 9 ? (tree as Document) : tree;
  try {
    return finder(el, {
      root: root as unknown as Element, // finder accepts a document or shadow root here as well
      attr: (name, value) => CSS_ATTRS.has(name) && value.length < 100 && !/\d{4,}/.test(value),
      timeoutMs: 500,
    });
  } catch {
    return null;
  }
}

function withCount(
  root: Document | ShadowRoot,
  kind: ProposedTarget['kind'],
  target: Target,
  options?: ResolveOptions,
): ProposedTarget {
  return { target, kind, count: findAll(root, target, options).length };
}

/**
 * Targets that find `el` from `root`, most robust first. Where a Target matches several elements,
 * a variant with `nth` pointing at this one follows it.
 */
export function proposeTargets(el: Element, root: Document | ShadowRoot, options?: ResolveOptions): ProposedTarget[] {
  const out: ProposedTarget[] = [];
  const add = (kind: ProposedTarget['kind'], target: Target) => {
    const proposed = withCount(root, kind, target, options);
    out.push(proposed);
    if (proposed.count !== 1) {
      const nth = findAll(root, target, options).indexOf(el);
      if (nth >= 0) out.push(withCount(root, kind, { ...target, nth }, options));
    }
  };

  const role = getRole(el)?.toLowerCase() ?? null;
  const name = safeAccessibleName(el);
  if (hasMeaningfulRole(role) && name) add('role', { role, name });

  if (isField(el, role)) {
    const label = labelTexts(el)[0];
    if (label) add('label', { label });
  } else {
    const text = safeText(el);
    if (text && text.length <= MAX_TEXT) add('text', { text });
  }

  const css = cssFor(el);
  if (css) add('css', { css });
  return out;
}

function quoted(s: string): string {
  return `**${collapse(s).replace(/\*/g, '')}**`;
}

/**
 * A first draft of the step's text in Danish, from what the element is and what it is called:
 * 'Klik på **Log på**.', 'Skriv i feltet **Telefonnummer**.' Never reads a value.
 */
export function draftSay(el: Element): string {
  const role = getRole(el)?.toLowerCase() ?? null;
  const field = isField(el, role);
  const name = (field ? labelTexts(el)[0] : undefined) || safeAccessibleName(el) || (field ? '' : safeText(el));
  const short = name.length > MAX_TEXT ? '' : name;
  switch (role) {
    case 'checkbox':
    case 'switch':
      return short ? `Sæt flueben ved ${quoted(short)}.` : 'Sæt flueben her.';
    case 'radio':
    case 'option':
      return short ? `Vælg ${quoted(short)}.` : 'Vælg her.';
    case 'combobox':
    case 'listbox':
      return short ? `Vælg i listen ${quoted(short)}.` : 'Vælg i listen.';
  }
  if (field) return short ? `Skriv i feltet ${quoted(short)}.` : 'Skriv i feltet.';
  return short ? `Klik på ${quoted(short)}.` : 'Klik her.';
}
