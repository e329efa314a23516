import { type IDBPDatabase, openDB } from 'idb';
import { MIGRATIONS } from './migrations';
import { DB_NAME, DB_VERSION, type VejviserDB } from './schema';

/**
 * Open the database, running every migration between the stored version and `DB_VERSION`
 * inside the one upgrade transaction, so an upgrade either completes or leaves the old data.
 */
export function openVejviserDb(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<VejviserDB>> {
  return openDB<VejviserDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) {
        const migration = MIGRATIONS[v];
        if (!migration) throw new Error(`No migration to database version ${v + 1}`);
        await migration(db, tx);
      }
    },
  });
}
