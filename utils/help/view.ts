import { HELP_CHANGED } from '@/utils/messaging/messages/help';
import type { HelpRequestState } from './types';

/**
 * What the citizen's "Spørg personalet" UI needs to show the true state. Pushed by the background
 * to every tab on each change (`help.changed`) and returned by every help message.
 */
export interface HelpView {
  /** Increases with every change, so a stale answer never overwrites a newer push. */
  rev: number;
  /** `none`: nothing is sent; the citizen is told to go to the desk or raise a hand. */
  channel: 'send' | 'none';
  /** The PC's label from policy ("PC 7 ved vinduet"), or "". */
  computer: string;
  /** The request shown to the citizen, or null when there is none. */
  request: { id: string; state: HelpRequestState; delivered: boolean } | null;
}

const STATES: readonly string[] = ['sending', 'sent', 'failed', 'cancelled'];

/** Guard for a pushed view (the content script checks what arrives, like the background does). */
export function isHelpView(value: unknown): value is HelpView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.rev !== 'number' || (v.channel !== 'send' && v.channel !== 'none') || typeof v.computer !== 'string') {
    return false;
  }
  if (v.request === null) return true;
  const r = v.request as Record<string, unknown> | undefined;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    STATES.includes(r.state as string) &&
    typeof r.delivered === 'boolean'
  );
}

/** A `help.changed` push from the background carrying a valid view. */
export function isHelpChanged(msg: unknown): msg is { data: HelpView } {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  return m.v === 1 && m.type === HELP_CHANGED && isHelpView(m.data);
}
