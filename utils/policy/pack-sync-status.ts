/**
 * What the pack sync reports to librarians (the `packs.syncStatus` message). Messages are Danish:
 * the editor shows them as they are.
 */
export type PackSyncState = 'pending' | 'ok' | 'failed';

export interface PackSyncEntry {
  url: string;
  state: PackSyncState;
  /** Plain Danish, for librarians: what happened on the last attempt. */
  message: string;
  /** The `sha256` IT pinned for this URL, if any. */
  sha256?: string;
  etag?: string;
  packId?: string;
  version?: string;
  guideCount?: number;
  /** ISO times. */
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  /** Set when the last attempt failed but an earlier good copy is still offered. */
  usingLastGood?: boolean;
}

export interface PackSyncStatus {
  running: boolean;
  lastRunAt?: string;
  /** When the alarm will refresh next (ISO), if packs are configured. */
  nextRunAt?: string;
  entries: PackSyncEntry[];
}

/** Where the background keeps the status (storage.local); the options page watches it. */
export const SYNC_STATUS_KEY = 'packSync.status';
