import { SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { attribute, ownerOf } from '../../../bench/lib/attribute';
import { formatTable, row, type Verdict, verdictAtMost } from '../../../bench/lib/report';
import { bootstrapInterval, meanInterval, pairedExtra, seeded, shuffled, summarize } from '../../../bench/lib/stats';

/** The relative extra of the medians, unpaired. */
const extraInterval = (a: number[], b: number[]) => bootstrapInterval(a, b, (m, r) => m / r - 1);

describe('summarize', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(summarize([5, 1, 3]).median).toBe(3);
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('reports the nearest-rank 95th percentile, which for 20 samples is the second-worst', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarize(values).p95).toBe(19);
  });

  it('ignores samples that are not finite numbers and counts only the rest', () => {
    const s = summarize([2, Number.NaN, 4, Number.POSITIVE_INFINITY]);
    expect(s).toEqual({ n: 2, median: 3, p95: 4, min: 2, max: 4 });
  });

  it('gives NaN figures for no samples rather than throwing', () => {
    expect(summarize([]).n).toBe(0);
    expect(summarize([]).median).toBeNaN();
  });
});

describe('bootstrap intervals', () => {
  it('holds no difference for two samples of the same noise', () => {
    const noise = [100, 104, 97, 101, 99, 103, 98];
    const i = extraInterval(noise, [...noise].reverse());
    expect(i.low).toBeLessThan(0);
    expect(i.high).toBeGreaterThan(0);
  });

  it('is a single point when neither side varies', () => {
    expect(extraInterval([110, 110, 110], [100, 100, 100])).toEqual({
      low: expect.closeTo(0.1),
      high: expect.closeTo(0.1),
    });
  });

  it('lies wholly above zero for a clear difference, and is the same for the same seed', () => {
    const a = [120, 123, 119, 121, 125];
    const b = [100, 102, 99, 101, 98];
    const i = extraInterval(a, b);
    expect(i.low).toBeGreaterThan(0.1);
    expect(i.high).toBeLessThan(0.3);
    expect(extraInterval(a, b)).toEqual(i);
  });

  it('pairs runs by round, so drift that moves both runs of a round cancels out', () => {
    // Each round drifts by up to 30 %, the configuration is always 5 % above its round's reference.
    const reference = [100, 130, 110, 125, 105, 120, 115];
    const values = reference.map((r) => r * 1.05);
    const paired = pairedExtra(values, reference);
    expect(paired.median).toBeCloseTo(0.05);
    expect(paired.low).toBeCloseTo(0.05);
    expect(paired.high).toBeCloseTo(0.05);
    const unpaired = extraInterval(values, reference);
    expect(unpaired.high - unpaired.low).toBeGreaterThan(0.1);
  });

  it('leaves out a round with a missing run', () => {
    expect(pairedExtra([110, Number.NaN, 120], [100, 100, 100]).median).toBeCloseTo(0.15);
  });

  it('gives NaN when a side has no finite sample', () => {
    expect(bootstrapInterval([], [1], (m, r) => m - r).low).toBeNaN();
    expect(bootstrapInterval([1], [Number.NaN], (m, r) => m - r).high).toBeNaN();
  });
});

describe('meanInterval over blocks', () => {
  it('gives the mean with the 95 % t interval of its few estimates', () => {
    // Session 8's five invocations: mean 1.5, standard deviation ~1.2, t(4) = 2.776.
    const m = meanInterval([0.028, 0.009, 0.014, 0.024, -0.001]);
    expect(m.n).toBe(5);
    expect(m.mean).toBeCloseTo(0.0148, 4);
    const sd = Math.sqrt([0.028, 0.009, 0.014, 0.024, -0.001].reduce((a, v) => a + (v - m.mean) ** 2, 0) / 4);
    expect(m.high - m.mean).toBeCloseTo((2.776 * sd) / Math.sqrt(5), 6);
    expect(m.mean - m.low).toBeCloseTo(m.high - m.mean, 10);
    expect(verdictAtMost(m, 0.02)).toBe('undecided');
  });

  it('is wider for two blocks than for six with the same spread', () => {
    const two = meanInterval([0.01, 0.02]);
    const six = meanInterval([0.01, 0.02, 0.01, 0.02, 0.01, 0.02]);
    expect(two.high - two.low).toBeGreaterThan(5 * (six.high - six.low));
  });

  it('gives NaN bounds for fewer than two finite estimates, so no verdict can come of one', () => {
    const one = meanInterval([0.01, Number.NaN]);
    expect(one.mean).toBeCloseTo(0.01);
    expect(one.low).toBeNaN();
    expect(verdictAtMost(one, 0.02)).toBeUndefined();
  });
});

