import { describe, expect, it } from 'vitest';
import { blockExtras, lookAtChurn, readings } from '../../../bench/lib/churn-samples';
import type { ChurnSample } from '../../../bench/lib/report';

const REF = 'reference';
const TWIN = 'twin';
const EXT = 'extension';

/** Rounds of [scenario, busyMs] in the order they ran; positions follow that order. */
function samplesOf(blocks: [string, number][][][]): ChurnSample[] {
  return blocks.flatMap((rounds, block) =>
    rounds.flatMap((runs, round) =>
      runs.map(([scenario, busyMs], position) => ({ block, round, position, scenario, busyMs, cpuMs: busyMs / 2 })),
    ),
  );
}

describe('churn samples', () => {
  it("keeps one configuration's readings in the order they ran, of one block or of all", () => {
    const samples = samplesOf([
      [
        [
          [REF, 100],
          [EXT, 110],
        ],
        [
          [EXT, 111],
          [REF, 101],
        ],
      ],
      [
        [
          [REF, 102],
          [EXT, 112],
        ],
      ],
    ]);
    expect(readings(samples, EXT, 'busyMs')).toEqual([110, 111, 112]);
    expect(readings(samples, REF, 'busyMs', 1)).toEqual([102]);
    expect(readings(samples, EXT, 'cpuMs', 0)).toEqual([55, 55.5]);
  });

  it("gives each block's median per-round extra over the reference, paired by round", () => {
    const samples = samplesOf([
      [
        [
          [REF, 100],
          [EXT, 101],
        ],
        [
          [REF, 200],
          [EXT, 202],
        ],
        [
          [REF, 100],
          [EXT, 103],
        ],
      ],
      [
        [
          [EXT, 96],
          [REF, 100],
        ],
      ],
    ]);
    const [first, second] = blockExtras(samples, EXT, REF);
    expect(first).toBeCloseTo(0.01);
    expect(second).toBeCloseTo(-0.04);
  });

  it('judges over the blocks with a t interval, and also pools every round', () => {
    const block = (ext: number): [string, number][][] => [
      [
        [REF, 100],
        [EXT, ext],
      ],
      [
        [EXT, ext],
        [REF, 100],
      ],
    ];
    const [look] = lookAtChurn(samplesOf([block(101), block(103), block(102)]), REF);
    expect(look?.scenario).toBe(EXT);
    expect(look?.blocks.extras.map((e) => Math.round(e * 1000))).toEqual([10, 30, 20]);
    expect(look?.blocks.mean).toBeCloseTo(0.02);
    // sd 0.01 over 3 blocks: ± 4.303 × 0.01 / √3.
    expect(look?.blocks.high).toBeCloseTo(0.02 + (4.303 * 0.01) / Math.sqrt(3));
    expect(look?.pooled.median).toBeCloseTo(0.02);
  });

  it('splits the per-round extra by whether the configuration ran before or after the reference', () => {
    const samples = samplesOf([
      [
        [
          [EXT, 101],
          [REF, 100],
        ],
        [
          [REF, 100],
          [EXT, 103],
        ],
        [
          [EXT, 101],
          [REF, 100],
        ],
      ],
    ]);
    const [look] = lookAtChurn(samples, REF);
    expect(look?.byOrder.before).toBeCloseTo(0.01);
    expect(look?.byOrder.after).toBeCloseTo(0.03);
    expect(look?.byOrder.rounds).toEqual({ before: 2, after: 1 });
  });

  it('splits the per-round extra by the place the configuration ran in its round', () => {
    const samples = samplesOf([
      [
        [
          [EXT, 104],
          [TWIN, 100],
          [REF, 100],
        ],
        [
          [TWIN, 100],
          [REF, 100],
          [EXT, 101],
        ],
        [
          [EXT, 106],
          [REF, 100],
          [TWIN, 100],
        ],
      ],
    ]);
    const ext = lookAtChurn(samples, REF, TWIN).find((l) => l.scenario === EXT);
    expect(ext?.byPosition.map((p) => p.rounds)).toEqual([2, 0, 1]);
    expect(ext?.byPosition[0]?.extra).toBeCloseTo(0.05);
    expect(ext?.byPosition[1]?.extra).toBeNaN();
    expect(ext?.byPosition[2]?.extra).toBeCloseTo(0.01);
  });

  it('measures against the mean of both plain runs when there is an A/A twin, but not the twin itself', () => {
    const samples = samplesOf([
      [
        [
          [REF, 100],
          [TWIN, 102],
          [EXT, 101],
        ],
      ],
    ]);
    const looks = lookAtChurn(samples, REF, TWIN);
    expect(looks.find((l) => l.scenario === EXT)?.overBothPlain).toBeCloseTo(0);
    expect(looks.find((l) => l.scenario === TWIN)?.overBothPlain).toBeUndefined();
    expect(looks.find((l) => l.scenario === TWIN)?.pooled.median).toBeCloseTo(0.02);
  });

  it('leaves out rounds where a reading is missing instead of counting them as zero', () => {
    const samples = samplesOf([
      [
        [
          [REF, 100],
          [EXT, 102],
        ],
        [
          [REF, 100],
          [EXT, 150],
        ],
      ],
    ]);
    const missing = samples.map((s) => (s.round === 1 && s.scenario === REF ? { ...s, cpuMs: Number.NaN } : s));
    const [look] = lookAtChurn(missing, REF, undefined, 'cpuMs');
    expect(look?.pooled.median).toBeCloseTo(0.02);
    expect(look?.byOrder.rounds).toEqual({ before: 0, after: 1 });
  });
});
