import { send } from '@/utils/messaging/client';
import { getStage, type StageExports, type StageName } from './stages';

/**
 * Asks the background for a later stage of the overlay UI (once at a time) and resolves with its
 * exports when they have arrived. Rejects when the background could not inject it (the extension
 * was reloaded): the caller goes on without it and may ask again later.
 */
export function createStageLoader<N extends StageName>(name: N): () => Promise<StageExports[N]> {
  let pending: Promise<StageExports[N]> | null = null;
  return () => {
    const here = getStage(name);
    if (here) return Promise.resolve(here);
    pending ??= send('ui.stage', { name })
      .then(() => {
        const loaded = getStage(name);
        if (!loaded) throw new Error(`stage ${name} did not register`);
        return loaded;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}
