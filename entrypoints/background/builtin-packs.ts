/**
 * The built-in guide packs: every `guides/*.json`, bundled at build time. They are validated when
 * seeded like any other pack; `tests/unit/guides/conventions.test.ts` keeps them valid.
 */
const modules = import.meta.glob<unknown>('/guides/*.json', { eager: true, import: 'default' });

/** The built-in packs as parsed JSON, in file-name order. */
export function builtinPacks(): { file: string; pack: unknown }[] {
  return Object.keys(modules)
    .sort()
    .map((file) => ({ file, pack: modules[file] }));
}
