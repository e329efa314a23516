import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGuideStore } from '@/entrypoints/background/guide-store';
import { MIGRATIONS } from '@/utils/db/migrations';
import { openVejviserDb } from '@/utils/db/open';
import { DB_VERSION } from '@/utils/db/schema';

/** A golden fixture: the records a database of one version holds, store by store. */
interface Fixture {
  version: number;
  stores: Record<string, ({ key?: string; id?: string } & Record<string, unknown>)[]>;
}

const DIR = 'tests/unit/db/fixtures';
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

type StoreName = 'packs' | 'helpRequests' | 'health' | 'meta';

/** Write a fixture into a database created by the migrations up to its version only. */
async function seedOldDatabase(name: string, fixture: Fixture): Promise<void> {
  const db = await openVejviserDb(name, fixture.version);
  for (const [store, records] of Object.entries(fixture.stores)) {
    const tx = db.transaction(store as StoreName, 'readwrite');
    for (const r of records) await tx.store.put(r as never);
    await tx.done;
  }
  db.close();
}

describe('database migrations', () => {
  it('has one migration per version and a golden fixture for every version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'upgrades a version-%i database to the newest and loses nothing',
    async (version, fixture) => {
      const name = `migrate-from-${version}`;
      await seedOldDatabase(name, fixture);
      const db = await openVejviserDb(name);
      expect(db.version).toBe(DB_VERSION);
      for (const [store, records] of Object.entries(fixture.stores)) {
        const now = await db.getAll(store as StoreName);
        for (const record of records) expect(now).toContainEqual(expect.objectContaining(record));
      }
      // And the guide store reads the upgraded packs.
      const store = createGuideStore(Promise.resolve(db));
      const packs = fixture.stores.packs ?? [];
      expect((await store.listPacks()).map((p) => `${p.source}/${p.id}`).sort()).toEqual(
        packs.map((p) => p.key).sort(),
      );
      db.close();
    },
  );

  it('writes pack records exactly as the newest golden fixture has them (change the shape → add a version)', async () => {
    const newest = fixtures[fixtures.length - 1] as Fixture;
    const db = await openVejviserDb('golden-now');
    for (const expected of newest.stores.packs ?? []) {
      const store = createGuideStore(Promise.resolve(db), { now: () => new Date(expected.storedAt as string) });
      const meta = { url: expected.url, etag: expected.etag, sha256: expected.sha256 } as Record<string, string>;
      for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
      const result = await store.savePack(expected.source as 'builtin', expected.pack, meta);
      expect(result.ok).toBe(true);
      expect(await db.get('packs', expected.key as string)).toEqual(expected);
    }
    db.close();
  });
});
