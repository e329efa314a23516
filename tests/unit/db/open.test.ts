import { describe, expect, it } from 'vitest';
import { openVejviserDb } from '@/utils/db/open';
import { DB_VERSION } from '@/utils/db/schema';

describe('openVejviserDb', () => {
  it('creates every store of the newest version in a new database', async () => {
    const db = await openVejviserDb('open-test-new');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['health', 'helpRequests', 'meta', 'packs']);
    expect([...db.transaction('packs').store.indexNames]).toEqual(['bySource']);
    db.close();
  });
});
