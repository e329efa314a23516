import type { UiLanguage } from '@/utils/i18n/languages';
import type { StageName } from '@/utils/overlay/stages';

/** Messages about loading the overlay's heavier UI into a tab. */
export interface UiMessages {
  /**
   * Inject `overlay-ui.js` into the sender's frame (once; a second call is a no-op there), after
   * the texts of the citizen's language when it is not Danish.
   */
  'ui.load': { req: Record<string, never>; res: { loaded: true }; from: 'content' };
  /** Inject the texts of one more citizen language (`locale-<lang>.js`) into the sender's frame. */
  'ui.language': { req: { lang: UiLanguage }; res: { loaded: true }; from: 'content' };
  /** Inject a later stage of the overlay UI (`<name>.js`, utils/overlay/stages.ts) into the sender's frame. */
  'ui.stage': { req: { name: StageName }; res: { loaded: true }; from: 'content' };
}
