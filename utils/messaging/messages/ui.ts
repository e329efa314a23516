/** Messages about loading the overlay's heavier UI into a tab. */
export interface UiMessages {
  /** Inject `overlay-ui.js` into the sender's frame (once; a second call is a no-op there). */
  'ui.load': { req: Record<string, never>; res: { loaded: true }; from: 'content' };
}
