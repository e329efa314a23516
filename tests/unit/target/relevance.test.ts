/**
 * Which mutations can matter to a watched Target (utils/target/relevance.ts). Real
 * MutationObserver records from happy-dom, observed as TargetWatch observes the page. Each
 * "matters" case is also checked against resolve: a change the filter lets through must be one
 * after which a resolve can find something new, and one it drops must not be.
 */
import { getRole } from 'dom-accessibility-api';
import { describe, expect, it } from 'vitest';
import type { Target } from '@/utils/pack/types';
import {
  type AbsentContext,
  BULK_RECORDS,
  mayAffectShown,
  WATCH_OBSERVE as OBSERVE,
  overlaps,
  roleSelector,
  StyleSheetWatch,
  TargetInterest,
} from '@/utils/target/relevance';
import { resolveForWatch, resolveTarget } from '@/utils/target/resolve';
import { byId, opts, page, shadow } from './dom';

/** The records `mutate` produces, as TargetWatch would receive them (document and given shadow roots). */
function recordsOf(mutate: () => void, roots: Node[] = []): MutationRecord[] {
  const mo = new MutationObserver(() => {});
  for (const root of [document, ...roots]) mo.observe(root, OBSERVE);
  mutate();
  const records = mo.takeRecords();
  mo.disconnect();
  return records;
}

const none: AbsentContext = { contenders: [], shadowRoots: [] };

function matters(target: Target | Target[], mutate: () => void, ctx: AbsentContext = none, roots: Node[] = []) {
  return new TargetInterest(target).mayChangeResolution(recordsOf(mutate, roots), ctx).matters;
}

/** While `element` is shown: may the records of `mutate` have removed, hidden or resized it? */
const affects = (element: Element, mutate: () => void) => mayAffectShown(recordsOf(mutate), element);

const found = (target: Target | Target[]) => resolveTarget(document, target, opts).element?.id ?? null;

const START: Target = { role: 'button', name: 'Start flytning' };

const FORM = `
  <header><a href="/">borger.dk</a><button id="login">Log på</button></header>
  <main><h1>Meld flytning</h1>
    <div id="slot"></div>
    <label>Ny adresse <input id="address"></label>
    <button id="send">Send</button>
    <section id="news" aria-label="Nyheder"></section>
  </main>`;

/** One tick of the benchmark's churn: news items prepended, old ones dropped, an attribute changed. */
function churnTick(n: number): void {
  const box = byId('news');
  for (let i = 0; i < 5; i++) {
    const item = document.createElement('div');
    item.className = 'item';
    const b = document.createElement('b');
    b.textContent = `Nyhed ${n}-${i}`;
    item.append(b, ` opdateret kl. ${n}`);
    box.prepend(item);
    if (box.childElementCount > 8) box.lastElementChild?.remove();
  }
  box.firstElementChild?.setAttribute('class', `item tick-${n}`);
}

describe('while the target is absent, page churn beside it', () => {
  it('cannot matter to a role + name, label, text or css Target when the news items hold none of it', () => {
    page(FORM);
    for (let n = 0; n < 3; n++) churnTick(n);
    const targets: (Target | Target[])[] = [
      START,
      { label: 'Gammel adresse' },
      { text: 'Start flytning' },
      { css: '#start' },
      { role: 'button', name: { regex: '^start' } },
      [{ role: 'link', name: 'Flytning' }, { text: 'Flytning nu' }],
    ];
    for (const t of targets)
      expect(
        matters(t, () => churnTick(9)),
        JSON.stringify(t),
      ).toBe(false);
  });

  it('matters to a text Target once a news item holds the text', () => {
    page(FORM);
    expect(matters({ text: 'Nyhed 9-3' }, () => churnTick(9))).toBe(true);
    expect(found({ text: 'Nyhed 9-3' })).not.toBeNull();
  });
});

