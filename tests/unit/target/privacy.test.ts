/**
 * Privacy: a typed CPR number never becomes part of any name, label, text, description, proposal
 * or draft we compute, and no field's value is ever read. dom-accessibility-api on its own *does*
 * put field values into names (accname step 2E); the first test proves the guard is needed.
 */
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeTarget } from '@/utils/target/describe';
import { safeAccessibleName } from '@/utils/target/name';
import { draftSay, proposeTargets } from '@/utils/target/propose';
import { countMatches, findAll, resolveTarget } from '@/utils/target/resolve';
import { byId, opts, page } from './dom';

const CPR = '010203-1234';
const CPR_DIGITS = /0102031234|010203|1234/;

const FORM = `
  <span id="lbl">CPR-nummer</span>
  <input id="self" aria-labelledby="lbl self">
  <label id="wrap">Jeg er <input id="age"> år <textarea id="note"></textarea></label>
  <button id="btn" aria-labelledby="lbl self sel ed">Send</button>
  <select id="sel"><option>Vælg</option><option>Varde</option></select>
  <div id="ed" role="textbox" contenteditable="true" aria-label="Besked"></div>
  <div id="free" contenteditable="true"></div>
  <input id="combo" list="dl" aria-label="By"><datalist id="dl"></datalist>
  <label>Telefonnummer <input id="tel" type="tel"></label>`;

function typeCpr(): void {
  for (const id of ['self', 'age', 'combo', 'tel']) byId<HTMLInputElement>(id).value = CPR;
  byId<HTMLTextAreaElement>('note').value = CPR;
  byId<HTMLSelectElement>('sel').selectedIndex = 1;
  // What a citizen types into an editable region ends up as text nodes in it.
  byId('ed').textContent = CPR;
  byId('free').textContent = CPR;
}

const valueGetters = () => [
  vi.spyOn(HTMLInputElement.prototype, 'value', 'get'),
  vi.spyOn(HTMLTextAreaElement.prototype, 'value', 'get'),
  vi.spyOn(HTMLSelectElement.prototype, 'value', 'get'),
  vi.spyOn(HTMLSelectElement.prototype, 'selectedOptions', 'get'),
  vi.spyOn(HTMLSelectElement.prototype, 'selectedIndex', 'get'),
];

describe('a typed CPR number', () => {
  beforeEach(() => {
    page(FORM);
    typeCpr();
  });
  afterEach(() => vi.restoreAllMocks());

  it('would leak into names through dom-accessibility-api alone (why the guard exists)', () => {
    expect(computeAccessibleName(byId('self'))).toContain(CPR);
    expect(computeAccessibleName(byId('btn'))).toContain(CPR);
    // …and a select's chosen option (the citizen's choice) too.
    expect(computeAccessibleName(byId('btn'))).toContain('Varde');
  });

  it('is never part of an accessible name we compute', () => {
    for (const el of document.body.querySelectorAll('*')) {
      expect(safeAccessibleName(el), el.id || el.localName).not.toMatch(CPR_DIGITS);
    }
    expect(safeAccessibleName(byId('self'))).toBe('CPR-nummer');
    expect(safeAccessibleName(byId('btn'))).toBe('CPR-nummer Besked');
    expect(safeAccessibleName(byId('btn'))).not.toContain('Varde');
    expect(safeAccessibleName(byId('age'))).toBe('Jeg er år');
  });

  it('is not reached through a label that is itself named by another element holding a field', () => {
    // Found by the property test (seed 1153798159): the label's own aria-labelledby leads to a field.
    page(`<textarea id="t"></textarea>
      <label for="t" aria-labelledby="d">Besked</label>
      <div id="d">Skriv <input id="i"></div>`);
    byId<HTMLTextAreaElement>('t').value = CPR;
    byId<HTMLInputElement>('i').value = CPR;
    expect(computeAccessibleName(byId('t'))).toContain(CPR);
    expect(safeAccessibleName(byId('t'))).toBe('Skriv');
  });

  it('cannot be found by any Target, so no Target can probe what was typed', () => {
    const probes = [
      { role: 'textbox', name: { regex: '\\d{6}-?\\d{4}' } },
      { role: 'button', name: { regex: '\\d{6}' } },
      { name: { regex: '1234' } },
      { text: CPR },
      { text: '010203' },
      { label: CPR },
      { label: 'Jeg er 010203-1234 år' },
    ];
    for (const t of probes) expect(countMatches(document, t, opts), JSON.stringify(t)).toBe(0);
  });

  it('is never read: no value getter of any field runs while resolving, proposing or drafting', () => {
    const getters = valueGetters();
    resolveTarget(
      document,
      [
        { role: 'button', name: 'x' },
        { label: 'CPR-nummer' },
        { text: 'år' },
        { role: 'textbox', name: { regex: '.' } },
      ],
      opts,
    );
    findAll(document, { role: 'combobox', name: { regex: '.' } }, opts);
    for (const el of document.body.querySelectorAll('*')) {
      proposeTargets(el, document, opts);
      draftSay(el);
    }
    for (const g of getters) expect(g).not.toHaveBeenCalled();
  });

  it('is not in proposals, drafts or descriptions', () => {
    for (const el of document.body.querySelectorAll('*')) {
      const proposals = proposeTargets(el, document, opts);
      const said = draftSay(el);
      expect(JSON.stringify(proposals), el.id || el.localName).not.toMatch(CPR_DIGITS);
      expect(said).not.toMatch(CPR_DIGITS);
      for (const p of proposals) expect(describeTarget(p.target, 'da')).not.toMatch(CPR_DIGITS);
    }
  });

  it('stays in the fields, untouched, after a resolve (the masks are removed)', () => {
    resolveTarget(document, [{ role: 'button', name: 'Send' }, { label: 'Telefonnummer' }], opts);
    safeAccessibleName(byId('btn'));
    expect(Object.getOwnPropertyDescriptor(byId('self'), 'value')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(byId('ed'), 'textContent')).toBeUndefined();
    expect(byId<HTMLInputElement>('self').value).toBe(CPR);
    expect(byId<HTMLSelectElement>('sel').selectedIndex).toBe(1);
    expect(byId('ed').textContent).toBe(CPR);
    expect(byId('ed').childNodes.length).toBe(1);
  });

  it('does not stop the fields from being found by their labels', () => {
    expect(resolveTarget(document, { label: 'Telefonnummer' }, opts).element?.id).toBe('tel');
    expect(resolveTarget(document, { role: 'textbox', name: 'CPR-nummer' }, opts).element?.id).toBe('self');
    expect(resolveTarget(document, { role: 'combobox', name: 'By' }, opts).element?.id).toBe('combo');
  });
});
