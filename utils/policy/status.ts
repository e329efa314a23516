import type { AuthoringMode } from './types';

/** `default`: nothing known yet; `cache`: the last known policy; `managed`: read from the browser now. */
export type PolicySource = 'default' | 'cache' | 'managed';

/** Where the policy in force came from and what was wrong with it (shown on the options page). */
export interface PolicyStatus {
  source: PolicySource;
  hasManaged: boolean;
  warnings: string[];
  /** ISO time of the last managed read that completed. */
  readAt?: string;
  /** Why the managed read failed, if it did. */
  readError?: string;
}

export interface AuthoringStatus {
  mode: AuthoringMode;
  /** Whether the editor may be used now (mode `on`, or `pin` and unlocked). */
  allowed: boolean;
  /** With `pin`: seconds until another PIN may be tried after too many wrong ones. */
  retryAfterSeconds?: number;
}

export interface ExtraSiteStatus {
  pattern: string;
  /** The host permission it needs, e.g. `https://www.esbjerg.dk/*`. */
  origin: string;
  granted: boolean;
}

/** Where the last known raw policy is kept (storage.local), so help works before the managed read. */
export const LAST_KNOWN_KEY = 'policy.lastKnown';