describe('while the target is absent, a heavy batch (many records under one parent)', () => {
  /** More items than BULK_RECORDS prepended to the news section in one batch. */
  const flood =
    (extra = '') =>
    () => {
      const box = byId('news');
      for (let i = 0; i < BULK_RECORDS + 4; i++) {
        const item = document.createElement('div');
        item.innerHTML = i === 3 ? extra : `<b>Nyhed ${i}</b> opdateret`;
        box.prepend(item);
      }
    };

  it('is dismissed as a whole when nothing under the parent could be a candidate', () => {
    page(FORM);
    expect(matters(START, flood())).toBe(false);
    expect(matters({ label: 'Gammel adresse' }, flood())).toBe(false);
  });

  it('still notices the target among the items, by name, role attribute or label', () => {
    page(FORM);
    expect(matters(START, flood('<button id="start">Start flytning</button>'))).toBe(true);
    page(FORM);
    expect(matters(START, flood('<span id="start" role="button">Start flytning</span>'))).toBe(true);
    page(`${FORM}<input id="old">`);
    expect(matters({ label: 'Gammel adresse' }, flood('<label for="old">Gammel adresse</label>'))).toBe(true);
  });

  it('cannot see inside a new shadow root (TargetWatch resolves at least every RECHECK_MS for that)', () => {
    page(FORM);
    const host = document.createElement('my-form');
    shadow(host, '<button>Start flytning</button>');
    const records = recordsOf(() => {
      flood()();
      byId('news').prepend(host);
    });
    expect(new TargetInterest(START).mayChangeResolution(records, none).matters).toBe(false);
  });
});

