import type { DBSchema } from 'idb';

/**
 * The background's IndexedDB schema. Only extension contexts open it: a content script's
 * `indexedDB` belongs to the government site's origin, so content scripts never touch it.
 *
 * Each version's changes live in `migrations/NNN-*.ts` with a golden fixture in
 * `tests/unit/db/fixtures/`; `DB_VERSION` is the newest.
 */
export const DB_NAME = 'vejviser';
export const DB_VERSION = 1;

/** Stored packs, one record per (source, pack id). Filled in by the guide store. */
export interface StoredPackRecord {
  key: string;
  source: 'builtin' | 'policy' | 'local';
  packId: string;
  [field: string]: unknown;
}

/** A help request waiting for delivery or kept for its state. Filled in by the help service. */
export interface StoredHelpRequest {
  id: string;
  [field: string]: unknown;
}

/** Guide-health counters per guide step. Filled in by the engine's health service. */
export interface StoredHealthRecord {
  key: string;
  [field: string]: unknown;
}

export interface VejviserDB extends DBSchema {
  packs: { key: string; value: StoredPackRecord; indexes: { bySource: string } };
  helpRequests: { key: string; value: StoredHelpRequest };
  health: { key: string; value: StoredHealthRecord };
  meta: { key: string; value: { key: string; value: unknown } };
}
