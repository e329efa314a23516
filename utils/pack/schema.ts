import * as v from 'valibot';
import { closest } from './edit-distance';
import { PACK_LIMITS as L } from './limits';
import { badId, explainBadRegex, kindOf, listing, mentDu, quote, unknownField } from './messages';
import { ARIA_ROLES, suggestRole } from './roles';
import { PACK_FORMAT, TOPICS } from './types';
import { explainBadPattern, isValidPattern } from './url-pattern';

/**
 * The valibot schema of `vejviser/guide-pack@1` (shared/CONTRACTS.md §1) with a Danish message for
 * every way a value can be wrong. Checks across items (unique ids) live in `validate.ts`. The
 * published JSON Schema is generated from this file (`json-schema.ts`).
 *
 * Valibot was chosen for its size: it is tree-shakable, so the background bundle carries only the
 * validators used here (a few kB), where a schema compiler like Ajv would add tens of kB.
 */

type Entries = v.ObjectEntries;

/** A strict object: unknown fields are refused (that is how typos like "tagret" get caught). */
function strict<E extends Entries>(entries: E, what = 'et objekt ({ … })') {
  const known = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return unknownField(String(issue.input), known);
    if (issue.input === undefined && issue.expected?.startsWith('"')) return 'skal udfyldes';
    return `skal være ${what}, ikke ${kindOf(issue.input)}`;
  });
}

const str = (what = 'en tekst') => v.string((issue) => `skal være ${what}, ikke ${kindOf(issue.input)}`);

function list<T extends v.GenericSchema>(item: T, min: number, max: number, noun: string) {
  return v.pipe(
    v.array(item, (issue) => `skal være en liste ([ … ]), ikke ${kindOf(issue.input)}`),
    v.minLength(min, `skal have mindst ${min} ${noun}`),
    v.maxLength(max, (issue) => `har for mange ${noun} (${(issue.input as unknown[]).length}, højst ${max})`),
  );
}

function nonEmptyList<T extends v.GenericSchema>(item: T, noun: string) {
  return v.pipe(
    v.array(item, (issue) => `skal være en liste ([ … ]), ikke ${kindOf(issue.input)}`),
    v.minLength(1, `skal have mindst 1 ${noun}`),
  );
}

function textString(max: number) {
  return v.pipe(
    str(),
    v.regex(/\S/, 'må ikke være tom'),
    v.maxLength(max, (issue) => `er for lang (${(issue.input as string).length} tegn, højst ${max})`),
  );
}

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Every key of a localized text is a language tag. */
export const LANGUAGE_KEYS = v.check(
  (value: { da: string } & Record<string, string>) => Object.keys(value).every((k) => LANGUAGE_TAG.test(k)),
  (issue) => {
    const bad = Object.keys(issue.input as object).filter((k) => !LANGUAGE_TAG.test(k));
    return `${listing(bad.map((k) => `"${k}"`))} er ikke en sprogkode (brug fx "da", "en", "uk", "ar")`;
  },
);

/** A localized text: a Danish string, or language tag → string with `da` required. */
function localized(max: number) {
  const text = textString(max);
  const object = v.pipe(
    v.objectWithRest({ da: text }, text, (issue) => {
      if (issue.input === undefined && issue.expected === '"da"') return 'den danske tekst mangler (skriv "da": "…")';
      return `skal være en tekst eller et objekt med sprog og tekst, fx { "da": "…" }, ikke ${kindOf(issue.input)}`;
    }),
    LANGUAGE_KEYS,
  );
  // Dispatch on the input instead of a union, so the message is the precise one of the branch
  // that applies (a union would only say "wrong type").
  const schema = v.lazy((input: unknown) => (typeof input === 'string' ? text : object));
  return { schema, text, object };
}

const TITLE = localized(L.maxTitleLength);
const LONG_TEXT = localized(L.maxTextLength);

const Id = v.pipe(
  v.string((issue) => badId(issue.input)),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, (issue) => badId(issue.input)),
);

const UrlPattern = v.pipe(
  str('et URL-mønster'),
  v.maxLength(L.maxPatternLength, `er for langt (højst ${L.maxPatternLength} tegn)`),
  v.check(isValidPattern, (issue) => explainBadPattern(issue.input as string)),
);

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const HttpsUrl = v.pipe(
  str('en adresse'),
  v.maxLength(L.maxPatternLength, `er for lang (højst ${L.maxPatternLength} tegn)`),
  v.check(
    isHttpsUrl,
    (issue) => `${quote(issue.input)} er ikke en fuld adresse med https://, fx "https://www.borger.dk/"`,
  ),
);

const Role = v.picklist(ARIA_ROLES, (issue) =>
  typeof issue.input === 'string'
    ? `${quote(issue.input)} er ikke en kendt rolle${mentDu(suggestRole(issue.input))}`
    : `skal være en rolle som "button" eller "link", ikke ${kindOf(issue.input)}`,
);

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

const RegexName = strict(
  {
    regex: v.pipe(
      str('et regulært udtryk'),
      v.minLength(1, 'må ikke være tomt'),
      v.maxLength(L.maxSelectorLength, `er for langt (højst ${L.maxSelectorLength} tegn)`),
      v.check(compiles, (issue) => explainBadRegex(issue.input as string)),
    ),
  },
  'en tekst eller { "regex": "…" }',
);
const PlainName = textString(L.maxTitleLength);
const NameMatcher = v.lazy((input: unknown) => (typeof input === 'string' ? PlainName : RegexName));

const SearchText = textString(L.maxTitleLength);
const Css = v.pipe(
  str('en CSS-selektor'),
  v.regex(/\S/, 'må ikke være tom'),
  v.maxLength(L.maxSelectorLength, `er for lang (højst ${L.maxSelectorLength} tegn)`),
);

