import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pickerSessionItem } from '@/components/editor/model/picker-session';
import { createPickerService } from '@/entrypoints/background/editor-service';
import { PickedElementSchema } from '@/entrypoints/background/routes/editor';
import type { PickedElement } from '@/utils/messaging/messages/editor';

const element = (path = '/flytning'): PickedElement => ({
  page: { origin: 'https://www.borger.dk', path },
  proposals: [{ kind: 'role', count: 1, target: { role: 'button', name: 'Log på' } }],
  say: 'Klik på **Log på**.',
  field: false,
});

let injected: number[];

beforeEach(() => {
  injected = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (inj) => {
    injected.push(inj.target.tabId);
    return [];
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});

describe('the picker service', () => {
  it('opens a tab, answers only that tab, and finishes a pick with the chosen element', async () => {
    const service = createPickerService();
    const editorTab = await fakeBrowser.tabs.create({ url: 'chrome-extension://x/options.html' });
    const session = await service.start('https://www.borger.dk/flytning', 'pick', editorTab.id);
    expect(session).toMatchObject({ mode: 'pick', status: 'active', recorded: [] });
    const tab = await fakeBrowser.tabs.get(session.tabId);
    expect(tab.url).toBe('https://www.borger.dk/flytning');

    expect(await service.hello(session.tabId, element().page)).toEqual({ mode: 'pick', sessionId: session.id });
    expect(await service.hello(999, element().page)).toEqual({ mode: null, sessionId: null });
    await expect(service.element(999, session.id, element())).rejects.toThrow('Ingen aktiv markering');
    await expect(service.element(session.tabId, 'old-session', element())).rejects.toThrow();

    await service.element(session.tabId, session.id, element());
    const done = await pickerSessionItem.getValue();
    expect(done).toMatchObject({ status: 'done', picked: element() });
    // The editor's tab is brought back to the front.
    expect((await fakeBrowser.tabs.get(editorTab.id as number)).active).toBe(true);
    expect(await service.hello(session.tabId, element().page)).toEqual({ mode: null, sessionId: null });
  });

  it('re-injects the picker after every page load in the session tab, and only there', async () => {
    const service = createPickerService();
    const session = await service.start('https://www.borger.dk/', 'record');
    const other = await fakeBrowser.tabs.create({ url: 'https://www.skat.dk/' });
    const loaded = async (tabId: number) =>
      fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, await fakeBrowser.tabs.get(tabId));
    await loaded(other.id as number);
    await fakeBrowser.tabs.onUpdated.trigger(
      session.tabId,
      { status: 'loading' },
      await fakeBrowser.tabs.get(session.tabId),
    );
    expect(injected).toEqual([]);
    await loaded(session.tabId);
    await vi.waitFor(() => expect(injected).toContain(session.tabId));
    expect(injected).not.toContain(other.id);
  });

  it('keeps every recorded click in order until the librarian stops', async () => {
    const service = createPickerService();
    const session = await service.start('https://www.borger.dk/', 'record');
    expect(await service.element(session.tabId, session.id, element('/'))).toEqual({ recorded: 1 });
    expect(await service.element(session.tabId, session.id, element('/flytning'))).toEqual({ recorded: 2 });
    const stopped = await service.stop();
    expect(stopped?.status).toBe('done');
    expect(stopped?.recorded.map((r) => r.page.path)).toEqual(['/', '/flytning']);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(session.tabId, { vejviserPicker: 'stop' });
    await expect(service.element(session.tabId, session.id, element())).rejects.toThrow();
  });

  it('cancels the session when its tab is closed or Escape is pressed there', async () => {
    const service = createPickerService();
    const first = await service.start('https://www.borger.dk/', 'pick');
    await service.stopFromTab(first.tabId, first.id);
    expect((await pickerSessionItem.getValue())?.status).toBe('cancelled');
    const second = await service.start('https://www.borger.dk/', 'pick');
    expect(second.id).not.toBe(first.id);
    // (fake-browser's tabs.remove looks up the wrong window, so trigger the event as Chrome would.)
    await fakeBrowser.tabs.onRemoved.trigger(second.tabId, { isWindowClosing: false, windowId: 1 });
    await vi.waitFor(async () => expect((await pickerSessionItem.getValue())?.status).toBe('cancelled'));
  });
});

describe('what the picker may send', () => {
  const valid = (data: unknown) => v.safeParse(PickedElementSchema, data).success;

  it('is an element with a page, proposals and a draft text', () => {
    expect(valid(element())).toBe(true);
  });

  it('never carries a query string, unknown fields or an unbounded list', () => {
    expect(valid({ ...element(), page: { origin: 'https://www.borger.dk', path: '/s?cpr=0102031234' } })).toBe(false);
    expect(valid({ ...element(), value: '0102031234' })).toBe(false);
    expect(valid({ ...element(), proposals: [{ kind: 'css', count: 1, target: { css: 'a', value: 'x' } }] })).toBe(
      false,
    );
    expect(valid({ ...element(), proposals: Array(11).fill(element().proposals[0]) })).toBe(false);
    expect(valid({ ...element(), say: 'x'.repeat(501) })).toBe(false);
  });
});
