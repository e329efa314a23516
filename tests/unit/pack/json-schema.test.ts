import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPackJsonSchema, packJsonSchemaText, SCHEMA_FILE } from '@/utils/pack/json-schema';
import { validatePack } from '@/utils/pack/validate';
import { CORPUS } from './corpus';
import { validPack } from './fixtures';
import { mutatedPack } from './mutations';

const ajv = new Ajv({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(buildPackJsonSchema());

describe('the published JSON Schema', () => {
  it('is exactly what the validator’s schema generates (run `npm run schema` after changing it)', () => {
    // Compared as data: Biome may re-wrap the file's lines.
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(packJsonSchemaText()));
  });

  it('accepts the valid packs', () => {
    expect(schemaAccepts(validPack()), JSON.stringify(schemaAccepts.errors)).toBe(true);
    const built = JSON.parse(readFileSync('guides/vejviser-start.json', 'utf8'));
    expect(schemaAccepts(built), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it.each(CORPUS.filter((c) => c.schema !== null).map((c) => [c.name, c] as const))(
    'agrees with the validator on %s',
    (_name, entry) => {
      const value = JSON.parse(entry.text());
      // Rules JSON Schema cannot express (compiling patterns, unique ids …) are the validator's alone.
      expect(schemaAccepts(value)).toBe(!entry.schema);
      expect(validatePack(value).ok).toBe(false);
    },
  );

  it('is never stricter than the validator: any pack the validator accepts, the schema accepts', () => {
    fc.assert(
      fc.property(mutatedPack, (pack) => {
        const value = JSON.parse(JSON.stringify(pack) ?? 'null');
        if (validatePack(value).ok) expect(schemaAccepts(value), JSON.stringify(schemaAccepts.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('is never looser than the validator: any mutated pack the schema rejects, the validator rejects', () => {
    fc.assert(
      fc.property(mutatedPack, (pack) => {
        const value = JSON.parse(JSON.stringify(pack) ?? 'null');
        if (schemaAccepts(value)) return;
        expect(validatePack(value).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
