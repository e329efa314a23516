import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from '@/utils/pack/validate';
import { validPack } from '../pack/fixtures';
import { mutatedPack } from '../pack/mutations';
import { dump, freshStore } from './helpers';

describe('saving randomly mutated packs', () => {
  it('never throws, and a rejected pack leaves the store byte-identical', async () => {
    const { store, db } = await freshStore();
    await store.savePack('local', { ...validPack(), id: 'allerede-her' });
    await fc.assert(
      fc.asyncProperty(mutatedPack, async (pack) => {
        const before = await dump(db);
        const result = await store.savePack('local', pack);
        if (result.ok) {
          // An accepted mutation is stored exactly as validated; put things back for the next run.
          expect(validatePack(pack).ok).toBe(true);
          expect(JSON.parse((await store.exportPack('local', result.pack.id)) as string)).toEqual(
            JSON.parse(JSON.stringify(pack)),
          );
          await store.removePack('local', result.pack.id);
          if (result.pack.id === 'allerede-her') await store.savePack('local', { ...validPack(), id: 'allerede-her' });
        } else {
          expect(await dump(db)).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  }, 180_000);
});
