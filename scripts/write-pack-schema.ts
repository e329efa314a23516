/**
 * Regenerate public/guide-pack.schema.json from the validator's schema (`npm run schema`).
 * tests/unit/pack/json-schema.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { packJsonSchemaText, SCHEMA_FILE } from '../utils/pack/json-schema';

writeFileSync(SCHEMA_FILE, packJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
