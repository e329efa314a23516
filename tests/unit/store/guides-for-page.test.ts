import { describe, expect, it } from 'vitest';
import type { Guide, GuidePack } from '@/utils/pack/types';
import { freshStore } from './helpers';

function pack(id: string, guides: Guide[], version = '1'): GuidePack {
  return { format: 'vejviser/guide-pack@1', id, title: id, version, guides };
}

function guide(id: string, sites: string[]): Guide {
  return { id, title: id, sites, steps: [{ id: 'trin', say: 'Klik på **Næste**.' }] };
}

const page = (href: string) => {
  const u = new URL(href);
  return { origin: u.origin, path: u.pathname };
};

describe('guides for a page, as packs come and go', () => {
  it('follows a pack that is replaced by a new version with other sites', async () => {
    const { store } = await freshStore();
    await store.savePack('local', pack('egen', [guide('flyt', ['https://www.borger.dk/flytning*'])]));
    const ids = async (href: string) => (await store.guidesForPage(page(href))).map((g) => g.id);
    expect(await ids('https://www.borger.dk/flytning/ny')).toEqual(['flyt']);

    await store.savePack('local', pack('egen', [guide('flyt', ['https://www.borger.dk/adresse/*'])], '2'));
    expect(await ids('https://www.borger.dk/flytning/ny')).toEqual([]);
    expect(await ids('https://www.borger.dk/adresse/ny')).toEqual(['flyt']);
  });

  it('forgets the guides of a removed pack and keeps the others', async () => {
    const { store } = await freshStore();
    await store.savePack('local', pack('a', [guide('a1', ['https://www.borger.dk/flytning/*'])]));
    await store.savePack(
      'local',
      pack('b', [guide('b1', ['https://www.borger.dk/flytning/*', 'https://*.borger.dk/*'])]),
    );
    const ids = async (href: string) => (await store.guidesForPage(page(href))).map((g) => g.id);
    expect(await ids('https://www.borger.dk/flytning/x')).toEqual(['b1', 'a1']);

    expect(await store.removePack('local', 'b')).toBe(true);
    expect(await ids('https://www.borger.dk/flytning/x')).toEqual(['a1']);
    expect(await ids('https://post.borger.dk/x')).toEqual([]);
  });

  it('follows a source replaced whole, and the winner’s sites when two sources carry one guide', async () => {
    const { store } = await freshStore();
    await store.replaceSource('policy', [
      { pack: pack('it', [guide('pas', ['https://www.borger.dk/pas*']), guide('skat', ['https://skat.dk/*'])]) },
    ]);
    const ids = async (href: string) => (await store.guidesForPage(page(href))).map((g) => g.id);
    expect(await ids('https://www.borger.dk/pas-og-koerekort')).toEqual(['pas']);

    // A local copy of `pas` on other pages wins: the policy copy's sites no longer count.
    await store.savePack('local', pack('egen', [guide('pas', ['https://www.borger.dk/selvbetjening/pas/*'])]));
    expect(await ids('https://www.borger.dk/pas-og-koerekort')).toEqual([]);
    expect(await ids('https://www.borger.dk/selvbetjening/pas/1')).toEqual(['pas']);

    await store.replaceSource('policy', [{ pack: pack('it2', [guide('ny', ['https://skat.dk/tastselv/*'])]) }]);
    expect(await ids('https://skat.dk/tastselv/x')).toEqual(['ny']);
    expect(await ids('https://skat.dk/andet')).toEqual([]);

    await store.removePack('local', 'egen');
    expect(await ids('https://www.borger.dk/selvbetjening/pas/1')).toEqual([]);
  });

  it('leaves out guides switched off on this PC, and brings them back', async () => {
    const { store } = await freshStore();
    await store.savePack(
      'local',
      pack('a', [guide('a1', ['https://www.borger.dk/*']), guide('a2', ['https://www.borger.dk/*'])]),
    );
    const ids = async () => (await store.guidesForPage(page('https://www.borger.dk/x'))).map((g) => g.id);
    store.setDisabledGuides(new Set(['a1']));
    expect(await ids()).toEqual(['a2']);
    store.setDisabledGuides(new Set());
    expect(await ids()).toEqual(['a1', 'a2']);
  });
});