export const STRATEGIES = ['role', 'label', 'text', 'css'] as const;

export const HAS_STRATEGY = v.check(
  (t: Record<string, unknown>) => STRATEGIES.some((k) => t[k] !== undefined),
  'er tomt: angiv mindst én af "role", "label", "text" eller "css"',
);
export const NAME_NEEDS_ROLE = v.check(
  (t: Record<string, unknown>) => t.name === undefined || t.role !== undefined,
  '"name" kræver en "role", fx "role": "button"',
);

function withinDepth(target: { within?: unknown }): number {
  let depth = 0;
  let t: unknown = target.within;
  while (typeof t === 'object' && t !== null && depth <= L.maxWithinDepth + 1) {
    depth++;
    t = (t as { within?: unknown }).within;
  }
  return depth;
}

function targetEntries(within: () => v.GenericSchema) {
  return {
    role: v.optional(Role),
    name: v.optional(NameMatcher),
    label: v.optional(SearchText),
    text: v.optional(SearchText),
    css: v.optional(Css),
    within: v.optional(v.lazy(within)),
    nth: v.optional(
      v.pipe(
        v.number((issue) => `skal være et tal, ikke ${kindOf(issue.input)}`),
        v.integer('skal være et helt tal'),
        v.minValue(0, 'må ikke være negativ (0 er det første)'),
        v.maxValue(L.maxNth, `må højst være ${L.maxNth}`),
      ),
    ),
  };
}

const TARGET_WHAT = 'et mål ({ "role": …, "name": … })';

/** A Target inside `within`: the same rules, without the depth check (that is made once, at the top). */
export const NestedTargetSchema: v.GenericSchema = v.pipe(
  strict(
    targetEntries(() => NestedTargetSchema),
    TARGET_WHAT,
  ),
  HAS_STRATEGY,
  NAME_NEEDS_ROLE,
);

export const TargetSchema: v.GenericSchema = v.pipe(
  strict(
    targetEntries(() => NestedTargetSchema),
    TARGET_WHAT,
  ),
  HAS_STRATEGY,
  NAME_NEEDS_ROLE,
  v.check(
    (t: { within?: unknown }) => withinDepth(t) <= L.maxWithinDepth,
    `"within" må højst være indlejret ${L.maxWithinDepth} gange`,
  ),
);

const TargetList = list(TargetSchema, 1, L.maxTargets, 'mål');
const TargetOrList = v.lazy((input: unknown) => (Array.isArray(input) ? TargetList : TargetSchema));

const KINDS = ['hint', 'caution', 'staff'] as const;
const ADVANCES = ['click', 'page', 'input', 'manual'] as const;

function choice<const T extends readonly string[]>(options: T) {
  return v.picklist(options, (issue) => {
    const shown = listing(options.map((o) => `"${o}"`));
    return typeof issue.input === 'string'
      ? `${quote(issue.input)} er ikke en af ${shown}${mentDu(closest(issue.input, options))}`
      : `skal være en af ${shown}, ikke ${kindOf(issue.input)}`;
  });
}

export const StepSchema = v.pipe(
  strict({
    id: Id,
    page: v.optional(UrlPattern),
    target: v.optional(TargetOrList),
    say: LONG_TEXT.schema,
    more: v.optional(LONG_TEXT.schema),
    kind: v.optional(choice(KINDS)),
    advance: v.optional(choice(ADVANCES)),
  }),
  v.check(
    (s) => !((s.advance === 'click' || s.advance === 'input') && s.target === undefined),
    (issue) => `"advance": "${(issue.input as { advance: string }).advance}" kræver et "target" (eller brug "manual")`,
  ),
);

const Keyword = v.pipe(
  str(),
  v.regex(/\S/, 'må ikke være tom'),
  v.maxLength(L.maxKeywordLength, `er for lang (højst ${L.maxKeywordLength} tegn)`),
);

export const GuideSchema = strict({
  id: Id,
  title: TITLE.schema,
  summary: v.optional(LONG_TEXT.schema),
  keywords: v.optional(list(Keyword, 0, L.maxKeywords, 'søgeord')),
  topic: v.optional(choice(TOPICS)),
  sites: list(UrlPattern, 1, L.maxSitesPerGuide, 'URL-mønstre'),
  start: v.optional(HttpsUrl),
  steps: list(StepSchema, 1, L.maxStepsPerGuide, 'trin'),
});

export const PackSchema = strict(
  {
    $schema: v.optional(str()),
    format: v.literal(PACK_FORMAT, (issue) =>
      typeof issue.input === 'string' && issue.input.startsWith('vejviser/guide-pack@')
        ? `${quote(issue.input)} kan denne udgave af Vejviser ikke læse; den kender kun "${PACK_FORMAT}"`
        : `skal være "${PACK_FORMAT}"`,
    ),
    id: Id,
    title: TITLE.schema,
    version: v.pipe(
      str(),
      v.regex(/\S/, 'må ikke være tom'),
      v.maxLength(L.maxVersionLength, `er for lang (højst ${L.maxVersionLength} tegn)`),
    ),
    description: v.optional(LONG_TEXT.schema),
    guides: nonEmptyList(GuideSchema, 'vejledning'),
  },
  'et JSON-objekt ({ "format": "vejviser/guide-pack@1", … })',
);

/** The dispatching schemas, for the JSON Schema generator to express as `anyOf`. */
export const DISPATCH = { TITLE, LONG_TEXT, NameMatcher, PlainName, RegexName, TargetOrList, TargetList } as const;
