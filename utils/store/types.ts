import type { StoredPackRecord } from '@/utils/db/schema';
import type { GuidePack, PackSource } from '@/utils/pack/types';

/** Where a policy pack came from and how it was fetched (for refresh and `sha256` pinning). */
export interface PackMeta {
  url?: string;
  etag?: string;
  sha256?: string;
}

/** One record in the `packs` object store: a validated pack and where it came from. */
export interface PackRecord extends StoredPackRecord, PackMeta {
  /** `${source}/${packId}`. */
  key: string;
  source: PackSource;
  packId: string;
  pack: GuidePack;
  /** ISO time it was stored. */
  storedAt: string;
}

export function packKey(source: PackSource, packId: string): string {
  return `${source}/${packId}`;
}

/** Precedence when two sources carry the same guide id: the higher number wins. */
export const SOURCE_RANK: Record<PackSource, number> = { local: 3, policy: 2, builtin: 1 };
