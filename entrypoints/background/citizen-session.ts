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
