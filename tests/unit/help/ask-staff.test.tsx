import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AskStaff } from '@/components/ask-staff/AskStaff';
import { stringsFor } from '@/components/ask-staff/strings';
import type { HelpView } from '@/utils/help/view';
import { UI_LANGUAGES } from '@/utils/i18n/languages';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/utils/messaging/client', () => ({ send }));

const PC = 'PC 7 ved vinduet';
const view = (over: Partial<HelpView> = {}): HelpView => ({
  rev: 1,
  channel: 'send',
  computer: PC,
  request: null,
  ...over,
});

let root: HTMLElement;
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement | undefined;
const push = (v: HelpView, id = fakeBrowser.runtime.id) =>
  fakeBrowser.runtime.onMessage.trigger({ v: 1, type: 'help.changed', data: v }, { id }, () => {});

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  send.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('AskStaff', () => {
  it('asks for confirmation in one sentence that names the PC and says nothing typed is sent', async () => {
    send.mockResolvedValueOnce(view());
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    expect(send).toHaveBeenCalledWith('help.status', {});
    button('Spørg personalet')?.click();
    await settle();
    expect(status()).toBe(
      `Personalet får besked om, at der er brug for hjælp ved \u2068${PC}\u2069. Vi sender ikke, hvad du har skrevet.`,
    );
    expect(root.ownerDocument.activeElement?.textContent).toBe('Send besked');
  });

  it('mounted by a press on the hint card’s plain button, it acts on that press once the state is known', async () => {
    let answer: (v: HelpView) => void = () => {};
    send.mockReturnValueOnce(new Promise<HelpView>((resolve) => (answer = resolve)));
    render(<AskStaff guide={null} lang="da" askOnMount keepFocus />, root);
    await settle();
    // Until the help state is known, focus is on this component's own "Spørg personalet".
    const first = root.ownerDocument.activeElement;
    expect([first?.tagName, first?.textContent]).toEqual(['BUTTON', 'Spørg personalet']);
    answer(view());
    await settle();
    expect(status()).toContain('Personalet får besked');
    expect(root.ownerDocument.activeElement?.textContent).toBe('Send besked');

    render(null, root);
    send.mockResolvedValueOnce(view({ channel: 'none' }));
    render(<AskStaff guide={null} lang="da" askOnMount />, root);
    await settle();
    expect(root.querySelector('.vv-ask-title')?.textContent).toBe('Gå til skranken');
  });

  it('sends the page without query or fragment, the guide facts and the language', async () => {
    window.history.replaceState(null, '', '/flytning?cpr=0102031234#trin');
    send.mockResolvedValueOnce(view());
    const guide = { id: 'borger-flytning', title: 'Meld flytning', step: 2, steps: 3 };
    render(<AskStaff guide={guide} lang="en" />, root);
    await settle();
    button('Ask staff')?.click();
    await settle();
    send.mockResolvedValueOnce(view({ rev: 2, request: { id: 'r1', state: 'sending', delivered: false } }));
    button('Send message')?.click();
    await settle();
    expect(send).toHaveBeenLastCalledWith('help.request', {
      page: { origin: window.location.origin, path: '/flytning' },
      guide,
      language: 'en',
    });
    expect(status()).toBe('Sending a message to staff …');
  });

  it('shows each state the background pushes, and ignores an older or foreign one', async () => {
    send.mockResolvedValueOnce(view({ rev: 5, request: { id: 'r1', state: 'sending', delivered: false } }));
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    expect(status()).toBe('Vi sender besked til personalet …');
    await push(view({ rev: 6, request: { id: 'r1', state: 'failed', delivered: false } }));
    await settle();
    expect(status()).toBe('Vi kunne ikke give personalet besked. Gå til skranken. Vi prøver at sende igen.');
    await push(view({ rev: 4, request: { id: 'r1', state: 'sending', delivered: false } }));
    await push(view({ rev: 9, request: { id: 'r1', state: 'sending', delivered: false } }), 'someone-else');
    await settle();
    expect(status()).toMatch(/^Vi kunne ikke/);
    await push(view({ rev: 7, request: { id: 'r1', state: 'sent', delivered: true } }));
    await settle();
    expect(status()).toBe('Personalet har fået besked. Bliv siddende, så kommer vi.');
    expect(button('Annullér')).toBeDefined();
    expect(button('Luk')).toBeDefined();
  });

  it('cancels, then tells the citizen whether staff already got the message', async () => {
    send.mockResolvedValueOnce(view({ request: { id: 'r1', state: 'sent', delivered: true } }));
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    send.mockResolvedValueOnce(view({ rev: 2, request: { id: 'r1', state: 'cancelled', delivered: true } }));
    button('Annullér')?.click();
    await settle();
    expect(send).toHaveBeenLastCalledWith('help.cancel', { id: 'r1' });
    expect(status()).toMatch(/allerede fået den/);
    send.mockResolvedValueOnce(view({ rev: 3 }));
    button('Luk')?.click();
    await settle();
    expect(send).toHaveBeenLastCalledWith('help.dismiss', { id: 'r1' });
    expect(button('Spørg personalet')).toBeDefined();
  });

  it('keeps focus on the pressed button while the background answers, then moves it to the next one', async () => {
    send.mockResolvedValueOnce(view({ request: { id: 'r1', state: 'failed', delivered: false } }));
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    let answer: (v: HelpView) => void = () => {};
    send.mockReturnValueOnce(new Promise<HelpView>((r) => (answer = r)));
    const cancel = button('Annullér');
    cancel?.focus();
    cancel?.click();
    await settle();
    // Busy, but still focused: a disabled button would have dropped focus to the page.
    expect(cancel?.getAttribute('aria-disabled')).toBe('true');
    expect(cancel?.disabled).toBe(false);
    expect(root.ownerDocument.activeElement).toBe(cancel);
    cancel?.click();
    expect(send).toHaveBeenCalledTimes(2);
    // The background's push comes before the answer and removes the focused button.
    await push(view({ rev: 2, request: { id: 'r1', state: 'cancelled', delivered: false } }));
    answer(view({ rev: 2, request: { id: 'r1', state: 'cancelled', delivered: false } }));
    await settle();
    expect(root.ownerDocument.activeElement?.textContent).toBe('Luk');
  });

  it('ignores the second click of a double-click', async () => {
    send.mockResolvedValueOnce(view());
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    button('Spørg personalet')?.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 2 }));
    await settle();
    expect(button('Send besked')).toBeUndefined();
  });

  it('shows a large go-to-the-desk card with the PC label when there is no staff channel', async () => {
    send.mockResolvedValueOnce(view({ channel: 'none' }));
    render(<AskStaff guide={null} lang="da" prominent />, root);
    await settle();
    button('Spørg personalet')?.click();
    await settle();
    expect(root.querySelector('.vv-ask')?.getAttribute('data-state')).toBe('desk');
    const [title, text] = [...root.querySelectorAll('[role="status"] p')].map((p) => p.textContent);
    expect(title).toBe('Gå til skranken');
    expect(text).toBe(`Eller ræk hånden op, så kommer vi. Sig, at du sidder ved \u2068${PC}\u2069.`);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tells the citizen to go to the desk when the background cannot be reached', async () => {
    send.mockResolvedValueOnce(view());
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    button('Spørg personalet')?.click();
    await settle();
    send.mockRejectedValueOnce(new Error('Extension context invalidated'));
    button('Send besked')?.click();
    await settle();
    expect(status()).toMatch(/Gå til skranken/);
  });

  it('is right-to-left in Arabic', async () => {
    send.mockResolvedValueOnce(view());
    render(<AskStaff guide={null} lang="ar" />, root);
    await settle();
    const el = root.querySelector('.vv-ask');
    expect(el?.getAttribute('dir')).toBe('rtl');
    expect(el?.getAttribute('lang')).toBe('ar');
  });

  it('stops listening for pushes when it is unmounted', async () => {
    send.mockResolvedValueOnce(view());
    render(<AskStaff guide={null} lang="da" />, root);
    await settle();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    render(null, root);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('the AskStaff texts', () => {
  it('exist in Danish, English, Ukrainian and Arabic, and fall back to Danish', () => {
    const tables = UI_LANGUAGES.map((lang) => stringsFor(lang));
    expect(new Set(tables).size).toBe(UI_LANGUAGES.length);
    for (const t of tables) {
      for (const [key, value] of Object.entries(t)) {
        const text = typeof value === 'function' ? value('PC 1') : value;
        expect(text, key).toMatch(/\S/);
      }
    }
    expect(stringsFor('fr').ask).toBe('Spørg personalet');
    expect(stringsFor('en-GB').ask).toBe('Ask staff');
  });

  it('keep Danish sentences short (at most 20 words each)', () => {
    const da = stringsFor('da');
    for (const value of Object.values(da)) {
      const text = typeof value === 'function' ? value('PC 7') : value;
      for (const sentence of text.split(/[.!?]\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
    }
  });
});
