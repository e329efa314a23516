import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AskSlot } from '@/components/guide/ask-slot';
import type { HelpView } from '@/utils/help/view';
import type { StageExports } from '@/utils/overlay/stages';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/utils/messaging/client', () => ({ send }));

const idle: HelpView = { rev: 1, channel: 'send', computer: 'PC 7', request: null };
const underWay: HelpView = { ...idle, rev: 2, request: { id: 'r1', state: 'sent', delivered: true } };
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

function setup() {
  const stage = { renderAsk: vi.fn(), mountPanel: vi.fn() } satisfies StageExports['overlay-panel'];
  const loadStage = vi.fn(async () => stage);
  let listener: ((msg: unknown) => void) | null = null;
  const slot = document.createElement('div');
  document.body.replaceChildren(slot);
  const ask = new AskSlot(slot, {
    loadStage,
    listen: (l) => {
      listener = l;
      return () => {
        listener = null;
      };
    },
  });
  ask.update({ guide: null, lang: 'da' });
  const push = (view: HelpView) => listener?.({ v: 1, type: 'help.changed', data: view });
  return { slot, stage, loadStage, push, hasListener: () => listener !== null };
}

beforeEach(() => send.mockReset());

describe('AskSlot', () => {
  it('is one plain button until pressed; the press fetches the flow, which acts on it and keeps focus', async () => {
    send.mockResolvedValue(idle);
    const { slot, stage, loadStage } = setup();
    await settle();
    const button = slot.querySelector('button');
    expect(button?.textContent).toBe('Spørg personalet');
    // Which channel the policy gave, as AskStaff shows it.
    expect(slot.querySelector('.vv-ask')?.getAttribute('data-channel')).toBe('send');
    expect(loadStage).not.toHaveBeenCalled();
    button?.focus();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    // The second click of a double-click is not a second press.
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 2 }));
    await settle();
    expect(loadStage).toHaveBeenCalledTimes(1);
    expect(stage.renderAsk).toHaveBeenLastCalledWith(slot, {
      guide: null,
      lang: 'da',
      askOnMount: true,
      keepFocus: true,
    });
    expect(slot.querySelector('.vv-ask-button')).toBeNull();
  });

  it('hands over at once when a request is already under way, or one is pushed later', async () => {
    send.mockResolvedValue(underWay);
    const first = setup();
    await settle();
    expect(first.stage.renderAsk).toHaveBeenLastCalledWith(first.slot, expect.objectContaining({ askOnMount: false }));

    send.mockResolvedValue(idle);
    const second = setup();
    await settle();
    expect(second.loadStage).not.toHaveBeenCalled();
    second.push({ ...underWay, rev: 3 });
    await settle();
    expect(second.loadStage).toHaveBeenCalledTimes(1);
    // The flow listens itself from then on.
    expect(second.hasListener()).toBe(false);
  });

  it('ignores a malformed push', async () => {
    send.mockResolvedValue(idle);
    const { push, loadStage } = setup();
    await settle();
    push({ rev: 'x', request: { id: 1 } } as unknown as HelpView);
    await settle();
    expect(loadStage).not.toHaveBeenCalled();
  });
});
