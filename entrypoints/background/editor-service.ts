import { browser } from 'wxt/browser';
import { pickerSessionItem } from '@/components/editor/model/picker-session';
import type { PickedElement, PickerMode, PickerSession } from '@/utils/messaging/messages/editor';
import type { PageRef } from '@/utils/messaging/protocol';

/** Most clicks a recording keeps: a guide has at most 50 steps. */
const MAX_RECORDED = 50;

export interface PickerService {
  start(url: string, mode: PickerMode, editorTabId?: number): Promise<PickerSession>;
  stop(): Promise<PickerSession | null>;
  /** The picker script in `tabId` asks what to do. */
  hello(tabId: number, page: PageRef): Promise<{ mode: PickerMode | null; sessionId: string | null }>;
  element(tabId: number, sessionId: string, element: PickedElement): Promise<{ recorded: number }>;
  stopFromTab(tabId: number, sessionId: string): Promise<void>;
}

/**
 * Orchestrates the element picker and the flow recorder between the editor page and a live tab.
 * The session lives in `storage.session`; the picker script is (re)injected into the session's tab
 * every time a page finishes loading there, so a recording follows the librarian across pages.
 */
export function createPickerService(): PickerService {
  const inject = async (tabId: number) => {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/picker.js'] });
    } catch {
      // Not a page we may script (an unsupported site or an error page): the librarian can
      // navigate on to a supported page, and the next load injects again.
    }
  };

  const active = async (tabId: number, sessionId?: string) => {
    const session = await pickerSessionItem.getValue();
    if (!session || session.status !== 'active' || session.tabId !== tabId) return null;
    if (sessionId !== undefined && session.id !== sessionId) return null;
    return session;
  };

  const finish = async (session: PickerSession, status: 'done' | 'cancelled', picked?: PickedElement) => {
    const next: PickerSession = { ...session, status, ...(picked ? { picked } : {}) };
    await pickerSessionItem.setValue(next);
    if (session.editorTabId !== undefined) {
      await browser.tabs.update(session.editorTabId, { active: true }).catch(() => undefined);
    }
    return next;
  };

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void active(tabId).then((session) => session && inject(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void active(tabId).then((session) => session && finish(session, 'cancelled'));
  });

  return {
    async start(url, mode, editorTabId) {
      const previous = await pickerSessionItem.getValue();
      // Reuse the previous session's tab when it is still open: the librarian keeps one work tab.
      let tab = previous ? await browser.tabs.get(previous.tabId).catch(() => undefined) : undefined;
      tab = tab?.id !== undefined ? await browser.tabs.update(tab.id, { url, active: true }) : undefined;
      tab ??= await browser.tabs.create({ url, active: true });
      if (tab?.id === undefined) throw new Error('Kunne ikke åbne en fane');
      const session: PickerSession = {
        id: crypto.randomUUID(),
        mode,
        tabId: tab.id,
        ...(editorTabId !== undefined ? { editorTabId } : {}),
        status: 'active',
        recorded: [],
      };
      await pickerSessionItem.setValue(session);
      return session;
    },
    async stop() {
      const session = await pickerSessionItem.getValue();
      if (!session) return null;
      if (session.status !== 'active') return session;
      const next: PickerSession = { ...session, status: session.mode === 'record' ? 'done' : 'cancelled' };
      await pickerSessionItem.setValue(next);
      // Tell the script in the tab to take its banner and listeners away.
      await browser.tabs.sendMessage(session.tabId, { vejviserPicker: 'stop' }).catch(() => undefined);
      return next;
    },
    async hello(tabId) {
      const session = await active(tabId);
      return session ? { mode: session.mode, sessionId: session.id } : { mode: null, sessionId: null };
    },
    async element(tabId, sessionId, element) {
      const session = await active(tabId, sessionId);
      if (!session) throw new Error('Ingen aktiv markering i denne fane');
      if (session.mode === 'pick') {
        await finish(session, 'done', element);
        return { recorded: 1 };
      }
      if (session.recorded.length >= MAX_RECORDED) throw new Error(`Højst ${MAX_RECORDED} trin kan optages`);
      const next = { ...session, recorded: [...session.recorded, element] };
      await pickerSessionItem.setValue(next);
      return { recorded: next.recorded.length };
    },
    async stopFromTab(tabId, sessionId) {
      const session = await active(tabId, sessionId);
      if (!session) return;
      await finish(session, session.mode === 'record' ? 'done' : 'cancelled');
    },
  };
}

/** The editor's background side (issue 7); `Services.editor`. */
export interface EditorService {
  picker: PickerService;
}

export function createEditorService(): EditorService {
  return { picker: createPickerService() };
}
