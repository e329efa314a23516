import { checkSitePattern } from './extra-sites';
import { POLICY_KEYS, type PolicyKey } from './keys';
import {
  ALL_LANGUAGES,
  type AuthoringMode,
  defaultPolicy,
  type Policy,
  type PolicyGuidePack,
  type StaffAlert,
} from './types';
import { checkServiceUrl, showValue } from './urls';

export interface ParsedPolicy {
  policy: Policy;
  /** One line per ignored value, for IT's log: `key: what was wrong; what is used instead`. */
  warnings: string[];
}

const SHA256_HEX = /^[0-9a-f]{64}$/i;
const MAX_TEXT = 200;
const MAX_PACKS = 50;
const MAX_SITES = 200;
// Control characters would let a label break a header line or a notification layout.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

type Check<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; reason: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): Check<string> {
  if (typeof v !== 'string') return { ok: false, reason: `expected a string, got ${showValue(v)}` };
  if (CONTROL.test(v)) return { ok: false, reason: 'must not contain line breaks or control characters' };
  if (v.trim().length > MAX_TEXT) return { ok: false, reason: `longer than ${MAX_TEXT} characters` };
  return { ok: true, value: v.trim() };
}

function bool(v: unknown): Check<boolean> {
  return typeof v === 'boolean'
    ? { ok: true, value: v }
    : { ok: false, reason: `expected true or false, got ${showValue(v)}` };
}

function integer(min: number, max: number) {
  return (v: unknown): Check<number> =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? { ok: true, value: v }
      : { ok: false, reason: `expected a whole number from ${min} to ${max}, got ${showValue(v)}` };
}

function serviceUrl(v: unknown): Check<string> {
  const reason = checkServiceUrl(v);
  return reason ? { ok: false, reason } : { ok: true, value: v as string };
}

function staffAlert(v: unknown): Check<StaffAlert> {
  if (!isRecord(v)) return { ok: false, reason: `expected an object { type, url, token? }, got ${showValue(v)}` };
  const warnings = Object.keys(v)
    .filter((k) => !['type', 'url', 'token'].includes(k))
    .map((k) => `staffAlert.${k}: unknown key ignored`);
  const { type, url, token } = v;
  if (type !== 'ntfy' && type !== 'teams' && type !== 'webhook' && type !== 'none') {
    return { ok: false, reason: `type must be ntfy, teams, webhook or none, got ${showValue(type)}` };
  }
  if (type === 'none') return { ok: true, value: { type: 'none' }, warnings };
  const urlProblem = checkServiceUrl(url);
  if (urlProblem) return { ok: false, reason: `url: ${urlProblem}` };
  if (token !== undefined && (typeof token !== 'string' || token === '' || CONTROL.test(token))) {
    return { ok: false, reason: 'token must be a non-empty string without line breaks' };
  }
  return { ok: true, value: { type, url: url as string, ...(token ? { token: token as string } : {}) }, warnings };
}

function guidePacks(v: unknown): Check<PolicyGuidePack[]> {
  if (!Array.isArray(v)) return { ok: false, reason: `expected an array of { url, sha256? }, got ${showValue(v)}` };
  const warnings: string[] = [];
  const packs: PolicyGuidePack[] = [];
  for (const [i, item] of v.entries()) {
    const at = `guidePacks[${i}]`;
    if (!isRecord(item)) {
      warnings.push(`${at}: expected { url, sha256? }, got ${showValue(item)}; ignored`);
      continue;
    }
    const urlProblem = checkServiceUrl(item.url);
    if (urlProblem) {
      warnings.push(`${at}.url: ${urlProblem}; pack ignored`);
      continue;
    }
    const url = item.url as string;
    if (item.sha256 !== undefined && (typeof item.sha256 !== 'string' || !SHA256_HEX.test(item.sha256))) {
      warnings.push(`${at}.sha256: expected 64 hexadecimal digits, got ${showValue(item.sha256)}; pack ignored`);
      continue;
    }
    for (const k of Object.keys(item))
      if (k !== 'url' && k !== 'sha256') warnings.push(`${at}.${k}: unknown key ignored`);
    if (packs.some((p) => p.url === url)) {
      warnings.push(`${at}: ${url} is listed twice; the first is used`);
      continue;
    }
    if (packs.length >= MAX_PACKS) {
      warnings.push(`${at}: more than ${MAX_PACKS} packs; ignored`);
      continue;
    }
    packs.push(typeof item.sha256 === 'string' ? { url, sha256: item.sha256.toLowerCase() } : { url });
  }
  return { ok: true, value: packs, warnings };
}

