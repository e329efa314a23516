/**
 * TypeScript types of the guide pack, `vejviser/guide-pack@1` (shared/CONTRACTS.md §1).
 * The validator (utils/pack/validate.ts) is the authority on what is valid; these types describe
 * a pack that has passed it.
 */

export const PACK_FORMAT = 'vejviser/guide-pack@1';

/** A language tag → text map in which `da` is required, or a plain (Danish) string. */
export type LocalizedText = string | ({ da: string } & Record<string, string>);

export type Topic = 'mitid-post' | 'bolig' | 'skat-penge' | 'sundhed' | 'job' | 'pas-koerekort' | 'familie' | 'andet';

export const TOPICS: readonly Topic[] = [
  'mitid-post',
  'bolig',
  'skat-penge',
  'sundhed',
  'job',
  'pas-koerekort',
  'familie',
  'andet',
];

export type StepKind = 'hint' | 'caution' | 'staff';
export type Advance = 'click' | 'page' | 'input' | 'manual';

/** An accessible name: exact (case-insensitive, whitespace-collapsed) or a case-insensitive regex. */
export type NameMatcher = string | { regex: string };

/** Finds an element the way a person describes it, most robust first. */
export interface Target {
  role?: string;
  name?: NameMatcher;
  label?: string;
  text?: string;
  css?: string;
  within?: Target;
  nth?: number;
}

export interface Step {
  id: string;
  page?: string;
  target?: Target | Target[];
  say: LocalizedText;
  more?: LocalizedText;
  kind?: StepKind;
  advance?: Advance;
}

export interface Guide {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  keywords?: string[];
  topic?: Topic;
  sites: string[];
  start?: string;
  steps: Step[];
}

export interface GuidePack {
  format: typeof PACK_FORMAT;
  id: string;
  title: LocalizedText;
  version: string;
  guides: Guide[];
  /** Optional (documented extension): free text for librarians, e.g. why a step needs `css`. */
  description?: LocalizedText;
}

/** Where a stored pack came from. Precedence for the same guide id: local > policy > builtin. */
export type PackSource = 'builtin' | 'policy' | 'local';
