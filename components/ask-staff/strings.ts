import { getLocale } from '@/utils/i18n/catalog';
import { isolate } from '@/utils/i18n/isolate';

/**
 * The citizen's texts for "Spørg personalet", in Danish (the other languages are in utils/i18n/locales). Plain
 * language, short sentences, "du"-form in Danish. The PC label is Danish text inside possibly
 * right-to-left sentences, so it is wrapped in Unicode isolates (FSI … PDI).
 */
export interface AskStaffStrings {
  ask: string;
  confirm(pc: string): string;
  send: string;
  back: string;
  sending: string;
  sent: string;
  failed: string;
  cancel: string;
  cancelled: string;
  cancelledDelivered: string;
  close: string;
  deskTitle: string;
  desk(pc: string): string;
}

/** The button's label in Danish: also what the hint card's plain button says (ask-slot.ts). */
const ASK_DA = 'Spørg personalet';

const da: AskStaffStrings = {
  ask: ASK_DA,
  confirm: (pc) =>
    `Personalet får besked om, at der er brug for hjælp ved ${pc ? isolate(pc) : 'denne PC'}. Vi sender ikke, hvad du har skrevet.`,
  send: 'Send besked',
  back: 'Fortryd',
  sending: 'Vi sender besked til personalet …',
  sent: 'Personalet har fået besked. Bliv siddende, så kommer vi.',
  failed: 'Vi kunne ikke give personalet besked. Gå til skranken. Vi prøver at sende igen.',
  cancel: 'Annullér',
  cancelled: 'Beskeden er annulleret. Personalet får ikke besked.',
  cancelledDelivered:
    'Beskeden er annulleret. Men personalet har allerede fået den. Sig til dem, at du ikke har brug for hjælp.',
  close: 'Luk',
  deskTitle: 'Gå til skranken',
  desk: (pc) => `Eller ræk hånden op, så kommer vi.${pc ? ` Sig, at du sidder ved ${isolate(pc)}.` : ''}`,
};

/** Texts for a language tag (`en-GB` → `en`); Danish when that language is not loaded (utils/i18n/catalog). */
export function stringsFor(lang: string): AskStaffStrings {
  return getLocale(lang)?.askStaff ?? da;
}

/** Only the button's label: what a page without the ask-staff flow needs (utils/i18n/catalog). */
export function askLabel(lang: string): string {
  return getLocale(lang)?.askStaff.ask ?? ASK_DA;
}
