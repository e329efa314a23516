import type { Guide } from '@/utils/pack/types';

/**
 * The steps of `after` whose target a save changes, compared with the stored `before`: their
 * failures so far were about the old target, so the library should stop calling them broken.
 * A step that is new, or lost its target, counts too (its id may carry old counters). Nothing
 * when the guide was not stored before or was saved under another id (counters follow the id).
 */
export function retargetedSteps(before: Guide | undefined, after: Guide): string[] {
  if (!before || before.id !== after.id) return [];
  const old = new Map(before.steps.map((s) => [s.id, JSON.stringify(s.target ?? null)]));
  return after.steps.filter((s) => old.get(s.id) !== JSON.stringify(s.target ?? null)).map((s) => s.id);
}
