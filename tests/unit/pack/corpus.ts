import type { GuidePack } from '@/utils/pack/types';
import { validPack } from './fixtures';

/**
 * Malformed packs, each with every problem the validator must report (formatted as
 * `path: message`). `schema` says whether the published JSON Schema rejects it too (false where
 * JSON Schema cannot express the rule); `null` for files that are not JSON at all.
 */
export interface CorpusEntry {
  name: string;
  text: () => string;
  problems: string[];
  schema: boolean | null;
}

// biome-ignore lint/suspicious/noExplicitAny: mutations reach into the pack freely, as a bad file would.
type Loose = any;

function mutated(mutate: (pack: Loose) => void): () => string {
  return () => {
    const pack: Loose = validPack();
    mutate(pack);
    return JSON.stringify(pack, null, 2);
  };
}

const raw = (text: string) => () => text;
const g0 = (p: Loose) => p.guides[0] as GuidePack['guides'][number] & Loose;
const step = (p: Loose, i = 0) => p.guides[0].steps[i] as Loose;

export const CORPUS: CorpusEntry[] = [
  {
    name: 'a trailing comma',
    text: raw('{\n  "format": "vejviser/guide-pack@1",\n}'),
    problems: ['Filen er ikke gyldig JSON: linje 3, kolonne 1: der er et komma for meget før }'],
    schema: null,
  },
  {
    name: 'single quotes',
    text: raw("{\n  'format': 'vejviser/guide-pack@1'\n}"),
    problems: ['Filen er ikke gyldig JSON: linje 2, kolonne 3: brug lige dobbelte anførselstegn (") i stedet for \''],
    schema: null,
  },
  {
    name: 'a missing comma between two fields',
    text: raw('{\n  "format": "vejviser/guide-pack@1"\n  "id": "x"\n}'),
    problems: ['Filen er ikke gyldig JSON: linje 3, kolonne 3: mangler et komma eller } før """'],
    schema: null,
  },
  {
    name: 'a file cut off in the middle',
    text: () => JSON.stringify(validPack(), null, 2).slice(0, 200),
    problems: ['Filen er ikke gyldig JSON: linje 9, kolonne 14: filen slutter for tidligt (mangler der en } eller ]?)'],
    schema: null,
  },
  {
    name: 'an empty file',
    text: raw('  \n'),
    problems: ['Filen er ikke gyldig JSON: linje 2, kolonne 1: filen er tom'],
    schema: null,
  },
  {
    name: 'a file over the size limit',
    text: () => `${' '.repeat(6 * 1024 * 1024)}${JSON.stringify(validPack())}`,
    problems: ['Filen er for stor (6,0 MB). En pakke må højst fylde 5,0 MB; del den op i flere pakker'],
    schema: null,
  },
  {
    name: 'a list instead of a pack',
    text: raw('[]'),
    problems: ['Pakken skal være et JSON-objekt ({ "format": "vejviser/guide-pack@1", … }), ikke en liste'],
    schema: true,
  },
  {
    name: 'a newer format',
    text: mutated((p) => {
      p.format = 'vejviser/guide-pack@2';
    }),
    problems: [
      'format: "vejviser/guide-pack@2" kan denne udgave af Vejviser ikke læse; den kender kun "vejviser/guide-pack@1"',
    ],
    schema: true,
  },
  {
    name: 'no format',
    text: mutated((p) => {
      delete p.format;
    }),
    problems: ['format: skal udfyldes'],
    schema: true,
  },
  {
    name: 'a pack id with capitals and an underscore',
    text: mutated((p) => {
      p.id = 'Esbjerg_Bibliotekerne';
    }),
    problems: [
      'id: "Esbjerg_Bibliotekerne" er ikke et gyldigt id: brug kun små bogstaver a-z, tal og bindestreg, højst 64 tegn (mente du "esbjerg-bibliotekerne"?)',
    ],
    schema: true,
  },
  {
    name: 'a guide id that is a number',
    text: mutated((p) => {
      g0(p).id = 5;
    }),
    problems: ['guides[0].id: skal være en tekst, ikke et tal'],
    schema: true,
  },
  {
    name: 'no version',
    text: mutated((p) => {
      delete p.version;
    }),
    problems: ['version: skal udfyldes'],
    schema: true,
  },
  {
    name: 'no guides',
    text: mutated((p) => {
      p.guides = [];
    }),
    problems: ['guides: skal have mindst 1 vejledning'],
    schema: true,
  },
  {
    name: 'guides as an object',
    text: mutated((p) => {
      p.guides = { 'borger-flytning': p.guides[0] };
    }),
    problems: ['guides: skal være en liste ([ … ]), ikke et objekt'],
    schema: true,
  },
  {
    name: 'a title without Danish',
    text: mutated((p) => {
      g0(p).title = { en: 'Report a change of address' };
    }),
    problems: ['guides[0].title.da: den danske tekst mangler (skriv "da": "…")'],
    schema: true,
  },
  {
    name: 'a blank title',
    text: mutated((p) => {
      g0(p).title = '   ';
    }),
    problems: ['guides[0].title: må ikke være tom'],
    schema: true,
  },
  {
    name: 'a text whose language is written out',
    text: mutated((p) => {
      step(p).say = { da: 'Klik på **Flytning**.', Engelsk: 'Click **Flytning**.' };
    }),
    problems: ['guides[0].steps[0].say: "Engelsk" er ikke en sprogkode (brug fx "da", "en", "uk", "ar")'],
    schema: true,
  },
  {
    name: 'no text to say',
    text: mutated((p) => {
      delete step(p, 2).say;
    }),
    problems: ['guides[0].steps[2].say: skal udfyldes'],
    schema: true,
  },
  {
    name: 'a hint over the length limit',
    text: mutated((p) => {
      step(p).say = 'a'.repeat(1001);
    }),
    problems: ['guides[0].steps[0].say: er for lang (1001 tegn, højst 1000)'],
    schema: true,
  },
  {
    name: 'a Danish role name',
    text: mutated((p) => {
      step(p, 1).target.role = 'knap';
    }),
    problems: ['guides[0].steps[1].target.role: "knap" er ikke en kendt rolle (mente du "button"?)'],
    schema: true,
  },
  {
    name: 'a misspelt role',
    text: mutated((p) => {
      step(p).target[0].role = 'lnik';
    }),
    problems: ['guides[0].steps[0].target[0].role: "lnik" er ikke en kendt rolle (mente du "link"?)'],
    schema: true,
  },
  {
    name: 'a role in capitals',
    text: mutated((p) => {
      step(p, 1).target.role = 'Button';
    }),
    problems: ['guides[0].steps[1].target.role: "Button" er ikke en kendt rolle (mente du "button"?)'],
    schema: true,
  },
  {
    name: 'a role nothing resembles',
    text: mutated((p) => {
      step(p, 1).target.role = 'trompet';
    }),
    problems: ['guides[0].steps[1].target.role: "trompet" er ikke en kendt rolle'],
    schema: true,
  },
  {
    name: 'an empty target',
    text: mutated((p) => {
      step(p, 1).target = {};
    }),
    problems: ['guides[0].steps[1].target: er tomt: angiv mindst én af "role", "label", "text" eller "css"'],
    schema: true,
  },
  {
    name: 'an empty target list',
    text: mutated((p) => {
      step(p).target = [];
    }),
    problems: ['guides[0].steps[0].target: skal have mindst 1 mål'],
    schema: true,
  },
  {
    name: 'a name without a role',
    text: mutated((p) => {
      step(p).target = { name: 'Flytning' };
    }),
    problems: [
      'guides[0].steps[0].target: er tomt: angiv mindst én af "role", "label", "text" eller "css"',
      'guides[0].steps[0].target: "name" kræver en "role", fx "role": "button"',
    ],
    schema: true,
  },
  {
    name: 'a regex that does not compile',
    text: mutated((p) => {
      step(p, 1).target.name.regex = '^log (på|ind';
    }),
    problems: [
      'guides[0].steps[1].target.name.regex: "^log (på|ind" er ikke et gyldigt regulært udtryk: en ( er ikke lukket med )',
    ],
    schema: false,
  },
  {
    name: 'a regex starting with a star',
    text: mutated((p) => {
      step(p, 1).target.name = { regex: '*log' };
    }),
    problems: [
      'guides[0].steps[1].target.name.regex: "*log" er ikke et gyldigt regulært udtryk: *, + eller ? står uden noget foran (skriv \\* for en stjerne)',
    ],
    schema: false,
  },
  {
    name: 'a site without https://',
    text: mutated((p) => {
      g0(p).sites = ['www.borger.dk/*'];
    }),
    problems: [
      'guides[0].sites[0]: "www.borger.dk/*" er ikke et gyldigt URL-mønster: det skal begynde med https://, fx "https://www.borger.dk/*"',
    ],
    schema: false,
  },
  {
    name: 'a page pattern with an unclosed group',
    text: mutated((p) => {
      step(p, 1).page = 'https://www.borger.dk/flytning(*';
    }),
    problems: [
      'guides[0].steps[1].page: "https://www.borger.dk/flytning(*" er ikke et gyldigt URL-mønster (se URLPattern-syntaksen, fx "https://www.borger.dk/flytning*")',
    ],
    schema: false,
  },
  {
    name: 'no sites',
    text: mutated((p) => {
      g0(p).sites = [];
    }),
    problems: ['guides[0].sites: skal have mindst 1 URL-mønstre'],
    schema: true,
  },
  {
    name: 'a start page over http',
    text: mutated((p) => {
      g0(p).start = 'http://www.borger.dk/';
    }),
    problems: [
      'guides[0].start: "http://www.borger.dk/" er ikke en fuld adresse med https://, fx "https://www.borger.dk/"',
    ],
    schema: false,
  },
  {
    name: 'two guides with the same id',
    text: mutated((p) => {
      p.guides[1].id = 'borger-flytning';
    }),
    problems: ['guides[1].id: "borger-flytning" er allerede brugt som id af guides[0]'],
    schema: false,
  },
  {
    name: 'two steps with the same id',
    text: mutated((p) => {
      step(p, 2).id = 'find-flytning';
    }),
    problems: ['guides[0].steps[2].id: "find-flytning" er allerede brugt som id af steps[0] i samme vejledning'],
    schema: false,
  },
  {
    name: 'a misspelt field',
    text: mutated((p) => {
      step(p, 1).tagret = step(p, 1).target;
      delete step(p, 1).target;
    }),
    problems: ['guides[0].steps[1].tagret: "tagret" er ikke et kendt felt (mente du "target"?)'],
    schema: true,
  },
  {
    name: 'a topic in capitals',
    text: mutated((p) => {
      g0(p).topic = 'Bolig';
    }),
    problems: [
      'guides[0].topic: "Bolig" er ikke en af "mitid-post", "bolig", "skat-penge", "sundhed", "job", "pas-koerekort", "familie" og "andet" (mente du "bolig"?)',
    ],
    schema: true,
  },
  {
    name: 'an unknown kind',
    text: mutated((p) => {
      step(p, 2).kind = 'warning';
    }),
    problems: ['guides[0].steps[2].kind: "warning" er ikke en af "hint", "caution" og "staff"'],
    schema: true,
  },
  {
    name: 'advance on click without a target',
    text: mutated((p) => {
      step(p, 2).advance = 'click';
    }),
    problems: ['guides[0].steps[2]: "advance": "click" kræver et "target" (eller brug "manual")'],
    schema: false,
  },
  {
    name: 'more than 50 steps',
    text: mutated((p) => {
      g0(p).steps = Array.from({ length: 51 }, (_, i) => ({ id: `trin-${i}`, say: 'Klik på **Næste**.' }));
    }),
    problems: ['guides[0].steps: har for mange trin (51, højst 50)'],
    schema: true,
  },
  {
    name: 'a negative nth',
    text: mutated((p) => {
      step(p, 1).target.nth = -1;
    }),
    problems: ['guides[0].steps[1].target.nth: må ikke være negativ (0 er det første)'],
    schema: true,
  },
  {
    name: 'a fractional nth',
    text: mutated((p) => {
      step(p, 1).target.nth = 1.5;
    }),
    problems: ['guides[0].steps[1].target.nth: skal være et helt tal'],
    schema: true,
  },
  {
    name: 'keywords as one text',
    text: mutated((p) => {
      g0(p).keywords = 'flytte, ny adresse';
    }),
    problems: ['guides[0].keywords: skal være en liste ([ … ]), ikke en tekst'],
    schema: true,
  },
  {
    name: 'within nested too deep',
    text: mutated((p) => {
      let t: Loose = { css: 'main' };
      for (let i = 0; i < 6; i++) t = { css: `div.n${i}`, within: t };
      step(p, 1).target = { role: 'button', name: 'Log på', within: t };
    }),
    problems: ['guides[0].steps[1].target: "within" må højst være indlejret 5 gange'],
    schema: false,
  },
  {
    name: 'several problems at once, all listed',
    text: mutated((p) => {
      g0(p).title = { en: 'Report a change of address' };
      step(p, 1).target.role = 'knap';
      p.guides[1].id = 'borger-flytning';
    }),
    problems: [
      'guides[0].title.da: den danske tekst mangler (skriv "da": "…")',
      'guides[0].steps[1].target.role: "knap" er ikke en kendt rolle (mente du "button"?)',
      'guides[1].id: "borger-flytning" er allerede brugt som id af guides[0]',
    ],
    schema: true,
  },
];

CORPUS.push({
  name: 'a field named like a built-in JavaScript property',
  text: raw(JSON.stringify({ ...validPack(), title: { da: 'Pakke', constructor: 'x' } })),
  problems: ['title.constructor: "constructor" kan ikke bruges som feltnavn'],
  schema: true,
});
