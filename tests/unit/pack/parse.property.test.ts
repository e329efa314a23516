import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@/utils/pack/json-syntax';
import { parsePack, validatePack } from '@/utils/pack/validate';
import { validPack } from './fixtures';
import { mutatedPack } from './mutations';

function jsonParses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Valid JSON with one character removed, replaced or inserted: mostly broken JSON. */
const damagedJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...',:{}[]"\'\\ a1-.\n'))
  .map(([json, at, how, ch]) => {
    const i = json.length ? at % json.length : 0;
    if (how === 'delete') return json.slice(0, i) + json.slice(i + 1);
    if (how === 'insert') return json.slice(0, i) + ch + json.slice(i);
    return json.slice(0, i) + ch + json.slice(i + 1);
  });

describe('parsePack', () => {
  it('accepts the contract’s example pack, with or without a byte-order mark', () => {
    const text = JSON.stringify(validPack(), null, 2);
    expect(parsePack(text).ok).toBe(true);
    expect(parsePack(`\uFEFF${text}`).ok).toBe(true);
  });

  it('never throws, whatever the text, and every refusal has a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), damagedJson), (text) => {
        const result = parsePack(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.message).toMatch(/\S/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on randomly mutated packs', () => {
    fc.assert(
      fc.property(mutatedPack, (pack) => {
        const result = validatePack(pack);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never throws on any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(validatePack(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('survives absurdly deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parsePack(deep).ok).toBe(false);
    const broken = `{"guides": ${'['.repeat(100_000)}`;
    const result = parsePack(broken);
    expect(result.ok).toBe(false);
  });
});

describe('findJsonSyntaxError', () => {
  it('finds an error exactly when JSON.parse refuses the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), damagedJson, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(jsonParses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the line and column of the mistake', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      message: 'mangler et komma eller } før """',
    });
    expect(findJsonSyntaxError('{"a": tru}')).toEqual({
      line: 1,
      column: 7,
      message: 'uventet "t": her skulle der stå en værdi (tekst i "…", et tal, true, false, null, { eller [)',
    });
  });
});
