import { describe, expect, it } from 'vitest';
import type { Target } from '@/utils/pack/types';
import { countMatches, findAll, resolveTarget } from '@/utils/target/resolve';
import { byId, opts, page, shadow } from './dom';

const ids = (els: Element[]) => els.map((el) => el.id);

describe('role + name', () => {
  it('matches the accessible name case-insensitively, whitespace-collapsed and exactly', () => {
    page(`<a id="a" href="/flytning">  Meld
      FLYTNING </a><a id="b" href="/x">Meld flytning af adresse</a>`);
    expect(ids(findAll(document, { role: 'link', name: 'meld flytning' }, opts))).toEqual(['a']);
    expect(countMatches(document, { role: 'link', name: 'Meld' }, opts)).toBe(0);
  });

  it('matches a name regex case-insensitively, anywhere in the name', () => {
    page('<button id="a">Log på</button><button id="b">LOG IND med MitID</button><button id="c">Log ud</button>');
    expect(ids(findAll(document, { role: 'button', name: { regex: '^log (på|ind)' } }, opts))).toEqual(['a', 'b']);
    expect(ids(findAll(document, { role: 'button', name: { regex: 'mitid' } }, opts))).toEqual(['b']);
  });

  it('treats an invalid regex as matching nothing instead of throwing', () => {
    page('<button>Log på (</button>');
    expect(() => resolveTarget(document, { role: 'button', name: { regex: '(' } }, opts)).not.toThrow();
    expect(resolveTarget(document, { role: 'button', name: { regex: '(' } }, opts)).toEqual({
      element: null,
      strategy: -1,
      counts: [0],
    });
  });

  it('knows the implicit roles of native elements', () => {
    page(`
      <a id="link" href="/x">x</a><a id="nolink">not a link</a>
      <button id="btn">b</button><input id="submit" type="submit" value="Send"><input id="ibtn" type="button" value="Gem">
      <input id="text"><input id="tel" type="tel"><input id="email" type="email"><textarea id="area"></textarea>
      <input id="search" type="search"><input id="num" type="number">
      <input id="check" type="checkbox"><input id="radio" type="radio">
      <h1 id="h1">1</h1><h3 id="h3">3</h3><h6 id="h6">6</h6>
      <select id="select"><option>A</option></select><select id="multi" multiple><option>A</option></select>
      <div id="tab" role="tab">Fane</div><span id="menuitem" role="menuitem">Punkt</span>
      <div id="plain">nothing</div>`);
    const roleOf = (role: string) => ids(findAll(document, { role }, opts));
    expect(roleOf('link')).toEqual(['link']);
    expect(roleOf('button')).toEqual(['btn', 'submit', 'ibtn']);
    expect(roleOf('textbox')).toEqual(['text', 'tel', 'email', 'area']);
    expect(roleOf('searchbox')).toEqual(['search']);
    expect(roleOf('spinbutton')).toEqual(['num']);
    expect(roleOf('checkbox')).toEqual(['check']);
    expect(roleOf('radio')).toEqual(['radio']);
    expect(roleOf('heading')).toEqual(['h1', 'h3', 'h6']);
    expect(roleOf('combobox')).toEqual(['select']);
    expect(roleOf('listbox')).toEqual(['multi']);
    expect(roleOf('tab')).toEqual(['tab']);
    expect(roleOf('MenuItem')).toEqual(['menuitem']);
  });

  it('uses the name from input values of buttons, aria-label, and content', () => {
    page(`<input id="submit" type="submit" value="Send ansøgning">
      <button id="icon" aria-label="Luk vinduet"><svg></svg></button>
      <button id="nested"><span>Gå</span> <strong>videre</strong></button>`);
    expect(resolveTarget(document, { role: 'button', name: 'Send ansøgning' }, opts).element?.id).toBe('submit');
    expect(resolveTarget(document, { role: 'button', name: 'luk vinduet' }, opts).element?.id).toBe('icon');
    expect(resolveTarget(document, { role: 'button', name: 'gå videre' }, opts).element?.id).toBe('nested');
  });

  it('follows aria-labelledby with several ids, in the order given', () => {
    page(`<span id="l1">Meld</span><span id="l2">flytning</span>
      <button id="b" aria-labelledby="l2 l1">x</button><button id="c" aria-labelledby="l1 l2">x</button>`);
    expect(resolveTarget(document, { role: 'button', name: 'meld flytning' }, opts).element?.id).toBe('c');
    expect(resolveTarget(document, { role: 'button', name: 'flytning meld' }, opts).element?.id).toBe('b');
  });

  it('names a field by its wrapping label and by label[for]', () => {
    page(`<label>Telefonnummer <input id="tlf"></label>
      <label for="mail">E-mail</label><input id="mail" type="email">`);
    expect(resolveTarget(document, { role: 'textbox', name: 'Telefonnummer' }, opts).element?.id).toBe('tlf');
    expect(resolveTarget(document, { role: 'textbox', name: 'e-mail' }, opts).element?.id).toBe('mail');
  });

  it('survives an aria-owns cycle, which makes the name library recurse without end', () => {
    page('<a id="loop" href="/x" aria-owns="loop">Flytning</a><a id="ok" href="/y">Flytning</a>');
    expect(() => resolveTarget(document, { role: 'link', name: 'Flytning' }, opts)).not.toThrow();
    expect(resolveTarget(document, { role: 'link', name: 'Flytning' }, opts).element?.id).toBe('ok');
  });

  it('matches any meaningful role when only a name is given', () => {
    page('<div id="d">Flytning</div><a id="a" href="/f">Flytning</a>');
    expect(ids(findAll(document, { name: 'Flytning' }, opts))).toEqual(['a']);
  });
});

