import { describe, expect, it } from 'vitest';
import type { GuidePack } from '@/utils/pack/types';
import { validPack } from '../pack/fixtures';
import { dump, freshStore } from './helpers';

const borger = { origin: 'https://www.borger.dk', path: '/' };
const skat = { origin: 'https://www.skat.dk', path: '/' };

function pack(id: string, guides: GuidePack['guides']): GuidePack {
  return { format: 'vejviser/guide-pack@1', id, title: id, version: '1', guides };
}

function guide(
  id: string,
  title: string,
  sites = ['https://www.borger.dk/*'],
  extra = {},
): GuidePack['guides'][number] {
  return { id, title, sites, steps: [{ id: 'trin', say: 'Klik på **Næste**.' }], ...extra };
}

describe('the guide store', () => {
  it('stores a valid pack and lists it with its facts', async () => {
    const { store } = await freshStore();
    const result = await store.savePack('local', validPack());
    expect(result).toEqual({
      ok: true,
      pack: {
        source: 'local',
        id: 'test-pakke',
        title: validPack().title,
        version: '2026-11-28.1',
        guideCount: 2,
        storedAt: '2026-11-28T10:00:00.000Z',
      },
    });
    expect(await store.listPacks()).toEqual([result.ok && result.pack]);
    expect(await store.listPacks('policy')).toEqual([]);
  });

  it('keeps a policy pack’s url, etag and sha256 with it', async () => {
    const { store, db } = await freshStore();
    await store.savePack('policy', validPack(), { url: 'https://it.example/pakke.json', etag: '"abc"', sha256: 'ff' });
    const [info] = await store.listPacks('policy');
    expect(info?.url).toBe('https://it.example/pakke.json');
    expect(await db.get('packs', 'policy/test-pakke')).toMatchObject({ etag: '"abc"', sha256: 'ff' });
  });

  it('rejects an invalid pack whole and leaves the stored data byte-identical', async () => {
    const { store, db } = await freshStore();
    await store.savePack('local', validPack());
    const before = await dump(db);
    const bad = validPack();
    bad.version = '2';
    (bad.guides[1] as { id: string }).id = 'borger-flytning';
    const result = await store.savePack('local', bad);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'guides[1].id', message: '"borger-flytning" er allerede brugt som id af guides[0]' }],
    });
    expect(await dump(db)).toBe(before);
  });

  it('imports pack text and reports a JSON error with its line and column', async () => {
    const { store, db } = await freshStore();
    const before = await dump(db);
    const result = await store.importText('local', '{\n  "format": "vejviser/guide-pack@1",\n}');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'Filen er ikke gyldig JSON: linje 3, kolonne 1: der er et komma for meget før }',
          line: 3,
          column: 1,
        },
      ],
    });
    expect(await dump(db)).toBe(before);
  });

  it('exports a pack that imports back to exactly the same guides', async () => {
    const { store } = await freshStore();
    await store.savePack('policy', validPack());
    const text = await store.exportPack('policy', 'test-pakke');
    expect(text).not.toBeNull();
    expect(JSON.parse(text as string)).toEqual(validPack());

    const other = await freshStore();
    expect((await other.store.importText('local', text as string)).ok).toBe(true);
    expect(await other.store.exportPack('local', 'test-pakke')).toBe(text);
    for (const g of validPack().guides) {
      expect((await other.store.guideById(g.id))?.guide).toEqual(g);
    }
  });

  it('removes a pack and its guides', async () => {
    const { store } = await freshStore();
    await store.savePack('local', validPack());
    expect(await store.removePack('local', 'test-pakke')).toBe(true);
    expect(await store.removePack('local', 'test-pakke')).toBe(false);
    expect(await store.guideById('borger-flytning')).toBeNull();
    expect(await store.exportPack('local', 'test-pakke')).toBeNull();
  });

  it('gives local guides precedence over policy guides, and policy over built-in', async () => {
    const { store } = await freshStore();
    await store.savePack('builtin', pack('indbygget', [guide('flyt', 'Indbygget'), guide('kun-indbygget', 'Kun her')]));
    await store.savePack('policy', pack('it', [guide('flyt', 'Fra IT')]));
    expect((await store.guideById('flyt'))?.guide.title).toBe('Fra IT');
    await store.savePack('local', pack('bibliotek', [guide('flyt', 'Lokal')]));
    expect(await store.guideById('flyt')).toMatchObject({
      source: 'local',
      packId: 'bibliotek',
      guide: { title: 'Lokal' },
    });
    // Only the winning copy is offered, once.
    expect((await store.guidesForPage(borger)).map((g) => [g.id, g.source])).toEqual([
      ['flyt', 'local'],
      ['kun-indbygget', 'builtin'],
    ]);
    await store.removePack('local', 'bibliotek');
    expect((await store.guideById('flyt'))?.source).toBe('policy');
  });

  it('stops offering built-in guides when the policy turns them off, and brings them back', async () => {
    const { store } = await freshStore();
    await store.savePack('builtin', pack('indbygget', [guide('flyt', 'Indbygget')]));
    await store.savePack('local', pack('lokal', [guide('egen', 'Egen')]));
    let changes = 0;
    store.onChange(() => changes++);
    store.setBuiltInEnabled(false);
    expect(changes).toBe(1);
    expect(await store.guideById('flyt')).toBeNull();
    expect((await store.guidesForPage(borger)).map((g) => g.id)).toEqual(['egen']);
    expect(await store.search('indbygget', 'da')).toEqual([]);
    store.setBuiltInEnabled(true);
    expect((await store.guideById('flyt'))?.source).toBe('builtin');
  });

  it('offers the guides whose sites match the page', async () => {
    const { store } = await freshStore();
    await store.savePack('local', validPack());
    expect((await store.guidesForPage(borger)).map((g) => g.id)).toEqual(['borger-flytning']);
    expect((await store.guidesForPage(skat)).map((g) => g.id)).toEqual(['skat-forskud']);
    expect(await store.guidesForPage({ origin: 'https://www.sundhed.dk', path: '/' })).toEqual([]);
    expect(await store.guidesForPage(borger)).toEqual([
      {
        id: 'borger-flytning',
        title: { da: 'Meld flytning', en: 'Report a change of address' },
        summary: 'Sådan melder du, at du er flyttet.',
        topic: 'bolig',
        source: 'local',
        packId: 'test-pakke',
      },
    ]);
  });

  it('lists guides by topic in the order of the start page, sorted by title in the language', async () => {
    const { store } = await freshStore();
    await store.savePack(
      'local',
      pack('emner', [
        guide('b', { da: 'Øjenlæge', en: 'Eye doctor' } as never, undefined, { topic: 'sundhed' }),
        guide('a', { da: 'Bestil tid', en: 'Book a time' } as never, undefined, { topic: 'sundhed' }),
        guide('c', 'Flyt', undefined, { topic: 'bolig' }),
        guide('d', 'Uden emne'),
      ]),
    );
    const topics = await store.byTopic('en');
    expect(topics.map((t) => [t.topic, t.guides.map((g) => g.id)])).toEqual([
      ['bolig', ['c']],
      ['sundhed', ['a', 'b']],
      ['andet', ['d']],
    ]);
  });

  it('replaces a source whole, or not at all when one pack is invalid', async () => {
    const { store, db } = await freshStore();
    await store.replaceSource('policy', [
      { pack: pack('en', [guide('g1', 'En')]) },
      { pack: pack('to', [guide('g2', 'To')]) },
    ]);
    expect((await store.listPacks('policy')).map((p) => p.id)).toEqual(['en', 'to']);
    const before = await dump(db);
    const result = await store.replaceSource('policy', [
      { pack: pack('tre', [guide('g3', 'Tre')]) },
      { pack: { ...pack('fire', [guide('g4', 'Fire')]), format: 'nej' } },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '[1].format', message: 'skal være "vejviser/guide-pack@1"' }],
    });
    expect(await dump(db)).toBe(before);
    await store.replaceSource('policy', [{ pack: pack('tre', [guide('g3', 'Tre')]) }]);
    expect((await store.listPacks('policy')).map((p) => p.id)).toEqual(['tre']);
    expect(await store.guideById('g1')).toBeNull();
  });

  it('seeds the built-in packs, writes nothing when they are unchanged, and makes queries wait for them', async () => {
    const { store, db } = await freshStore();
    await store.savePack('builtin', pack('gammel', [guide('gammel', 'Gammel')]));
    const bundled = [
      { file: '/guides/a.json', pack: pack('a', [guide('ny', 'Ny')]) },
      { file: '/guides/ugyldig.json', pack: { format: 'forkert' } },
    ];
    const seeding = store.seedBuiltins(bundled);
    // Asked before seeding finished, the answer already reflects it.
    expect((await store.guidesForPage(borger)).map((g) => g.id)).toEqual(['ny']);
    await seeding;
    expect((await store.listPacks('builtin')).map((p) => p.id)).toEqual(['a']);
    const before = await dump(db);
    await store.seedBuiltins(bundled);
    expect(await dump(db)).toBe(before);
  });
});
