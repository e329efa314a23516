import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '../schema';

/** Version 1: the first stores. */
export function migrate001(db: IDBPDatabase<VejviserDB>): void {
  const packs = db.createObjectStore('packs', { keyPath: 'key' });
  packs.createIndex('bySource', 'source');
  db.createObjectStore('helpRequests', { keyPath: 'id' });
  db.createObjectStore('health', { keyPath: 'key' });
  db.createObjectStore('meta', { keyPath: 'key' });
}