describe('visibility', () => {
  it('skips a hidden duplicate and finds the visible one, whichever comes first', () => {
    for (const hide of [
      'hidden',
      'style="display:none"',
      'style="visibility:hidden"',
      'aria-hidden="true"',
      'data-nobox',
    ]) {
      page(`<button id="h" ${hide}>Log på</button><button id="v">Log på</button>`);
      const r = resolveTarget(document, { role: 'button', name: 'Log på' }, opts);
      expect(r.element?.id, hide).toBe('v');
      expect(r.counts, hide).toEqual([1]);
    }
  });

  it('skips elements inside hidden or aria-hidden ancestors', () => {
    page(`<div hidden><a href="/a">Flytning</a></div>
      <div style="display:none"><a href="/b">Flytning</a></div>
      <div aria-hidden="true"><span><a href="/c">Flytning</a></span></div>
      <div data-nobox><a href="/d">Flytning</a></div>`);
    expect(countMatches(document, { role: 'link', name: 'Flytning' }, opts)).toBe(0);
    expect(countMatches(document, { text: 'Flytning' }, opts)).toBe(0);
    expect(countMatches(document, { css: 'a' }, opts)).toBe(0);
  });
  it('reads a layout box only for the elements whose name matches, so an absent target reads none', () => {
    page('<button id="a">Log på</button><button id="b">Send</button><a id="c" href="/x">Log på</a>');
    const boxed: string[] = [];
    const counting = {
      hasBox: (el: Element) => {
        boxed.push(el.id);
        return true;
      },
    };
    expect(resolveTarget(document, { role: 'button', name: 'Start flytning' }, counting).element).toBeNull();
    expect(boxed).toEqual([]);
    expect(resolveTarget(document, { role: 'button', name: 'Log på' }, counting).element?.id).toBe('a');
    expect(boxed).toEqual(['a']);
  });

  // A visible child of a visibility:hidden parent is tested in real Chromium (tests/e2e/target-resolve.e2e.ts):
  // happy-dom's checkVisibility wrongly inherits the ancestors' visibility.
});

describe('label', () => {
  it('finds a field by label[for], wrapping label, aria-labelledby and aria-label', () => {
    page(`<label for="a">Fornavn</label><input id="a">
      <label>Efternavn <input id="b"></label>
      <span id="x">Din</span><span id="y">adresse</span><input id="c" aria-labelledby="x y">
      <input id="d" aria-label="Postnummer">
      <label>By <select id="e"><option>Esbjerg</option></select></label>`);
    const label = (text: string) => resolveTarget(document, { label: text }, opts).element?.id;
    expect(label('fornavn')).toBe('a');
    expect(label('EFTERNAVN')).toBe('b');
    expect(label('din  adresse')).toBe('c');
    expect(label('Postnummer')).toBe('d');
    expect(label('By')).toBe('e');
    expect(label('adresse')).toBeUndefined();
  });

  it('ignores a trailing required marker or colon in the label', () => {
    page(
      '<label for="t">Telefonnummer <span aria-hidden="true">*</span></label><input id="t"><label>Navn: <input id="n"></label>',
    );
    expect(resolveTarget(document, { label: 'Telefonnummer' }, opts).element?.id).toBe('t');
    expect(resolveTarget(document, { label: 'Navn' }, opts).element?.id).toBe('n');
  });

  it('finds only form fields, not the label or a button', () => {
    page('<label for="b">Send</label><button id="b">Send</button><span aria-label="Send">x</span>');
    expect(countMatches(document, { label: 'Send' }, opts)).toBe(0);
  });
});

