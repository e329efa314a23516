import type { LibraryGuide, StepHealth } from '@/utils/messaging/messages/editor';
import type { Guide, GuidePack, LocalizedText, PackSource } from '@/utils/pack/types';

/** The engine's health counters for one step (IndexedDB `health`; times in epoch ms). */
export interface HealthCounters {
  guideId: string;
  stepId: string;
  found: number;
  notFound: number;
  firstFailedAt?: number;
  lastFailedAt?: number;
  lastFailPath?: string;
  /** Optional: when the target was last found (lets a repaired step stop counting as broken). */
  lastFoundAt?: number;
  /** Optional: when a librarian last saved a new target for the step. */
  repairedAt?: number;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * A step is broken when its latest lookup failed: it failed, and was neither found again nor
 * repaired (a new target saved by a librarian) afterwards. Without `lastFoundAt` and `repairedAt`
 * (older counters) any failure counts.
 */
export function stepHealth(stepId: string, c: HealthCounters | undefined): StepHealth {
  if (!c) return { stepId, found: 0, notFound: 0, broken: false };
  const settled = Math.max(c.lastFoundAt ?? Number.NEGATIVE_INFINITY, c.repairedAt ?? Number.NEGATIVE_INFINITY);
  const broken = c.lastFailedAt !== undefined && c.lastFailedAt >= settled;
  const h: StepHealth = { stepId, found: c.found, notFound: c.notFound, broken };
  const first = iso(c.firstFailedAt);
  const last = iso(c.lastFailedAt);
  const found = iso(c.lastFoundAt);
  const repaired = iso(c.repairedAt);
  if (first) h.firstFailedAt = first;
  if (last) h.lastFailedAt = last;
  if (found) h.lastFoundAt = found;
  if (repaired) h.repairedAt = repaired;
  if (c.lastFailPath) h.lastFailPath = c.lastFailPath;
  return h;
}

function languagesOfGuide(g: Guide): string[] {
  const langs = new Set<string>(['da']);
  const add = (t: LocalizedText | undefined) => {
    if (t && typeof t === 'object') for (const l of Object.keys(t)) langs.add(l);
  };
  add(g.title);
  add(g.summary);
  for (const s of g.steps) {
    add(s.say);
    add(s.more);
  }
  return [...langs];
}

export interface LibraryInput {
  packs: { source: PackSource; pack: GuidePack }[];
  /** For each guide id, the copy in force (after source precedence). */
  effective: (guideId: string) => { source: PackSource; packId: string } | null;
  health: HealthCounters[];
  disabled: ReadonlySet<string>;
}

/** Every guide of every pack, for the editor's library: local first, then policy, then built-in. */
export function buildLibrary({ packs, effective, health, disabled }: LibraryInput): LibraryGuide[] {
  const counters = new Map(health.map((c) => [`${c.guideId}/${c.stepId}`, c]));
  const rank: Record<PackSource, number> = { local: 0, policy: 1, builtin: 2 };
  const ordered = [...packs].sort((a, b) => rank[a.source] - rank[b.source]);
  return ordered.flatMap(({ source, pack }) =>
    pack.guides.map((g): LibraryGuide => {
      const inForce = effective(g.id);
      return {
        id: g.id,
        title: g.title,
        packId: pack.id,
        packTitle: pack.title,
        source,
        ...(g.topic ? { topic: g.topic } : {}),
        languages: languagesOfGuide(g),
        steps: g.steps.length,
        enabled: !disabled.has(g.id),
        hidden: !!inForce && (inForce.source !== source || inForce.packId !== pack.id),
        health: g.steps.map((s) => stepHealth(s.id, counters.get(`${g.id}/${s.id}`))),
      };
    }),
  );
}

/**
 * A copy of a built-in or policy guide for the local pack. It keeps the guide's id, so the local
 * copy takes precedence over the original everywhere (local > policy > builtin).
 */
export function localCopy(localPack: GuidePack, guide: Guide): GuidePack {
  const guides = localPack.guides.filter((g) => g.id !== guide.id);
  return { ...localPack, guides: [...guides, structuredClone(guide)] };
}