describe('while the target is absent, the target arriving', () => {
  it('matters when the button is added with its name, and resolve then finds it', () => {
    page(FORM);
    const add = () => {
      byId('slot').innerHTML = '<button id="start" type="button">Start flytning</button>';
    };
    expect(matters(START, add)).toBe(true);
    expect(found(START)).toBe('start');
  });

  it('matters when the name arrives after the button, in a text change or split over elements', () => {
    page(`${FORM}<button id="start"></button><button id="later">Start </button>`);
    expect(matters(START, () => byId('start').append('Start flytning'))).toBe(true);
    page(`${FORM}<button id="later">Start <b id="b"></b></button>`);
    expect(matters(START, () => byId('b').append('flytning'))).toBe(true);
    expect(found(START)).toBe('later');
    page(`${FORM}<button id="later">Start <b id="b">x</b></button>`);
    expect(matters(START, () => ((byId('b').firstChild as Text).data = 'flytning'))).toBe(true);
  });

  it('matters when the name is in an attribute: aria-label, alt, a button input’s value', () => {
    page(FORM);
    const add = (html: string) => () => {
      byId('slot').innerHTML = html;
    };
    expect(matters(START, add('<button id="start" aria-label="Start flytning"><svg></svg></button>'))).toBe(true);
    expect(matters(START, add('<button id="start"><img alt="Start flytning"></button>'))).toBe(true);
    expect(matters(START, add('<input id="start" type="submit" value="Start flytning">'))).toBe(true);
    expect(found(START)).toBe('start');
    // A button without any of it, or a text field (whose value is never read), does not.
    expect(matters(START, add('<button>Annuller</button><input value="Start flytning">'))).toBe(false);
  });

  it('matters when an existing button gets its name from aria-label, or from text it refers to', () => {
    page(`${FORM}<button id="icon" aria-labelledby="lbl"></button><span id="lbl"></span>`);
    expect(matters(START, () => byId('lbl').append('Start flytning'))).toBe(true);
    expect(found(START)).toBe('icon');
    page(`${FORM}<button id="icon"></button>`);
    expect(matters(START, () => byId('icon').setAttribute('aria-label', 'Start flytning'))).toBe(true);
    expect(matters(START, () => byId('icon').setAttribute('aria-label', 'Luk'))).toBe(false);
  });

  it('matters to a label Target when a label arrives for an existing field, or a field inside a label', () => {
    const target: Target = { label: 'Gammel adresse' };
    page(`${FORM}<input id="old">`);
    const label = () => {
      byId('slot').innerHTML = '<label for="old">Gammel adresse:</label>';
    };
    expect(matters(target, label)).toBe(true);
    expect(found(target)).toBe('old');
    page(`${FORM}<label id="wrap">Gammel adresse </label>`);
    expect(
      matters(target, () => byId('wrap').append(Object.assign(document.createElement('input'), { id: 'old' }))),
    ).toBe(true);
    expect(found(target)).toBe('old');
  });

  it('matters to a css Target when the node or something inside it matches', () => {
    page(FORM);
    expect(matters({ css: '.step-1 button' }, () => (byId('slot').innerHTML = '<div class="x"><b></b></div>'))).toBe(
      false,
    );
    expect(
      matters(
        { css: '.step-1 button' },
        () => (byId('slot').innerHTML = '<div class="step-1"><button></button></div>'),
      ),
    ).toBe(true);
  });

  it('decides a regex name conservatively: any added element that can have the role matters', () => {
    page(FORM);
    const target: Target = { role: 'button', name: { regex: '^start' } };
    expect(matters(target, () => (byId('slot').innerHTML = '<button>Annuller</button>'))).toBe(true);
    expect(matters(target, () => (byId('slot').innerHTML = '<p>Start</p>'))).toBe(false);
  });

  it('finds a target added inside a new open shadow root, and reports the root for observing', () => {
    page(FORM);
    const host = document.createElement('my-form');
    shadow(host, '<button id="start">Start flytning</button>');
    const verdict = new TargetInterest(START).mayChangeResolution(
      recordsOf(() => byId('slot').append(host)),
      none,
    );
    expect(verdict).toEqual({ matters: true, shadowRoots: [host.shadowRoot] });

    const quiet = document.createElement('my-news');
    shadow(quiet, '<p>Nyhed</p>');
    const other = new TargetInterest(START).mayChangeResolution(
      recordsOf(() => byId('slot').append(quiet)),
      none,
    );
    expect(other).toEqual({ matters: false, shadowRoots: [quiet.shadowRoot] });
  });

  it('sees changes inside an observed shadow root', () => {
    page(`${FORM}<my-form id="host"></my-form>`);
    const root = shadow(byId('host'), '<div id="in"></div>');
    expect(matters(START, () => (byId('in', root).innerHTML = '<button>Start flytning</button>'), none, [root])).toBe(
      true,
    );
  });
});

describe('while the target is absent, an attribute change', () => {
  it('matters when it may reveal a hidden candidate inside the element, not elsewhere', () => {
    page(
      `${FORM}<div id="panel" class="closed"><button id="start" hidden>Start flytning</button></div><div id="other"></div>`,
    );
    expect(matters(START, () => byId('panel').setAttribute('class', 'open'))).toBe(true);
    expect(matters(START, () => byId('other').setAttribute('class', 'open'))).toBe(false);
    expect(matters(START, () => byId('send').setAttribute('hidden', ''))).toBe(false);
    expect(matters(START, () => byId('start').removeAttribute('hidden'))).toBe(true);
  });

  it('matters above an open shadow root that holds a candidate', () => {
    page(`${FORM}<div id="panel" hidden><my-form id="host"></my-form></div>`);
    const root = shadow(byId('host'), '<button id="start">Start flytning</button>');
    const ctx: AbsentContext = { contenders: [], shadowRoots: [root] };
    expect(matters(START, () => byId('panel').removeAttribute('hidden'), ctx)).toBe(true);
    expect(matters(START, () => byId('panel').removeAttribute('hidden'))).toBe(false);
  });

  it('matters when an element gets the role, or an id a label refers to', () => {
    page(`${FORM}<div id="fake">Start flytning</div><input id="x"><label for="old">Gammel adresse</label>`);
    expect(matters(START, () => byId('fake').setAttribute('role', 'button'))).toBe(true);
    expect(matters({ label: 'Gammel adresse' }, () => byId('x').setAttribute('id', 'old'))).toBe(true);
  });
});

