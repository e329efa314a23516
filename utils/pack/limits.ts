/**
 * Limits on a guide pack (documented in docs/guide-packs.md). They keep a hostile or broken file
 * from stalling the background, and keep hints short enough to read.
 */
export const PACK_LIMITS = {
  /** The whole file, in UTF-8 bytes. */
  maxBytes: 5 * 1024 * 1024,
  maxStepsPerGuide: 50,
  maxSitesPerGuide: 20,
  maxKeywords: 30,
  maxKeywordLength: 60,
  /** Titles and pack title. */
  maxTitleLength: 120,
  /** `say`, `more`, `summary`, `description`. */
  maxTextLength: 1000,
  maxVersionLength: 64,
  maxPatternLength: 500,
  maxSelectorLength: 500,
  /** Targets in one step's list. */
  maxTargets: 10,
  /** How deep `within` may nest. */
  maxWithinDepth: 5,
  maxNth: 1000,
} as const;
