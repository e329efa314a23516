import { browser } from 'wxt/browser';
import type { CitizenPrefs } from '@/utils/messaging/messages/engine';

/** Why a citizen's session ended: the PC was idle (a new citizen sits down) or it was reset by hand. */
export type ResetReason = 'idle' | 'manual' | 'startup';

/**
 * The per-citizen session. Everything that belongs to one citizen (guide progress, open panels,
 * language choice, pending help requests) subscribes to `onReset` and clears itself.
 */
export interface CitizenSession {
  onReset(listener: (reason: ResetReason) => void | Promise<void>): () => void;
  reset(reason: ResetReason): Promise<void>;
}

export function createCitizenSession(): CitizenSession {
  const listeners = new Set<(reason: ResetReason) => void | Promise<void>>();
  return {
    onReset(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async reset(reason) {
      // One failing listener must not keep the others from clearing their state.
      await Promise.allSettled([...listeners].map(async (l) => l(reason)));
    },
  };
}

/** The citizen's choices (language, larger text), kept in `storage.session`. */
export interface CitizenPrefsService {
  get(): Promise<CitizenPrefs>;
  set(patch: Partial<CitizenPrefs>): Promise<CitizenPrefs>;
}

const PREFS_KEY = 'citizen:prefs';
export const DEFAULT_PREFS: CitizenPrefs = { lang: 'da', largeText: false };

/**
 * Per-citizen choices live in `storage.session` (gone when the browser closes) and are cleared on
 * every reset, so the next citizen starts in Danish with normal text. `allowedLanguages` is
 * the policy's `languages`: a language it no longer allows falls back to Danish.
 */
export function createCitizenPrefs(session: CitizenSession, allowedLanguages: () => string[]): CitizenPrefsService {
  const store = browser.storage.session;
  const service: CitizenPrefsService = {
    async get() {
      const stored = (await store.get(PREFS_KEY))[PREFS_KEY] as Partial<CitizenPrefs> | undefined;
      const prefs = { ...DEFAULT_PREFS, ...stored };
      if (!allowedLanguages().includes(prefs.lang)) prefs.lang = 'da';
      return prefs;
    },
    async set(patch) {
      const next = { ...(await service.get()), ...patch };
      if (!allowedLanguages().includes(next.lang)) next.lang = 'da';
      await store.set({ [PREFS_KEY]: next });
      return next;
    },
  };
  session.onReset(() => store.remove(PREFS_KEY));
  return service;
}
