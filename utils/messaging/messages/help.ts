import type { HelpRequestGuide } from '@/utils/help/types';
import type { HelpView } from '@/utils/help/view';
import type { PageRef } from '../protocol';

/**
 * "Spørg personalet" (contracts §3). The content script sends only the page (origin + path), the
 * guide's facts and the language; the background adds library, computer, id and time from policy.
 * Every answer is the current `HelpView`; changes are also pushed to the tabs as `help.changed`.
 */
export interface HelpMessages {
  'help.status': { req: Record<string, never>; res: HelpView; from: 'any' };
  /** Ask staff. While a request is still pending, pressing again returns that one: one request. */
  'help.request': {
    req: { page: PageRef; guide: HelpRequestGuide | null; language: string };
    res: HelpView;
    from: 'any';
  };
  /** Stop trying to deliver; a delivered request stays delivered (staff are not told). */
  'help.cancel': { req: { id: string }; res: HelpView; from: 'any' };
  /** The citizen closes a finished request's message; its record is deleted. */
  'help.dismiss': { req: { id: string }; res: HelpView; from: 'any' };
}

/** Pushed from the background to content scripts with `tabs.sendMessage` (not routed). */
export const HELP_CHANGED = 'help.changed';

export interface HelpChangedMessage {
  v: 1;
  type: typeof HELP_CHANGED;
  data: HelpView;
}
