/**
 * Property test of the privacy guard: in random forms built from the structures that let
 * accessible-name computation reach a field (labels, aria-labelledby chains, aria-owns, nested
 * fields, custom textboxes, editable regions, selects, meters), no name we compute ever contains
 * what was typed or chosen, and no value getter ever runs.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeAccessibleName } from '@/utils/target/name';
import { findAll } from '@/utils/target/resolve';
import { opts, page } from './dom';

const TYPED = '010203-1234';
const CHOSEN = 'Vardekommune';
const LEAK = /010203|1234|vardekommune/i;

const TAGS = [
  'div',
  'span',
  'button',
  'a',
  'label',
  'input',
  'textarea',
  'select',
  'fieldset',
  'legend',
  'meter',
  'output',
  'textbox-div',
  'editable',
  'combobox-div',
] as const;

interface Spec {
  tag: (typeof TAGS)[number];
  parent: number;
  text: string;
  labelledby: number[];
  owns: number[];
  forId: number | null;
  ariaLabel: boolean;
}

const spec = fc.record({
  tag: fc.constantFrom(...TAGS),
  parent: fc.nat(),
  text: fc.constantFrom('', 'Navn', 'Send', 'CPR-nummer'),
  labelledby: fc.array(fc.nat(), { maxLength: 3 }),
  owns: fc.array(fc.nat(), { maxLength: 1 }),
  forId: fc.option(fc.nat(), { nil: null }),
  ariaLabel: fc.boolean(),
});

function build(specs: Spec[]): Element[] {
  page('');
  const els: Element[] = [];
  const n = specs.length;
  specs.forEach((s, i) => {
    const tag =
      s.tag === 'textbox-div' || s.tag === 'combobox-div' || s.tag === 'editable' ? 'div' : s.tag === 'a' ? 'a' : s.tag;
    const el = document.createElement(tag);
    el.id = `e${i}`;
    if (s.tag === 'textbox-div') el.setAttribute('role', 'textbox');
    if (s.tag === 'combobox-div') el.setAttribute('role', 'combobox');
    if (s.tag === 'editable') el.setAttribute('contenteditable', 'true');
    if (s.tag === 'a') el.setAttribute('href', '/x');
    if (s.tag === 'select') el.innerHTML = `<option>Vælg</option><option>${CHOSEN}</option>`;
    else if (s.text && s.tag !== 'input' && s.tag !== 'textarea') el.append(s.text);
    if (s.labelledby.length) el.setAttribute('aria-labelledby', s.labelledby.map((r) => `e${r % n}`).join(' '));
    if (s.owns.length) el.setAttribute('aria-owns', s.owns.map((r) => `e${r % n}`).join(' '));
    if (s.forId !== null && s.tag === 'label') el.setAttribute('for', `e${s.forId % n}`);
    if (s.ariaLabel) el.setAttribute('aria-label', 'Felt');
    const parent = i === 0 ? document.body : (els[s.parent % i] ?? document.body);
    // Only some elements may hold children; the rest go to the body.
    (['input', 'textarea', 'select', 'meter'].includes(parent.localName) ? document.body : parent).append(el);
    els.push(el);
  });
  for (const el of els) {
    if (el.localName === 'input' || el.localName === 'textarea') (el as HTMLInputElement).value = TYPED;
    if (el.localName === 'select') (el as HTMLSelectElement).selectedIndex = 1;
    // What a citizen types into a custom textbox or an editable region becomes its text.
    if (el.getAttribute('role') === 'textbox' || el.hasAttribute('contenteditable')) el.append(TYPED);
    if (el.getAttribute('role') === 'combobox') el.append(CHOSEN);
  }
  return els;
}

describe('the privacy guard, on random forms', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never puts a typed or chosen value into a name, and never reads a value', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 14 }), (specs) => {
        const els = build(specs);
        const getters = [
          vi.spyOn(HTMLInputElement.prototype, 'value', 'get'),
          vi.spyOn(HTMLTextAreaElement.prototype, 'value', 'get'),
          vi.spyOn(HTMLSelectElement.prototype, 'selectedOptions', 'get'),
        ];
        try {
          for (const el of els) expect(safeAccessibleName(el)).not.toMatch(LEAK);
          // (An option's own text is the page's, not the citizen's choice, so only the typed digits are probed.)
          expect(findAll(document, { name: { regex: '0102|1234' } }, opts)).toEqual([]);
          for (const g of getters) expect(g).not.toHaveBeenCalled();
        } finally {
          for (const g of getters) g.mockRestore();
        }
      }),
      { numRuns: 80 },
    );
    // Generous: the machines are shared and happy-dom is slow on deep aria-owns cycles.
  }, 180_000);
});
