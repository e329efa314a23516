import { afterEach, describe, expect, it, vi } from 'vitest';
import { controlFor, isTextField, type PickerDeps, startPicker } from '@/entrypoints/picker/picker';
import type { PickedElement } from '@/utils/messaging/messages/editor';

const CPR = '010203-1234';
let running: { destroy(): void } | undefined;

function setup(mode: PickerDeps['mode']) {
  document.body.innerHTML = `
    <main>
      <a href="#next" id="link"><span id="icon">→</span> Næste</a>
      <button id="login" type="button">Log på</button>
      <label for="cpr">CPR-nummer</label><input id="cpr" type="text" value="${CPR}">
      <input id="check" type="checkbox">
    </main>`;
  const reports: PickedElement[] = [];
  const deps: PickerDeps = {
    win: window as Window & typeof globalThis,
    mode,
    page: () => ({ origin: 'https://www.borger.dk', path: '/flytning' }),
    propose: (el) => [{ kind: 'css', count: 1, target: { css: `#${el.id}` } }],
    draftSay: (el) => `Klik på **${el.textContent?.trim()}**.`,
    report: vi.fn(async (element: PickedElement) => {
      reports.push(element);
      return { recorded: reports.length };
    }),
    stop: vi.fn(async () => ({})),
    isUserEvent: () => true,
  };
  const picker = startPicker(deps);
  running = picker;
  return { deps, reports, picker };
}

const click = (id: string) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  document.getElementById(id)?.dispatchEvent(event);
  return event;
};
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  running?.destroy();
  document.body.innerHTML = '';
  document.querySelector('vejviser-picker')?.remove();
});

describe('the picker', () => {
  it('knows which control a click means and which controls are text fields', () => {
    setup('pick').picker.destroy();
    expect(controlFor(document.getElementById('icon') as Element).id).toBe('link');
    expect(isTextField(document.getElementById('cpr') as Element)).toBe(true);
    expect(isTextField(document.getElementById('check') as Element)).toBe(false);
    expect(isTextField(document.getElementById('login') as Element)).toBe(false);
  });

  it('in pick mode reports the clicked control, keeps the page from reacting, and removes itself', async () => {
    const { reports, deps } = setup('pick');
    expect(document.querySelector('vejviser-picker')).not.toBeNull();
    const pageHandler = vi.fn();
    document.getElementById('login')?.addEventListener('click', pageHandler);
    const event = click('icon');
    expect(event.defaultPrevented).toBe(true);
    await flush();
    expect(deps.report).toHaveBeenCalledTimes(1);
    expect(reports[0]).toEqual({
      page: { origin: 'https://www.borger.dk', path: '/flytning' },
      proposals: [{ kind: 'css', count: 1, target: { css: '#link' } }],
      say: 'Klik på **→ Næste**.',
      field: false,
    });
    expect(document.querySelector('vejviser-picker')).toBeNull();
    click('login');
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(deps.report).toHaveBeenCalledTimes(1);
  });

  it('in record mode notes each click, then lets it happen for real', async () => {
    const { reports } = setup('record');
    const pageHandler = vi.fn();
    document.getElementById('login')?.addEventListener('click', pageHandler);
    const first = click('login');
    expect(first.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    await flush();
    await flush();
    // The held click was replayed once after the step was stored, and not recorded twice.
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(reports).toHaveLength(1);
    expect(document.querySelector('vejviser-picker')?.shadowRoot?.textContent).toContain('1 trin optaget.');
  });

  it('records a click into a text field as an input step, never its value, and lets the click through', async () => {
    const { reports } = setup('record');
    const input = document.getElementById('cpr') as HTMLInputElement;
    const event = click('cpr');
    expect(event.defaultPrevented).toBe(false);
    input.value = `${CPR}9`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.field).toBe(true);
    expect(JSON.stringify(reports)).not.toContain(CPR.slice(0, 6));
  });

  it('stops on Escape and tells the background', () => {
    const { deps } = setup('record');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(deps.stop).toHaveBeenCalledTimes(1);
    expect(document.querySelector('vejviser-picker')).toBeNull();
    click('login');
    expect(deps.report).not.toHaveBeenCalled();
  });

  it('picks the focused element with Enter', async () => {
    const { reports } = setup('pick');
    const button = document.getElementById('login') as HTMLButtonElement;
    button.focus();
    button.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }),
    );
    await flush();
    expect(reports[0]?.proposals[0]?.target).toEqual({ css: '#login' });
  });
});
