import * as v from 'valibot';
import { findJsonSyntaxError } from './json-syntax';
import { PACK_LIMITS } from './limits';
import { kindOf } from './messages';
import { PackSchema } from './schema';
import type { GuidePack } from './types';

/** One problem in a pack: a path like `guides[2].steps[0].target.role` and a Danish message. */
export interface PackProblem {
  /** Empty for the file as a whole. */
  path: string;
  message: string;
  /** For a JSON syntax error: where in the file (1-based). */
  line?: number;
  column?: number;
}

export type PackResult = { ok: true; pack: GuidePack } | { ok: false; problems: PackProblem[] };

/** `guides[2].steps[0]: message`, or just the message for the whole file. */
export function formatProblem(problem: PackProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

function utf8Length(text: string): number {
  // Cheap bounds first: a UTF-8 byte count is between 1 and 3 times the UTF-16 length.
  if (text.length * 3 <= PACK_LIMITS.maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

const SIMPLE_KEY = /^[A-Za-z_$][\w$]*$/;

/** Valibot's issue path → `guides[2].steps[0].target.role`. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && SIMPLE_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Parse and validate a pack file. Never throws: every problem comes back as a path and a
 * Danish message, and a pack with any problem is rejected whole.
 */
export function parsePack(text: string): PackResult {
  try {
    if (typeof text !== 'string') return fail('', 'Filen kunne ikke læses som tekst');
    const bytes = utf8Length(text);
    if (bytes > PACK_LIMITS.maxBytes) {
      return fail(
        '',
        `Filen er for stor (${formatMegabytes(bytes)}). En pakke må højst fylde ${formatMegabytes(PACK_LIMITS.maxBytes)}; del den op i flere pakker`,
      );
    }
    // Windows editors like to start UTF-8 files with a byte-order mark; it is not an error.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      const where = findJsonSyntaxError(body);
      if (!where) return fail('', 'Filen er ikke gyldig JSON');
      return {
        ok: false,
        problems: [
          {
            path: '',
            message: `Filen er ikke gyldig JSON: linje ${where.line}, kolonne ${where.column}: ${where.message}`,
            line: where.line,
            column: where.column,
          },
        ],
      };
    }
    return validatePack(value);
  } catch {
    return fail('', 'Pakken kunne ikke kontrolleres (er den for dybt indlejret?)');
  }
}

/** Validate an already parsed value (a built-in pack, or a pack from the editor). Never throws. */
export function validatePack(value: unknown): PackResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(
        '',
        `Pakken skal være et JSON-objekt ({ "format": "vejviser/guide-pack@1", … }), ikke ${kindOf(value)}`,
      );
    }
    const result = v.safeParse(PackSchema, value);
    const problems: PackProblem[] = (result.issues ?? []).map((issue) => ({
      path: pathOf(issue),
      message: issue.message,
    }));
    problems.push(...reservedKeys(value), ...duplicateIds(value));
    if (problems.length > 0 || !result.success) return { ok: false, problems };
    return { ok: true, pack: result.output as unknown as GuidePack };
  } catch {
    return fail('', 'Pakken kunne ikke kontrolleres (er den for dybt indlejret?)');
  }
}

function fail(path: string, message: string): PackResult {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * Field names JavaScript objects already carry (`constructor`, `__proto__`, `toString` …): valibot
 * skips them silently, so we refuse them here rather than store a pack that differs from its file.
 * The walk keeps the path as a list of keys and writes it out only for a problem (a 1 MB pack has
 * tens of thousands of values and, as a rule, no problem).
 */
function reservedKeys(value: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  /** The keys on the way down; an array's are wrapped (`{ index }`) and written `[index]`. */
  const keys: (string | { index: string })[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const array = Array.isArray(node);
    for (const key of Object.keys(node)) {
      keys.push(array ? { index: key } : key);
      if (!array && (key in Object.prototype || key === 'prototype'))
        problems.push({ path: keyPath(keys), message: `"${key}" kan ikke bruges som feltnavn` });
      else walk((node as Record<string, unknown>)[key]);
      keys.pop();
    }
  };
  walk(value);
  return problems;
}

/** `guides[2].steps[0].target`, from the keys on the way there. */
function keyPath(keys: readonly (string | { index: string })[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key !== 'string') out += `[${key.index}]`;
    else if (SIMPLE_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Guide ids unique in the pack, step ids unique in each guide. Reads the raw value defensively. */
function duplicateIds(value: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const guides = (value as { guides?: unknown } | null)?.guides;
  if (!Array.isArray(guides)) return problems;
  const seenGuides = new Map<string, number>();
  guides.forEach((guide, g) => {
    const id = (guide as { id?: unknown } | null)?.id;
    if (typeof id === 'string') {
      const first = seenGuides.get(id);
      if (first !== undefined)
        problems.push({ path: `guides[${g}].id`, message: `"${id}" er allerede brugt som id af guides[${first}]` });
      else seenGuides.set(id, g);
    }
    const steps = (guide as { steps?: unknown } | null)?.steps;
    if (!Array.isArray(steps)) return;
    const seenSteps = new Map<string, number>();
    steps.forEach((step, s) => {
      const stepId = (step as { id?: unknown } | null)?.id;
      if (typeof stepId !== 'string') return;
      const firstStep = seenSteps.get(stepId);
      if (firstStep !== undefined)
        problems.push({
          path: `guides[${g}].steps[${s}].id`,
          message: `"${stepId}" er allerede brugt som id af steps[${firstStep}] i samme vejledning`,
        });
      else seenSteps.set(stepId, s);
    });
  });
  return problems;
}