describe('text', () => {
  it('finds the innermost element that holds the text, even across inline markup', () => {
    page('<main><div><p id="p">Du kan <strong id="s">melde flytning</strong> her.</p></div></main>');
    expect(resolveTarget(document, { text: 'melde flytning' }, opts).element?.id).toBe('s');
    expect(resolveTarget(document, { text: 'kan MELDE' }, opts).element?.id).toBe('p');
  });

  it('counts every innermost occurrence, so a repeated text is ambiguous', () => {
    page('<ul><li id="a">Flytning</li><li id="b">Flytning til udlandet</li></ul>');
    expect(ids(findAll(document, { text: 'flytning' }, opts))).toEqual(['a', 'b']);
    expect(resolveTarget(document, { text: 'flytning' }, opts).element).toBeNull();
  });

  it('does not count script, style or template content as text', () => {
    page(
      '<script>var s = "Flytning";</script><style>.Flytning{}</style><template><p>Flytning</p></template><p id="p">Flytning</p>',
    );
    expect(ids(findAll(document, { text: 'flytning' }, opts))).toEqual(['p']);
  });

  it('combined with a role, matches the element of that role whose text contains it', () => {
    page('<button id="a"><span>Log på</span> med MitID</button><button id="b">Log ud</button>');
    expect(resolveTarget(document, { role: 'button', text: 'log på' }, opts).element?.id).toBe('a');
  });
});

describe('css', () => {
  it('matches a selector and treats an invalid one as matching nothing', () => {
    page('<form id="f"><button class="primary" id="b">OK</button></form>');
    expect(resolveTarget(document, { css: '#f .primary' }, opts).element?.id).toBe('b');
    expect(() => countMatches(document, { css: '##nope[' }, opts)).not.toThrow();
    expect(countMatches(document, { css: '##nope[' }, opts)).toBe(0);
  });
});

