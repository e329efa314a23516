import { describe, expect, it, vi } from 'vitest';
import { type CardVariant, HintCard } from '@/components/guide/hint-card';
import { richText } from '@/components/guide/rich-text';
import type { Step } from '@/utils/pack/types';

const step = (over: Partial<Step> = {}): Step => ({ id: 's', say: 'Klik på **Næste**.', ...over }) as Step;
const onStep = (index: number, over: Partial<Step> = {}): CardVariant => ({
  type: 'step',
  step: step(over),
  index,
  total: 3,
  anchored: true,
  lookFor: null,
});

function setup() {
  const actions = { onNext: vi.fn(), onBack: vi.fn(), onClose: vi.fn(), onReturn: vi.fn(), onSpeak: vi.fn() };
  const card = new HintCard(document, actions);
  document.body.replaceChildren(card.root);
  const show = (variant: CardVariant, stepKey = 'k', lang = 'da') =>
    card.update({ stepKey, guideTitle: 'Meld flytning', variant, lang, readAloud: true, speechNote: null });
  const visible = (name: string) =>
    [...card.root.querySelectorAll('button')].find((b) => !b.closest('[hidden]') && b.textContent === name);
  return { card, actions, show, visible };
}

describe('HintCard', () => {
  it('keeps its buttons from one step to the next, so focus stays on Næste', () => {
    const { show, visible, actions } = setup();
    show(onStep(0), 'a');
    const next = visible('Næste');
    next?.focus();
    show(onStep(1), 'b');
    expect(visible('Næste')).toBe(next);
    expect(document.activeElement).toBe(next);
    next?.click();
    expect(actions.onNext).toHaveBeenCalledTimes(1);
    show(onStep(2), 'c');
    expect(visible('Færdig')).toBe(next);
  });

  it('shows only the buttons of each kind of card', () => {
    const { show, visible } = setup();
    show(onStep(0));
    expect(visible('Tilbage')?.disabled).toBe(true);
    expect(visible('Gå tilbage til vejledningen')).toBeUndefined();
    show({ type: 'off-track', returnUrl: 'https://www.borger.dk/' });
    expect(visible('Næste')).toBeUndefined();
    expect(visible('Gå tilbage til vejledningen')).toBeDefined();
    show({ type: 'off-track', returnUrl: null });
    expect(visible('Gå tilbage til vejledningen')).toBeUndefined();
    show({ type: 'finished' });
    expect(visible('Tilbage')?.disabled).toBe(false);
    expect(visible('Luk')).toBeDefined();
  });

  it('folds "Vis mere" again on the next step, and marks a text that fell back to Danish', () => {
    const { card, show, visible } = setup();
    show(onStep(0, { more: 'Mere **tekst**.' }), 'a');
    visible('Vis mere')?.click();
    expect(card.root.querySelector('.vv-more')?.hasAttribute('hidden')).toBe(false);
    expect(visible('Vis mindre')?.getAttribute('aria-expanded')).toBe('true');
    show(onStep(1, { more: 'Mere.' }), 'b');
    expect(card.root.querySelector('.vv-more')?.hasAttribute('hidden')).toBe(true);
    // A language without its own text for a key: that text alone is Danish, and says so.
    show(onStep(1), 'b', 'xx');
    expect(card.root.querySelector('.vv-stepno span')?.getAttribute('lang')).toBe('da');
  });
});

describe('richText', () => {
  it('makes bold and line breaks, and never parses markup', () => {
    const holder = document.createElement('p');
    holder.append(...richText(document, 'Klik **Send**\n<img src=x onerror=alert(1)>'));
    expect(holder.innerHTML).toBe('Klik <strong>Send</strong><br>&lt;img src=x onerror=alert(1)&gt;');
    expect(holder.querySelector('img')).toBeNull();
  });
});
