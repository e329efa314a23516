import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VejviserDB } from '../schema';
import { migrate001 } from './001-initial';

export type Migration = (
  db: IDBPDatabase<VejviserDB>,
  tx: IDBPTransaction<VejviserDB, StoreNames<VejviserDB>[], 'versionchange'>,
) => void | Promise<void>;

/** Migration N takes the database from version N-1 to N. Never edit a released one: add the next. */
export const MIGRATIONS: readonly Migration[] = [migrate001];
