/**
 * Text helpers shared by the target strategies. Pure: they only touch the DOM nodes they are given.
 *
 * Privacy: text is gathered from text nodes only, and never from inside a form field or an
 * editable region (textarea, select, contenteditable, custom textboxes), so nothing a citizen has
 * typed or chosen is ever part of a label or text we compute.
 */

/** Collapses runs of whitespace to one space and trims; keeps case (for display). */
export function collapse(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The comparison form: whitespace-collapsed, trimmed, NFC, lower case. */
export function normalize(s: string): string {
  return collapse(s).toLowerCase();
}

/** Elements whose content is never visible text (or never the page's own text). */
const NO_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'head',
  'textarea',
  'select',
  'input',
  'object',
  'iframe',
]);

/** Roles whose content is what the citizen types or picks, not the page's text. */
const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton']);

function firstToken(attr: string | null): string {
  return attr ? (attr.trim().split(/\s+/)[0] ?? '') : '';
}

/** True when the element's content is a field's value (typed or chosen by the citizen). */
export function holdsFieldValue(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return FIELD_ROLES.has(firstToken(el.getAttribute('role')));
}

/** True when the walk must not use this element's text nodes (but may still match the element). */
export function hidesOwnText(el: Element): boolean {
  return NO_TEXT_TAGS.has(el.localName) || (el.hasAttributes() && holdsFieldValue(el));
}

/** True when nothing inside this element can ever be a visible target or visible text. */
export function isHiddenSubtree(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The element's text as a person reads it, from its own (light-DOM) text nodes, leaving out
 * hidden and aria-hidden parts, scripts and styles, and every form field's content.
 * Returned whitespace-collapsed, case kept.
 */
export function safeText(el: Element): string {
  if (hidesOwnText(el)) return '';
  let out = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (isHiddenSubtree(e) || hidesOwnText(e)) continue;
        visit(e);
      }
    }
  };
  visit(el);
  return collapse(out);
}

/** The elements an id-list attribute (aria-labelledby, aria-owns) points at, in its own tree. */
export function idRefs(el: Element, attr: string): Element[] {
  const ids = el.getAttribute(attr)?.trim().split(/\s+/) ?? [];
  const tree = el.getRootNode() as Partial<Document | ShadowRoot>;
  if (typeof tree.getElementById !== 'function') return [];
  const found: Element[] = [];
  for (const id of ids) {
    const ref = id ? tree.getElementById.call(tree, id) : null;
    if (ref) found.push(ref);
  }
  return found;
}
