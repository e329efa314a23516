import type { IDBPDatabase } from 'idb';
import type { StoredHealthRecord, VejviserDB } from '@/utils/db/schema';
import type { HealthOutcome, HealthRecord } from '@/utils/messaging/messages/engine';

export interface HealthEvent {
  guideId: string;
  stepId: string;
  outcome: HealthOutcome;
  /** The page's path only: no origin details beyond the guide, no query, no fragment. */
  path: string;
}

export interface HealthService {
  record(event: HealthEvent): Promise<HealthRecord>;
  list(): Promise<HealthRecord[]>;
  /**
   * A librarian saved a new target for these steps: failures before now no longer make them
   * broken. Steps without counters (never looked up) need nothing. Returns how many were marked.
   */
  markRepaired(guideId: string, stepIds: readonly string[]): Promise<number>;
}

/**
 * Guide-health counters per guide step in IndexedDB `health`, for the librarians' editor: how
 * often a step's target was found or not, since when it fails and where it last failed. Nothing
 * about the citizen is kept. Counters are not per-citizen state: they survive idle resets.
 */
export function createHealthService(
  db: Promise<IDBPDatabase<VejviserDB>>,
  now: () => number = Date.now,
): HealthService {
  return {
    async record({ guideId, stepId, outcome, path }) {
      const key = `${guideId}/${stepId}`;
      const tx = (await db).transaction('health', 'readwrite');
      const old = (await tx.store.get(key)) as (StoredHealthRecord & Partial<HealthRecord>) | undefined;
      const rec: HealthRecord = {
        key,
        guideId,
        stepId,
        found: old?.found ?? 0,
        notFound: old?.notFound ?? 0,
        ...(old?.firstFailedAt !== undefined && { firstFailedAt: old.firstFailedAt }),
        ...(old?.lastFailedAt !== undefined && { lastFailedAt: old.lastFailedAt }),
        ...(old?.lastFailPath !== undefined && { lastFailPath: old.lastFailPath }),
        ...(old?.lastFoundAt !== undefined && { lastFoundAt: old.lastFoundAt }),
        ...(old?.repairedAt !== undefined && { repairedAt: old.repairedAt }),
      };
      if (outcome === 'found') {
        rec.found++;
        // The editor (issue 7) shows a step as broken only while its latest lookup failed.
        rec.lastFoundAt = now();
      } else {
        const t = now();
        rec.notFound++;
        rec.firstFailedAt ??= t;
        rec.lastFailedAt = t;
        rec.lastFailPath = path;
      }
      await tx.store.put(rec as unknown as StoredHealthRecord);
      await tx.done;
      return rec;
    },
    async list() {
      return (await (await db).getAll('health')) as unknown as HealthRecord[];
    },
    async markRepaired(guideId, stepIds) {
      const tx = (await db).transaction('health', 'readwrite');
      const t = now();
      let marked = 0;
      for (const stepId of new Set(stepIds)) {
        const old = (await tx.store.get(`${guideId}/${stepId}`)) as (StoredHealthRecord & HealthRecord) | undefined;
        if (!old) continue;
        await tx.store.put({ ...old, repairedAt: t } as unknown as StoredHealthRecord);
        marked++;
      }
      await tx.done;
      return marked;
    },
  };
}
