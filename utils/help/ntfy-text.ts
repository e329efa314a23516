import type { HelpRequest } from './types';

/** Danish names of the citizen's language, for staff. */
const LANGUAGE_NAMES: Record<string, string> = {
  da: 'dansk',
  en: 'engelsk',
  uk: 'ukrainsk',
  ar: 'arabisk',
};

export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag] ?? tag;
}

/** "PC 7 ved vinduet" or, without a label, a neutral stand-in. */
export function computerName(request: HelpRequest): string {
  return request.computer || 'En PC';
}

/** "Meld flytning, trin 2 af 3", or null outside a guide. */
export function guideLine(request: HelpRequest): string | null {
  const g = request.guide;
  return g ? `${g.title}, trin ${g.step} af ${g.steps}` : null;
}

/** "www.borger.dk/flytning": where the citizen is (never a query or fragment: the request has none). */
export function pageLine(request: HelpRequest): string {
  return `${request.site}${request.path}`;
}

/**
 * The short Danish sentence staff read first, e.g.
 * `PC 7 ved vinduet har brug for hjælp: Meld flytning, trin 2 af 3`.
 */
export function helpSentence(request: HelpRequest): string {
  const guide = guideLine(request);
  return `${computerName(request)} har brug for hjælp${guide ? `: ${guide}` : ` på ${pageLine(request)}`}`;
}

/** Staff-facing time of day in Danish time, e.g. "kl. 11.15". */
export function timeOfDay(iso: string): string {
  const time = new Intl.DateTimeFormat('da-DK', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(iso));
  return `kl. ${time}`;
}