describe('shadow DOM', () => {
  it('searches open shadow roots, nested ones too, for every strategy', () => {
    page('<div id="host"></div>');
    const root = shadow(byId('host'), '<button id="send">Send</button><div id="inner"></div>');
    const inner = shadow(
      byId('inner', root),
      '<label>Kommentar <textarea id="c"></textarea></label><p id="p">Læs mere</p>',
    );
    expect(resolveTarget(document, { role: 'button', name: 'Send' }, opts).element).toBe(byId('send', root));
    expect(resolveTarget(document, { label: 'Kommentar' }, opts).element).toBe(byId('c', inner));
    expect(resolveTarget(document, { text: 'læs mere' }, opts).element).toBe(byId('p', inner));
    expect(resolveTarget(document, { css: '#send' }, opts).element).toBe(byId('send', root));
  });

  it('cannot search closed shadow roots', () => {
    page('<div id="host"></div>');
    shadow(byId('host'), '<button>Send</button>', 'closed');
    expect(countMatches(document, { role: 'button', name: 'Send' }, opts)).toBe(0);
  });

  it('lists shadow content in document order, right after its host', () => {
    page('<button id="a">X</button><div id="host"><button id="c">X</button></div><button id="d">X</button>');
    shadow(byId('host'), '<button id="b">X</button><slot></slot>');
    expect(ids(findAll(document, { role: 'button', name: 'X' }, opts))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never finds the overlay’s own UI', () => {
    page('<vejviser-overlay id="ours"></vejviser-overlay><button id="page">Log på</button>');
    shadow(byId('ours'), '<button>Log på</button><p>Klik på Log på.</p>');
    expect(resolveTarget(document, { role: 'button', name: 'Log på' }, opts).element?.id).toBe('page');
    expect(resolveTarget(document, { text: 'Klik på' }, opts).element).toBeNull();
  });
});

describe('within and nth', () => {
  it('within: finds the element inside the element another Target matches', () => {
    page(`<section aria-label="Adresse"><h2>Adresse</h2><button id="a">Ret</button></section>
      <section aria-label="Telefon"><h2>Telefon</h2><button id="t">Ret</button></section>`);
    expect(countMatches(document, { role: 'button', name: 'Ret' }, opts)).toBe(2);
    const r = resolveTarget(
      document,
      { role: 'button', name: 'Ret', within: { role: 'region', name: 'Telefon' } },
      opts,
    );
    expect(r.element?.id).toBe('t');
    expect(countMatches(document, { role: 'button', within: { css: 'nav' } }, opts)).toBe(0);
  });

  it('within works recursively and across a shadow boundary', () => {
    page('<div id="outer"><div id="host"></div></div><div id="other"><button>Ret</button></div>');
    shadow(byId('host'), '<ul><li><button id="b">Ret</button></li></ul>');
    const t = { role: 'button', name: 'Ret', within: { css: 'li', within: { css: '#outer' } } };
    expect(findAll(document, t, opts).map((el) => el.id)).toEqual(['b']);
  });

  it('nth picks the intended one of several visible matches and counts as one', () => {
    page('<button id="h" hidden>Vælg</button><button id="a">Vælg</button><button id="b">Vælg</button>');
    const r = resolveTarget(document, { role: 'button', name: 'Vælg', nth: 1 }, opts);
    expect(r).toEqual({ element: byId('b'), strategy: 0, counts: [1] });
    expect(resolveTarget(document, { role: 'button', name: 'Vælg', nth: 2 }, opts).counts).toEqual([0]);
  });
});

describe('lists of Targets', () => {
  it('falls through when the first Target matches two, and reports the counts', () => {
    page('<a href="/a">Flytning</a><a href="/b">Flytning</a><p id="p">Meld flytning her</p>');
    const r = resolveTarget(document, [{ role: 'link', name: 'Flytning' }, { text: 'meld flytning' }], opts);
    expect(r).toEqual({ element: byId('p'), strategy: 1, counts: [2, 1] });
  });

  it('falls through when the first Target matches none, and stops at the first that wins', () => {
    page('<button id="b">Næste</button>');
    const r = resolveTarget(document, [{ css: '.gone' }, { role: 'button', name: 'Næste' }, { text: 'Næste' }], opts);
    expect(r).toEqual({ element: byId('b'), strategy: 1, counts: [0, 1] });
  });

  it('reports -1 and every count when nothing wins', () => {
    page('<button>A</button><button>A</button>');
    expect(resolveTarget(document, [{ role: 'button', name: 'A' }, { text: 'B' }], opts)).toEqual({
      element: null,
      strategy: -1,
      counts: [2, 0],
    });
  });

  it('a malformed Target matches nothing and never throws', () => {
    page('<button>A</button><label>A <input></label>');
    const bad = [
      { role: 7 },
      { label: ['A'] },
      { text: null },
      { css: {} },
      { role: 'button', name: { regex: 5 } },
      { role: 'button', name: 42 },
      { role: 'button', nth: '0' },
      { role: 'button', within: 'body' },
    ] as unknown as Target[];
    expect(() => resolveTarget(document, bad, opts)).not.toThrow();
    expect(resolveTarget(document, bad, opts).counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(resolveTarget(document, [null, 'button'] as unknown as Target[], opts).counts).toEqual([0, 0]);
  });

  it('a Target without any way to find an element matches nothing', () => {
    page('<button>A</button>');
    expect(resolveTarget(document, [{}, { nth: 0 }, { within: { css: 'body' } }], opts).counts).toEqual([0, 0, 0]);
  });
});

describe('the root node', () => {
  it('searches only inside an element root, not the root itself', () => {
    page('<div id="a"><button id="in">OK</button></div><button id="out">OK</button>');
    expect(resolveTarget(byId('a'), { role: 'button', name: 'OK' }, opts).element?.id).toBe('in');
    expect(countMatches(byId('in'), { role: 'button' }, opts)).toBe(0);
  });

  it('searches a shadow root given as root', () => {
    page('<div id="host"></div><button>OK</button>');
    const root = shadow(byId('host'), '<button id="s">OK</button>');
    expect(resolveTarget(root, { role: 'button', name: 'OK' }, opts).element?.id).toBe('s');
  });

  it('follows the DOM as it changes: a late-rendered target is found on the next resolve', () => {
    page('<main id="m"></main>');
    const t = { role: 'button', name: 'Fortsæt' };
    expect(resolveTarget(document, t, opts).element).toBeNull();
    byId('m').innerHTML = '<button id="late">Fortsæt</button>';
    expect(resolveTarget(document, t, opts).element?.id).toBe('late');
    byId('m').innerHTML = '<button id="rerendered">Fortsæt</button>';
    expect(resolveTarget(document, t, opts).element?.id).toBe('rerendered');
  });
});
