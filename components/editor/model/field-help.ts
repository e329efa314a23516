/**
 * Plain-language help for each field of a guide, shown under the field (Danish, "du"-form). Keys
 * are the pack's field names.
 */
export const FIELD_HELP = {
  guideId:
    'Et kort navn til computeren. Kun små bogstaver a-z, tal og bindestreg. Det skal være forskelligt fra de andre vejledninger.',
  title: 'Det borgeren ser i menuen. Skriv det, borgeren vil gøre, fx "Meld flytning".',
  summary: 'En kort sætning om, hvad vejledningen hjælper med. Den kan udelades.',
  keywords: 'Ord, borgeren måske søger efter. Skriv ét ord eller udtryk pr. linje.',
  topic: 'Hvor vejledningen står på startsiden.',
  sites:
    'Adresser, hvor vejledningen tilbydes. Skriv én pr. linje. En stjerne betyder "hvad som helst", fx https://www.borger.dk/*.',
  start: 'Adressen, der åbnes, når borgeren vælger vejledningen et andet sted. Kan udelades.',
  stepId: 'Et kort navn til computeren for dette trin. Kun små bogstaver a-z, tal og bindestreg.',
  page: 'Siden, trinnet hører til. Lad feltet være tomt, hvis trinnet er på samme side som trinnet før.',
  target:
    'Hvordan trinnet finder knappen eller feltet. Rolle og navn er mest robust. CSS er sidste udvej. Prøves i rækkefølge.',
  say: 'Det borgeren læser. Én handling pr. trin. Skriv kort og med "du". Sæt ** om ord, der skal stå med fed.',
  more: 'Ekstra hjælp, som borgeren kan folde ud. Kan udelades.',
  kind: 'Almindeligt tip, en advarsel (koder, adgangskoder, penge) eller et sted, hvor mange har brug for personalet.',
  advance:
    'Hvornår borgeren kommer videre: når der klikkes på elementet, når næste side åbner, når der skrives i feltet, eller med en Næste-knap.',
} as const;

export const KIND_LABELS = { hint: 'Tip', caution: 'Advarsel', staff: 'Spørg personalet' } as const;

export const ADVANCE_LABELS = {
  '': 'Standard',
  click: 'Når der klikkes på elementet',
  page: 'Når næste side åbner',
  input: 'Når der skrives i feltet',
  manual: 'Med en Næste-knap',
} as const;

export const TOPIC_LABELS = {
  'mitid-post': 'MitID og Digital Post',
  bolig: 'Bolig og flytning',
  'skat-penge': 'Skat og penge',
  sundhed: 'Sundhed',
  job: 'Job',
  'pas-koerekort': 'Pas og kørekort',
  familie: 'Familie',
  andet: 'Andet',
} as const;

export const SOURCE_LABELS = { builtin: 'Indbygget', policy: 'Fra IT', local: 'Lokal' } as const;

export const TARGET_KIND_LABELS = {
  role: 'Rolle og navn',
  label: 'Feltets label',
  text: 'Synlig tekst',
  css: 'CSS (sidste udvej)',
} as const;
