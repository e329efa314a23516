/** The help request, `vejviser/help-request@1` (shared/CONTRACTS.md §3). Only these fields, ever. */

export const HELP_REQUEST_FORMAT = 'vejviser/help-request@1';

export interface HelpRequestGuide {
  id: string;
  title: string;
  /** 1-based step number. */
  step: number;
  steps: number;
}

export interface HelpRequest {
  format: typeof HELP_REQUEST_FORMAT;
  /** Idempotency key: a retried request keeps its id. */
  id: string;
  createdAt: string;
  library: string;
  computer: string;
  site: string;
  path: string;
  guide: HelpRequestGuide | null;
  language: string;
}

/** What the citizen is shown; always the true state of the request. */
export type HelpRequestState = 'sending' | 'sent' | 'failed' | 'cancelled';