describe('while the target is absent, losing a match', () => {
  it('matters when it removes one of two ambiguous matches, so the other can win', () => {
    page(`${FORM}<div id="a"><button id="s1">Send</button></div>`);
    const target: Target = { role: 'button', name: 'Send' };
    const first = resolveForWatch(document, target, opts);
    expect(first.element).toBeNull();
    expect(first.contenders.map((el) => el.id)).toEqual(['send', 's1']);
    const ctx: AbsentContext = { contenders: first.contenders, shadowRoots: [] };
    expect(matters(target, () => byId('a').remove(), ctx)).toBe(true);
    expect(found(target)).toBe('send');
  });

  it('matters when an ambiguous match is hidden or renamed, but churn elsewhere does not', () => {
    page(`${FORM}<div id="a"><button id="s1">Send</button></div>`);
    const target: Target = { role: 'button', name: 'Send' };
    const ctx: AbsentContext = { contenders: resolveForWatch(document, target, opts).contenders, shadowRoots: [] };
    expect(matters(target, () => byId('a').setAttribute('hidden', ''), ctx)).toBe(true);
    expect(matters(target, () => ((byId('s1').firstChild as Text).data = 'Sendt'), ctx)).toBe(true);
    expect(matters(target, () => churnTick(1), ctx)).toBe(false);
  });
});

describe('while the target is absent, what never matters and what always does', () => {
  it('ignores our own overlay host, <head> and what is typed into an editable region', () => {
    page(`${FORM}<div id="ed" contenteditable="true"></div>`);
    const host = document.createElement('vejviser-overlay');
    expect(matters({ text: 'Start flytning' }, () => document.body.append(host))).toBe(false);
    expect(matters({ text: 'Start flytning' }, () => host.setAttribute('style', 'display:none'))).toBe(false);
    const script = document.createElement('script');
    expect(matters(START, () => document.head.append(script))).toBe(false);
    expect(matters({ text: 'Start flytning' }, () => byId('ed').append('Start flytning'))).toBe(false);
  });

  it('treats a new or edited style sheet as able to reveal anything', () => {
    page(FORM);
    const style = document.createElement('style');
    expect(matters(START, () => document.head.append(style))).toBe(true);
    expect(matters(START, () => style.append('#start { display: block }'))).toBe(true);
  });

  it('treats a :has() selector as depending on anything, and :nth-child on the siblings under a change', () => {
    page(FORM);
    expect(matters({ css: 'main:has(.item) #send' }, () => churnTick(1))).toBe(true);
    page(`${FORM}<ul id="list"><li><a id="l1" href="#">1</a></li></ul>`);
    const nth: Target = { css: '#list li:nth-child(2) a' };
    const add = () => byId('list').prepend(document.createElement('li'));
    expect(matters(nth, add)).toBe(true);
    expect(matters(nth, () => churnTick(1))).toBe(false);
  });

  it('lets nothing matter to a Target that can match nothing (an invalid selector, a bad key)', () => {
    page(FORM);
    expect(matters({ css: 'button[' }, () => (byId('slot').innerHTML = '<button>Start flytning</button>'))).toBe(false);
    expect(new TargetInterest({ role: 42 } as unknown as Target).canMatch).toBe(false);
    expect(new TargetInterest({ within: { css: '#x' } } as Target).canMatch).toBe(false);
  });

  it('follows `within`: the container getting its name matters', () => {
    page(`${FORM}<fieldset id="box"><legend id="h"></legend><button id="b">Send</button></fieldset>`);
    const target: Target = { role: 'button', name: 'Send', within: { role: 'group', name: 'Kontakt os' } };
    expect(found(target)).toBeNull();
    expect(matters(target, () => byId('h').append('Kontakt os'))).toBe(true);
    expect(found(target)).toBe('b');
  });
});

