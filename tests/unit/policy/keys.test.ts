import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '@/utils/policy/keys';
import { PARSED_KEYS, parsePolicy } from '@/utils/policy/parse';
import { defaultPolicy } from '@/utils/policy/types';

const root = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');

/** The keys of shared/CONTRACTS.md §2, in its order (the contract is the authority; copied here). */
const CONTRACT_KEYS = [
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
];

interface SchemaNode {
  type?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [k: string]: unknown;
}

const schema = JSON.parse(read('public/managed_schema.json')) as SchemaNode;

/**
 * Chrome's policy schema is a subset of JSON Schema: every node has exactly one `type` of these,
 * objects use `properties`/`additionalProperties`/`patternProperties`, arrays use `items`, and
 * only a few more keywords are understood. Returns every violation as `path: problem`.
 */
function chromeSchemaProblems(node: SchemaNode, path = '$'): string[] {
  const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
  const KEYWORDS: Record<string, string[]> = {
    object: ['properties', 'additionalProperties', 'patternProperties', 'required'],
    array: ['items'],
    string: ['enum', 'pattern'],
    integer: ['enum', 'minimum', 'maximum'],
    number: [],
    boolean: [],
  };
  const problems: string[] = [];
  if (typeof node.type !== 'string' || !TYPES.includes(node.type)) return [`${path}: needs one type of ${TYPES}`];
  const allowed = ['type', 'title', 'description', 'id', '$ref', ...(KEYWORDS[node.type] ?? [])];
  for (const k of Object.keys(node))
    if (!allowed.includes(k)) problems.push(`${path}: ${k} not allowed on ${node.type}`);
  if (node.type === 'array') {
    if (!node.items) problems.push(`${path}: array needs items`);
    else problems.push(...chromeSchemaProblems(node.items, `${path}[]`));
  }
  if (node.type === 'object' && node.properties) {
    for (const [k, v] of Object.entries(node.properties)) problems.push(...chromeSchemaProblems(v, `${path}.${k}`));
  }
  if (Array.isArray(node.enum)) {
    const want = node.type === 'integer' ? 'number' : node.type;
    for (const v of node.enum) if (typeof v !== want) problems.push(`${path}: enum value ${v} is not ${node.type}`);
  }
  return problems;
}

describe('the policy keys', () => {
  it('are exactly the keys of the contract, in the code', () => {
    expect([...POLICY_KEYS]).toEqual(CONTRACT_KEYS);
    expect([...PARSED_KEYS].sort()).toEqual([...CONTRACT_KEYS].sort());
    // Every key but the optional ones has a default in the typed policy object.
    const defaults = Object.keys(defaultPolicy(true));
    expect(defaults.every((k) => CONTRACT_KEYS.includes(k))).toBe(true);
  });

  it('are exactly the keys declared in managed_schema.json, a valid Chrome policy schema', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(CONTRACT_KEYS);
    expect(chromeSchemaProblems(schema)).toEqual([]);
  });

  it('are exactly the keys documented for IT', () => {
    const doc = read('docs/it/policy.md');
    const documented = [...doc.matchAll(/^\| `([A-Za-z0-9]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(CONTRACT_KEYS);
  });

  it('are all wired to the manifest through the schema file', () => {
    const config = read('wxt.config.ts');
    expect(config).toMatch(/managed_schema: 'managed_schema\.json'/);
  });
});

describe('the schema checker', () => {
  it('catches what Chrome would refuse', () => {
    expect(chromeSchemaProblems({ type: ['string', 'null'] })).toHaveLength(1);
    expect(chromeSchemaProblems({ type: 'array' })).toEqual(['$: array needs items']);
    expect(chromeSchemaProblems({ type: 'string', minimum: 1 })).toEqual(['$: minimum not allowed on string']);
    expect(chromeSchemaProblems({ type: 'object', properties: { a: { type: 'integer', enum: ['x'] } } })).toEqual([
      '$.a: enum value x is not integer',
    ]);
  });
});

describe('parsePolicy against the schema', () => {
  it('accepts the schema-valid sample from the docs without a warning', () => {
    const sample = JSON.parse(read('docs/it/samples/linux/vejviser-policy.json'));
    const raw = sample['3rdparty'].extensions.ciibpbokbplhhpegpcgnmkjmcdibadlh;
    expect(parsePolicy(raw, true).warnings).toEqual([]);
  });
});
