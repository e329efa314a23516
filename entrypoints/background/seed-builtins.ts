import type { GuidePack } from '@/utils/pack/types';
import { validatePack } from '@/utils/pack/validate';

/**
 * The built-in packs that validate. A built-in pack that does not (the conventions test should
 * have caught it) is left out with a warning rather than blocking the others.
 */
export function validBuiltins(bundled: { file: string; pack: unknown }[]): GuidePack[] {
  const valid: GuidePack[] = [];
  for (const { file, pack } of bundled) {
    const result = validatePack(pack);
    if (result.ok) valid.push(result.pack);
    else console.warn(`Vejviser: built-in pack ${file} is invalid and left out`, result.problems);
  }
  return valid;
}

/** Whether the stored built-in packs are exactly `bundled` (so waking the worker writes nothing). */
export function sameBuiltins(stored: readonly GuidePack[], bundled: readonly GuidePack[]): boolean {
  if (stored.length !== bundled.length) return false;
  const byId = new Map(stored.map((p) => [p.id, JSON.stringify(p)]));
  return bundled.every((p) => byId.get(p.id) === JSON.stringify(p));
}
