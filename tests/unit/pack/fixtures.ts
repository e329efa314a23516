import type { GuidePack } from '@/utils/pack/types';

/** The contract's example pack (shared/CONTRACTS.md §1), kept here so tests do not depend on `guides/`. */
const CONTRACT_EXAMPLE = {
  format: 'vejviser/guide-pack@1',
  id: 'test-pakke',
  title: {
    da: 'Vejvisers første vejledninger',
    en: "Vejviser's first guides",
  },
  version: '2026-11-28.1',
  guides: [
    {
      id: 'borger-flytning',
      title: {
        da: 'Meld flytning',
        en: 'Report a change of address',
      },
      summary: 'Sådan melder du, at du er flyttet.',
      keywords: ['flytte', 'ny adresse', 'adresseændring'],
      topic: 'bolig',
      sites: ['https://www.borger.dk/*'],
      start: 'https://www.borger.dk/',
      steps: [
        {
          id: 'find-flytning',
          page: 'https://www.borger.dk/',
          target: [
            {
              role: 'link',
              name: 'Flytning',
            },
            {
              text: 'Flytning',
            },
          ],
          say: {
            da: 'Klik på **Flytning**.',
            en: 'Click **Flytning** (Moving).',
          },
        },
        {
          id: 'log-paa',
          page: 'https://www.borger.dk/flytning*',
          target: {
            role: 'button',
            name: {
              regex: '^log (på|ind)',
            },
          },
          say: 'Klik på **Log på**. Du skal bruge MitID.',
          more: 'Har du ikke MitID? Tryk på Spørg personalet, så hjælper vi dig.',
          kind: 'staff',
        },
        {
          id: 'mitid-kode',
          say: 'Nu skal du godkende i din MitID-app. Fortæl aldrig nogen din kode – heller ikke personalet.',
          kind: 'caution',
          advance: 'manual',
        },
      ],
    },
  ],
};

/** A valid pack with two guides: the contract's example and a second one on skat.dk. */
export function validPack(): GuidePack {
  const pack = structuredClone(CONTRACT_EXAMPLE) as GuidePack;
  pack.guides.push({
    id: 'skat-forskud',
    title: { da: 'Ret din forskudsopgørelse', en: 'Change your preliminary income assessment' },
    summary: 'Ret din indkomst for næste år.',
    keywords: ['forskud', 'skat', 'indkomst'],
    topic: 'skat-penge',
    sites: ['https://www.skat.dk/*', 'https://skat.dk/*'],
    steps: [
      {
        id: 'log-paa',
        page: 'https://www.skat.dk/',
        target: { role: 'link', name: 'Log på TastSelv' },
        say: 'Klik på **Log på TastSelv**.',
      },
      { id: 'ret', target: { label: 'Lønindkomst' }, say: 'Skriv din nye løn.', advance: 'input' },
    ],
  });
  return pack;
}
