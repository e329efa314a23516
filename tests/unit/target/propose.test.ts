import { describe, expect, it } from 'vitest';
import { draftSay, proposeTargets } from '@/utils/target/propose';
import { findAll } from '@/utils/target/resolve';
import { byId, opts, page, shadow } from './dom';

describe('proposeTargets', () => {
  it('proposes role + name first, then text, then CSS, each with how many it matches now', () => {
    page('<nav><a id="f" href="/flytning">Flytning</a></nav><p>Om flytning</p>');
    const proposed = proposeTargets(byId('f'), document, opts);
    expect(proposed.map((p) => p.kind)).toEqual(['role', 'text', 'text', 'css']);
    expect(proposed[0]).toEqual({ kind: 'role', target: { role: 'link', name: 'Flytning' }, count: 1 });
    // "Flytning" is also inside "Om flytning": the text Target is ambiguous, and says so.
    expect(proposed[1]).toEqual({ kind: 'text', target: { text: 'Flytning' }, count: 2 });
    expect(proposed[2]).toEqual({ kind: 'text', target: { text: 'Flytning', nth: 0 }, count: 1 });
    expect(proposed.at(-1)).toMatchObject({ kind: 'css', count: 1 });
    const css = proposed.at(-1)?.target.css ?? '';
    expect(document.querySelector(css)).toBe(byId('f'));
  });

  it('proposes the label for a form field, not its text', () => {
    page('<label for="t">Telefonnummer</label><input id="t" name="phone" type="tel">');
    const proposed = proposeTargets(byId('t'), document, opts);
    expect(proposed.map((p) => p.kind)).toEqual(['role', 'label', 'css']);
    expect(proposed[0]?.target).toEqual({ role: 'textbox', name: 'Telefonnummer' });
    expect(proposed[1]).toEqual({ kind: 'label', target: { label: 'Telefonnummer' }, count: 1 });
  });

  it('adds an nth variant that points at this element when a Target matches several', () => {
    page('<button>Ret</button><button id="second">Ret</button>');
    const proposed = proposeTargets(byId('second'), document, opts);
    expect(proposed[0]).toEqual({ kind: 'role', target: { role: 'button', name: 'Ret' }, count: 2 });
    expect(proposed[1]).toEqual({ kind: 'role', target: { role: 'button', name: 'Ret', nth: 1 }, count: 1 });
    const [found] = findAll(document, proposed[1]?.target ?? {}, opts);
    expect(found).toBe(byId('second'));
  });

  it('proposes a CSS selector that works inside the element’s own shadow root', () => {
    page('<div id="host"></div>');
    const root = shadow(byId('host'), '<div class="card"><button id="b">Send</button></div>');
    const proposed = proposeTargets(byId('b', root), document, opts);
    const css = proposed.find((p) => p.kind === 'css');
    expect(css?.count).toBe(1);
    expect(findAll(document, css?.target ?? {}, opts)).toEqual([byId('b', root)]);
  });

  it('proposes nothing but CSS for an element with neither role, name nor short text', () => {
    page('<div><span id="s"></span></div>');
    expect(proposeTargets(byId('s'), document, opts).map((p) => p.kind)).toEqual(['css']);
  });
});

describe('draftSay', () => {
  it('drafts one plain Danish action from what the element is', () => {
    page(`<button id="b">Log på</button><a id="a" href="/x">Flytning</a>
      <label>Telefonnummer <input id="t"></label><label><input id="c" type="checkbox"> Jeg accepterer</label>
      <label><input id="r" type="radio" name="x"> Ja</label><label for="s">Kommune</label><select id="s"></select>
      <button id="icon"></button>`);
    expect(draftSay(byId('b'))).toBe('Klik på **Log på**.');
    expect(draftSay(byId('a'))).toBe('Klik på **Flytning**.');
    expect(draftSay(byId('t'))).toBe('Skriv i feltet **Telefonnummer**.');
    expect(draftSay(byId('c'))).toBe('Sæt flueben ved **Jeg accepterer**.');
    expect(draftSay(byId('r'))).toBe('Vælg **Ja**.');
    expect(draftSay(byId('s'))).toBe('Vælg i listen **Kommune**.');
    expect(draftSay(byId('icon'))).toBe('Klik her.');
  });
});
