import type { GuidePack } from '@/utils/pack/types';
import { validatePack } from '@/utils/pack/validate';
import type { GuideStore } from './guide-store';

/**
 * Make the store's built-in source hold exactly the packs bundled from `guides/`. Runs at every
 * background start; writes only when the bundle differs from what is stored, so waking the
 * service worker costs one read. A built-in pack that does not validate (the conventions test
 * should have caught it) is left out with a warning rather than blocking the others.
 */
export async function seedBuiltins(store: GuideStore, bundled: { file: string; pack: unknown }[]): Promise<void> {
  const valid: GuidePack[] = [];
  for (const { file, pack } of bundled) {
    const result = validatePack(pack);
    if (result.ok) valid.push(result.pack);
    else console.warn(`Vejviser: built-in pack ${file} is invalid and left out`, result.problems);
  }
  const stored = await store.listPacks('builtin');
  const exported = await Promise.all(valid.map((p) => store.exportPack('builtin', p.id)));
  const unchanged =
    stored.length === valid.length && valid.every((p, i) => exported[i] === `${JSON.stringify(p, null, 2)}\n`);
  if (unchanged) return;
  const result = await store.replaceSource(
    'builtin',
    valid.map((pack) => ({ pack })),
  );
  if (!result.ok) console.warn('Vejviser: built-in packs could not be stored', result.problems);
}
