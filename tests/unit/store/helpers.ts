import type { IDBPDatabase } from 'idb';
import { createGuideStore } from '@/entrypoints/background/guide-store';
import { openVejviserDb } from '@/utils/db/open';
import type { VejviserDB } from '@/utils/db/schema';

let counter = 0;

/** A real guide store over a fresh fake-indexeddb database, with a clock that ticks per write. */
export async function freshStore(opts: { builtInEnabled?: boolean } = {}) {
  const db = await openVejviserDb(`store-test-${++counter}-${Math.random()}`);
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 10, 28, 10, 0, tick++));
  const store = createGuideStore(Promise.resolve(db), { now, ...opts });
  return { db, store };
}

/** Every record of every object store, as text: "byte-identical" means this string is equal. */
export async function dump(db: IDBPDatabase<VejviserDB>): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const name of [...db.objectStoreNames].sort()) out[name] = await db.getAll(name);
  return JSON.stringify(out);
}
