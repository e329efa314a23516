import type { StepHealth } from '@/utils/messaging/messages/editor';

/** "5. dec. 2026 kl. 10.15" — dates in the library are for people, in Danish. */
export function danishDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** One line on a step's health, e.g. "Fejler siden 28. nov. 2026 kl. 10.15 på /flytning (3 gange, fundet 12)". */
export function healthText(h: StepHealth): string {
  if (!h.broken) {
    // Repaired after the last time it was found: the new target has not been tried yet.
    if (awaitingTry(h)) {
      return `Repareret ${danishDateTime(h.repairedAt)}. Ikke prøvet af en borger siden.`;
    }
    return h.found + h.notFound === 0 ? 'Ikke brugt endnu.' : `Virker (fundet ${h.found}, ikke fundet ${h.notFound}).`;
  }
  // After a success the first failure of the current run is unknown: say when it last worked.
  const since = h.lastFoundAt
    ? ` (virkede sidst ${danishDateTime(h.lastFoundAt)})`
    : h.firstFailedAt
      ? ` siden ${danishDateTime(h.firstFailedAt)}`
      : '';
  const where = h.lastFailPath ? ` på ${h.lastFailPath}` : '';
  return `Fejler${since}${where}: ikke fundet ${h.notFound} ${h.notFound === 1 ? 'gang' : 'gange'}, fundet ${h.found}.`;
}

/** A step a librarian repaired that no citizen has tried since (see healthText). */
export function awaitingTry(h: StepHealth): h is StepHealth & { repairedAt: string } {
  return !h.broken && !!h.repairedAt && (!h.lastFoundAt || h.repairedAt > h.lastFoundAt);
}

/** The first broken step of a guide (index into `health`), or -1. */
export function firstBroken(health: StepHealth[]): number {
  return health.findIndex((h) => h.broken);
}
