/**
 * `TargetInterest.mayBePresent`: after a pause, may a match be anywhere in the page? It stands in
 * for a whole resolve, so it must never say "no" where resolve finds the target (checked against
 * resolve on every page below), and it should say "no" where no candidate could be named so.
 */
import { describe, expect, it } from 'vitest';
import type { Target } from '@/utils/pack/types';
import { TargetInterest } from '@/utils/target/relevance';
import { resolveTarget } from '@/utils/target/resolve';
import { byId, opts, page, shadow } from './dom';

const START: Target = { role: 'button', name: 'Start flytning' };

const FORM = `
  <header><a href="/">borger.dk</a><button id="login">Log på</button></header>
  <main><h1>Meld flytning</h1>
    <p>Tryk på knappen for at starte.</p>
    <div id="slot"></div>
    <label>Ny adresse <input id="address"></label>
    <button id="send">Send</button>
    <section id="news" aria-label="Nyheder"><div class="item"><b>Nyhed 1</b> opdateret</div></section>
  </main>`;

const present = (target: Target | Target[], roots: ShadowRoot[] = []) =>
  new TargetInterest(target).mayBePresent(document, roots);

const found = (target: Target | Target[]) => resolveTarget(document, target, opts).element;

describe('mayBePresent', () => {
  it('says no when no candidate of the role could carry the name, though its words are elsewhere on the page', () => {
    page(FORM);
    expect(found(START)).toBeNull();
    expect(present(START)).toBe(false);
    expect(present({ role: 'link', name: 'Start flytning' })).toBe(false);
    expect(present({ label: 'Telefon' })).toBe(false);
  });

  it('says yes wherever resolve finds the target, however the name is given', () => {
    const ways = [
      '<button id="t">Start flytning</button>',
      '<button id="t"><span>Start</span> <b>flytning</b></button>',
      '<button id="t" aria-label="Start flytning"><svg></svg></button>',
      '<button id="t"><img src="x.png" alt="Start flytning"></button>',
      '<div id="t" role="button" tabindex="0">Start flytning</div>',
      '<input id="t" type="submit" value="Start flytning">',
      '<span id="n">Start flytning</span><button id="t" aria-labelledby="n"></button>',
      '<button id="t" title="Start flytning"></button>',
    ];
    for (const way of ways) {
      page(FORM);
      byId('slot').innerHTML = way;
      expect(found(START), way).toBe(byId('t'));
      expect(present(START), way).toBe(true);
    }
  });

  it('says yes for a candidate that is there but hidden: what the pause missed may have shown it', () => {
    page(FORM);
    byId('slot').innerHTML = '<button id="t" hidden>Start flytning</button>';
    expect(found(START)).toBeNull();
    expect(present(START)).toBe(true);
  });

  it('looks in the open shadow roots it is given, and not in others', () => {
    page(`${FORM}<my-form id="host"></my-form>`);
    const root = shadow(byId('host'), '<button id="t">Start flytning</button>');
    expect(found(START)).toBe(byId('t', root));
    expect(present(START, [root])).toBe(true);
    // The watch's periodic full resolve is what finds a target in a shadow root it did not know.
    expect(present(START)).toBe(false);
  });

  it('finds a field by its label, and answers the other Targets of a list too', () => {
    page(FORM);
    expect(present({ label: 'Ny adresse' })).toBe(true);
    expect(present([START, { role: 'button', name: 'Send' }])).toBe(true);
  });

  it('says yes when it cannot tell: a regex name, a text Target, or :has()', () => {
    page(FORM);
    expect(present({ role: 'button', name: { regex: '^start' } })).toBe(true);
    expect(present({ text: 'Start flytning' })).toBe(true);
    expect(present({ css: 'main:has(#slot)' })).toBe(true);
  });

  it('never reads what is typed into an editable region: such a candidate is a "maybe" unread', () => {
    page(FORM);
    byId('slot').innerHTML =
      '<div id="t" contenteditable="true" role="textbox" aria-label="Noter">Jeg hedder 010101-1234</div>';
    Object.defineProperty(byId('t'), 'textContent', {
      get() {
        throw new Error('the citizen’s text was read');
      },
    });
    expect(present({ role: 'textbox', name: 'Start flytning' })).toBe(true);
  });

  it('says no for a Target that can match nothing', () => {
    page(FORM);
    expect(present({ css: 'button[' })).toBe(false);
    expect(present({ role: 42 } as unknown as Target)).toBe(false);
  });
});