function extraSites(v: unknown): Check<string[]> {
  if (!Array.isArray(v)) return { ok: false, reason: `expected an array of URL patterns, got ${showValue(v)}` };
  const warnings: string[] = [];
  const sites: string[] = [];
  for (const [i, item] of v.entries()) {
    if (typeof item !== 'string') {
      warnings.push(`extraSites[${i}]: expected a string, got ${showValue(item)}; ignored`);
      continue;
    }
    const problem = checkSitePattern(item);
    if (problem) {
      warnings.push(`extraSites[${i}]: ${problem}; ignored`);
      continue;
    }
    if (sites.length >= MAX_SITES) {
      warnings.push(`extraSites[${i}]: more than ${MAX_SITES} patterns; ignored`);
      continue;
    }
    if (!sites.includes(item)) sites.push(item);
  }
  return { ok: true, value: sites, warnings };
}

function authoring(v: unknown): Check<AuthoringMode> {
  return v === 'off' || v === 'on' || v === 'pin'
    ? { ok: true, value: v }
    : { ok: false, reason: `expected off, on or pin, got ${showValue(v)}` };
}

function pinHash(v: unknown): Check<string> {
  return typeof v === 'string' && SHA256_HEX.test(v)
    ? { ok: true, value: v.toLowerCase() }
    : { ok: false, reason: `expected the SHA-256 of the PIN as 64 hexadecimal digits, got ${showValue(v)}` };
}

function languages(v: unknown): Check<string[]> {
  if (!Array.isArray(v)) return { ok: false, reason: `expected an array of language tags, got ${showValue(v)}` };
  const warnings: string[] = [];
  // Danish is always offered, first: the guides are written in Danish.
  const langs: string[] = ['da'];
  for (const [i, item] of v.entries()) {
    const tag = typeof item === 'string' ? item.toLowerCase() : undefined;
    if (!tag || !(ALL_LANGUAGES as readonly string[]).includes(tag)) {
      warnings.push(`languages[${i}]: ${showValue(item)} is not one of ${ALL_LANGUAGES.join(', ')}; ignored`);
      continue;
    }
    if (!langs.includes(tag)) langs.push(tag);
  }
  return { ok: true, value: langs, warnings };
}

/** One checker per key: the single place that decides what each policy value may be. */
const CHECKS: { [K in PolicyKey]-?: (v: unknown) => Check<NonNullable<Policy[K]>> } = {
  libraryName: text,
  computerLabel: text,
  staffAlert,
  guidePacks,
  refreshMinutes: integer(5, 7 * 24 * 60),
  builtInGuides: bool,
  extraSites,
  authoring,
  authoringPinSha256: pinHash,
  languages,
  readAloud: bool,
  resetAfterIdleMinutes: integer(1, 24 * 60),
  healthReportUrl: serviceUrl,
};

/** The policy keys `parsePolicy` understands (the unit tests compare them with the contract). */
export const PARSED_KEYS = Object.keys(CHECKS) as PolicyKey[];

/**
 * Turn the raw managed-storage object into the effective policy. Every key is optional; a value
 * that is not valid is ignored with a warning and the default is used, while every valid key
 * still applies. `hasManaged` says whether any managed policy is set at all (it decides the
 * default of `authoring`).
 */
export function parsePolicy(raw: unknown, hasManaged: boolean): ParsedPolicy {
  const policy = defaultPolicy(hasManaged);
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { policy, warnings };
  if (!isRecord(raw)) return { policy, warnings: [`policy: expected an object, got ${showValue(raw)}; defaults used`] };

  const set = policy as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      warnings.push(`${key}: unknown key ignored`);
      continue;
    }
    const result = CHECKS[key as PolicyKey](value);
    if (!result.ok) {
      warnings.push(`${key}: ${result.reason}; the default is used`);
      continue;
    }
    warnings.push(...(result.warnings ?? []));
    set[key] = result.value;
  }

  // A PIN mode without a usable PIN hash must fail closed: nobody could unlock, so say so clearly.
  if (policy.authoring === 'pin' && !policy.authoringPinSha256) {
    warnings.push('authoring: "pin" needs a valid authoringPinSha256; the editor stays off');
    policy.authoring = 'off';
  }
  return { policy, warnings };
}
