/**
 * Every key of the managed policy (shared/CONTRACTS.md §2), in the contract's order. The schema
 * (`public/managed_schema.json`), `parsePolicy`, the IT docs and the sample policy files are all
 * checked against this list by `tests/unit/policy/keys.test.ts`.
 */
export const POLICY_KEYS = [
  'libraryName',
  'computerLabel',
  'staffAlert',
  'guidePacks',
  'refreshMinutes',
  'builtInGuides',
  'extraSites',
  'authoring',
  'authoringPinSha256',
  'languages',
  'readAloud',
  'resetAfterIdleMinutes',
  'healthReportUrl',
] as const;

export type PolicyKey = (typeof POLICY_KEYS)[number];
