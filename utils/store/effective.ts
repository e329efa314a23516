import type { Guide, PackSource } from '@/utils/pack/types';
import { type PackRecord, SOURCE_RANK } from './types';

/** A guide as offered to citizens, after source precedence. */
export interface EffectiveGuide {
  guide: Guide;
  source: PackSource;
  packId: string;
}

function outranks(a: PackRecord, b: PackRecord): boolean {
  const rank = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (rank !== 0) return rank > 0;
  // Same source: the pack stored last wins; ties (e.g. built-ins seeded together) by pack id.
  if (a.storedAt !== b.storedAt) return a.storedAt > b.storedAt;
  return a.packId < b.packId;
}

/**
 * The guides in force: for each guide id the copy from the highest-ranking source
 * (local > policy > builtin); built-in packs count only while `builtInEnabled`. The result keeps
 * a stable order: by source rank, then pack, then the guide's place in its pack.
 */
export function effectiveGuides(records: readonly PackRecord[], builtInEnabled: boolean): EffectiveGuide[] {
  const winners = new Map<string, PackRecord>();
  for (const record of records) {
    if (record.source === 'builtin' && !builtInEnabled) continue;
    for (const guide of record.pack.guides) {
      const current = winners.get(guide.id);
      if (!current || outranks(record, current)) winners.set(guide.id, record);
    }
  }
  const ordered = [...records].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));
  const out: EffectiveGuide[] = [];
  for (const record of ordered) {
    for (const guide of record.pack.guides) {
      if (winners.get(guide.id) === record) out.push({ guide, source: record.source, packId: record.packId });
    }
  }
  return out;
}