describe('shuffled', () => {
  it('keeps every item once, leaves the input as it was, and repeats its order for the same seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const once = shuffled(items, seeded(3));
    expect([...once].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shuffled(items, seeded(3))).toEqual(once);
  });

  it('puts each item first about equally often', () => {
    const random = seeded(7);
    const first = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const head = shuffled(['a', 'b', 'c'], random)[0] as string;
      first.set(head, (first.get(head) ?? 0) + 1);
    }
    for (const k of ['a', 'b', 'c']) expect(first.get(k)).toBeGreaterThan(900);
  });
});

describe('row and formatTable', () => {
  it('computes the ratio to the reference median and leaves it out without a reference', () => {
    const withRef = row({
      figure: '3 churn',
      scenario: 'x',
      unit: 'ms',
      value: summarize([110]),
      reference: { scenario: 'ref', median: 100 },
    });
    expect(withRef.ratio).toBeCloseTo(1.1);
    expect(row({ figure: '1', scenario: 'y', unit: 'B', value: summarize([1]) }).ratio).toBeUndefined();
  });

  /** The churn goal's row with a given verdict. */
  const churnRow = (meets: Verdict) =>
    row({ figure: '3 churn', scenario: 'absent', unit: 'ms', value: summarize([5]), goal: '≤ 2 %', meets });

  it('prints one aligned line per row with the goal verdict', () => {
    const table = formatTable([
      row({
        figure: '1 bytes',
        scenario: 'no-guide',
        unit: 'B',
        value: summarize([2758]),
        goal: '≤ 3 KB',
        meets: true,
      }),
      churnRow(false),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^1 bytes\s+no-guide\s+2758 B\s+2758 B\s+1\s+≤ 3 KB\s+yes$/);
    expect(lines[3]).toMatch(/NO$/);
    expect(lines[2]?.indexOf('2758')).toBe(lines[3]?.indexOf('5.00'));
  });

  it('prints an undecided verdict as such', () => {
    const table = formatTable([churnRow('undecided')]);
    expect(table.split('\n')[2]).toMatch(/≤ 2 %\s+undecided$/);
  });
});

describe('verdictAtMost', () => {
  it('meets the goal only when the whole interval is within it, and misses it only when none is', () => {
    expect(verdictAtMost({ low: -0.01, high: 0.015 }, 0.02)).toBe(true);
    expect(verdictAtMost({ low: 0.035, high: 0.052 }, 0.02)).toBe(false);
    expect(verdictAtMost({ low: -0.05, high: 0.08 }, 0.02)).toBe('undecided');
  });

  it('gives no verdict for an interval that could not be computed', () => {
    expect(verdictAtMost({ low: Number.NaN, high: Number.NaN }, 0.02)).toBeUndefined();
  });
});

describe('attribute', () => {
  it('gives each source the characters from its mapped segment to the next segment', () => {
    const code = 'abcdefgh';
    const map = new SourceMapGenerator({ file: 'out.js' });
    const add = (column: number, source: string) =>
      map.addMapping({ generated: { line: 1, column }, original: { line: 1, column: 0 }, source });
    add(0, 'src/a.ts');
    add(2, '../node_modules/@scope/lib/dist/index.js');
    add(5, 'src/a.ts');
    const bytes = attribute(code, map.toString(), (s) => s);
    expect(bytes.get('src/a.ts')).toBe(2 + 3);
    expect(bytes.get('../node_modules/@scope/lib/dist/index.js')).toBe(3);
  });

  it('names npm packages by package (scoped too) and WXT by file', () => {
    expect(ownerOf('../../node_modules/@floating-ui/dom/dist/x.mjs')).toBe('@floating-ui/dom');
    expect(ownerOf('../../node_modules/preact/hooks/dist/hooks.mjs')).toBe('preact');
    expect(ownerOf('../../node_modules/wxt/dist/utils/content-script-context.mjs')).toBe(
      'wxt/utils/content-script-context.mjs',
    );
  });
});