describe('while the target is shown', () => {
  it('ignores changes beside it', () => {
    page(`${FORM}<button id="start">Start flytning</button>`);
    const el = byId('start');
    expect(affects(el, () => churnTick(1))).toBe(false);
    expect(affects(el, () => byId('send').setAttribute('hidden', ''))).toBe(false);
  });

  it('notices it or an ancestor removed or hidden, and its content changed', () => {
    page(`<div id="wrap"><button id="start">Start <b id="b">flytning</b></button></div>`);
    const el = byId('start');
    expect(affects(el, () => el.remove())).toBe(true);
    page(`<div id="wrap"><button id="start">Start <b id="b">flytning</b></button></div>`);
    const again = byId('start');
    expect(affects(again, () => byId('wrap').setAttribute('class', 'closed'))).toBe(true);
    expect(affects(again, () => byId('b').setAttribute('hidden', ''))).toBe(true);
    expect(affects(again, () => byId('b').append('!'))).toBe(true);
    expect(affects(again, () => byId('b').firstChild?.replaceWith('flytning'))).toBe(true);
    expect(affects(again, () => byId('wrap').remove())).toBe(true);
  });
});

describe('StyleSheetWatch', () => {
  it('notices a style sheet added or removed anywhere, also deep inside a removed subtree', () => {
    page('<div id="widget"><style>#x { display: none }</style><p>w</p></div><p id="p">p</p>');
    const sheets = new StyleSheetWatch();
    expect(sheets.changed(document)).toBe(false);
    byId('p').setAttribute('class', 'y');
    expect(sheets.changed(document)).toBe(false);
    byId('widget').remove();
    expect(sheets.changed(document)).toBe(true);
    expect(sheets.changed(document)).toBe(false);
    document.head.append(Object.assign(document.createElement('style'), { textContent: 'p { color: red }' }));
    expect(sheets.changed(document)).toBe(true);
  });
});

describe('helpers', () => {
  it('a role selector covers every element dom-accessibility-api gives that role', () => {
    page(`<a href="#">a</a><a>no</a><area href="#"><article></article><aside></aside><button></button>
      <datalist></datalist><dd></dd><details><summary>s</summary></details><dialog></dialog><dt></dt>
      <fieldset><legend>l</legend></fieldset><figure></figure><form></form><footer></footer><header></header>
      <h1>1</h1><h4>4</h4><hr><img alt="x"><img alt=""><li></li><main></main><menu></menu><nav></nav><ol></ol>
      <select><optgroup><option>o</option></optgroup></select><select multiple></select><output></output>
      <progress></progress><section></section><table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>
      <textarea></textarea><ul></ul><input><input type="button"><input type="image"><input type="reset">
      <input type="submit"><input type="checkbox"><input type="radio"><input type="range"><input type="email">
      <input type="tel"><input type="url"><input type="search"><input type="number"><input list="dl">
      <div role="tab">t</div><span role="menuitem switch">m</span><div role="none" aria-label="x"></div>`);
    for (const el of document.body.querySelectorAll('*')) {
      const role = getRole(el);
      if (role) expect(el.matches(roleSelector(role)), `${el.outerHTML} → ${role}`).toBe(true);
    }
  });

  it('overlaps: a piece inside the needle, holding it, or overlapping either end', () => {
    expect(overlaps('startflytning', 'flytning')).toBe(true);
    expect(overlaps('flyt', 'startflytning')).toBe(true);
    expect(overlaps('ningxyz', 'startflytning')).toBe(true);
    expect(overlaps('xyzsta', 'startflytning')).toBe(true);
    expect(overlaps('nyhed12', 'startflytning')).toBe(false);
    expect(overlaps('', 'startflytning')).toBe(false);
  });
});
