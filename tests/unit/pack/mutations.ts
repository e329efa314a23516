import fc from 'fast-check';
import { validPack } from './fixtures';

// biome-ignore lint/suspicious/noExplicitAny: mutations reach anywhere in the pack.
type Loose = any;

/** Every path (list of keys) to a value inside `value`, the root included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return out;
}

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom(
    'knap',
    'https://www.borger.dk/*',
    '^log (på',
    'da',
    '',
    ' ',
    '*',
    'borger-flytning',
    'x'.repeat(2000),
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('da', 'en', 'role', 'name', 'regex', 'css', 'within'), fc.string(), { maxKeys: 3 }),
);

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: junk }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string(), fc.constantFrom('target', 'tagret', 'role', 'en', '__proto__', 'constructor')),
    value: junk,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

function apply(pack: Loose, m: Mutation): Loose {
  // fast-check hands out the same `{}` / `[]` instance again; a copy per use keeps the pack a tree
  // (a shared object added into itself made a cycle, and `paths` overflowed the stack).
  const all = paths(pack);
  const path = all[m.at % all.length] as (string | number)[];
  if (path.length === 0) return m.kind === 'set' ? structuredClone(m.value) : pack;
  const parent = path.slice(0, -1).reduce((o: Loose, k) => o[k], pack);
  const key = path[path.length - 1] as string | number;
  if (m.kind === 'set') parent[key] = structuredClone(m.value);
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.kind === 'add') {
    const target = parent[key];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      Object.defineProperty(target, m.key, {
        value: structuredClone(m.value),
        enumerable: true,
        configurable: true,
        writable: true,
      });
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  return pack;
}

/** A valid pack with 1–4 random mutations applied (a value replaced, removed, added or duplicated). */
export const mutatedPack: fc.Arbitrary<unknown> = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((ms) => ms.reduce(apply, validPack() as Loose));
