import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import {
  DISPATCH,
  HAS_STRATEGY,
  LANGUAGE_KEYS,
  LANGUAGE_TAG,
  NAME_NEEDS_ROLE,
  NestedTargetSchema,
  PackSchema,
  STRATEGIES,
  TargetSchema,
} from './schema';

/** Where the published schema lives (it ships in the extension too, as `/guide-pack.schema.json`). */
export const SCHEMA_FILE = 'public/guide-pack.schema.json';
export const SCHEMA_ID = 'https://vejviser.dk/schema/guide-pack@1.json';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/**
 * The JSON Schema of `vejviser/guide-pack@1` for editors and other tools, generated from the
 * validator's valibot schema so the two cannot drift (a unit test compares it with the published
 * file; `npm run schema` rewrites it). Build/test time only: never imported by the extension.
 *
 * What JSON Schema cannot say is left to the validator: URL patterns and regexes that compile,
 * unique ids, `https://` start URLs, `advance` that needs a target, `within` depth. The schema
 * is therefore never stricter than the validator: every pack the validator accepts, it accepts.
 */
export function buildPackJsonSchema(): JsonSchema {
  const { TITLE, LONG_TEXT, PlainName, RegexName, NameMatcher, TargetOrList, TargetList } = DISPATCH;
  const definitions = {
    Target: TargetSchema,
    NestedTarget: NestedTargetSchema,
    TargetList,
    TitleString: TITLE.text,
    TitleObject: TITLE.object,
    TextString: LONG_TEXT.text,
    TextObject: LONG_TEXT.object,
    PlainName,
    RegexName,
  };
  const anyOf = new Map<unknown, JsonSchema>([
    [TITLE.schema, { anyOf: [ref('TitleString'), ref('TitleObject')] }],
    [LONG_TEXT.schema, { anyOf: [ref('TextString'), ref('TextObject')] }],
    [NameMatcher, { anyOf: [ref('PlainName'), ref('RegexName')] }],
    [TargetOrList, { anyOf: [ref('Target'), ref('TargetList')] }],
  ]);
  const schema = toJsonSchema(PackSchema, {
    target: 'draft-07',
    // `check` actions JSON Schema cannot express are skipped (see above); the rest map below.
    errorMode: 'ignore',
    definitions,
    overrideSchema: ({ valibotSchema }) => anyOf.get(valibotSchema) ?? null,
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction === LANGUAGE_KEYS) return { ...jsonSchema, propertyNames: { pattern: LANGUAGE_TAG.source } };
      if (valibotAction === HAS_STRATEGY) return { ...jsonSchema, anyOf: STRATEGIES.map((k) => ({ required: [k] })) };
      if (valibotAction === NAME_NEEDS_ROLE) return { ...jsonSchema, dependencies: { name: ['role'] } };
      return null;
    },
  });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'Vejviser guide pack (vejviser/guide-pack@1)',
    description:
      'Guide packs for the Vejviser browser extension. Generated from utils/pack/schema.ts; see docs/guide-packs.md. The extension validates further (URL patterns, regexes, unique ids).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The schema file's text: 2-space JSON with a final newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
