import { describe, expect, it } from 'vitest';
import { rendererMainTid, selfTimeByName } from '../../../bench/lib/self-time';
import { pairedDifference } from '../../../bench/lib/stats';
import type { TraceEvent } from '../../../bench/lib/trace';

const at = { pid: 7, tid: 9 };

/** A complete event of `dur` µs wall time and `tdur` µs thread time at `ts`. */
function span(name: string, ts: number, dur: number, tdur?: number, where = at): TraceEvent {
  return { ...where, name, cat: 'devtools.timeline', ph: 'X', ts, dur, ...(tdur === undefined ? {} : { tdur }) };
}

describe('rendererMainTid', () => {
  it('finds the thread the metadata names CrRendererMain in that process only', () => {
    const meta = (pid: number, tid: number, name: string): TraceEvent => ({
      pid,
      tid,
      name: 'thread_name',
      cat: '__metadata',
      ph: 'M',
      ts: 0,
      args: { name },
    });
    const events = [meta(7, 3, 'Compositor'), meta(8, 5, 'CrRendererMain'), meta(7, 9, 'CrRendererMain')];
    expect(rendererMainTid(events, 7)).toBe(9);
    expect(rendererMainTid(events, 8)).toBe(5);
    expect(rendererMainTid(events, 1)).toBeUndefined();
  });
});

describe('selfTimeByName', () => {
  it('splits a task among what ran in it, in thread time, so nothing is counted twice', () => {
    // A task (1,000 µs CPU) runs a timer callback (600) which forces a layout (200); then a paint (100).
    const events = [
      span('RunTask', 0, 2000, 1000),
      span('FunctionCall', 10, 900, 600),
      span('Layout', 500, 300, 200),
      span('Paint', 1500, 150, 100),
    ];
    const self = selfTimeByName(events, 7, 9);
    expect(self.get('RunTask')).toBeCloseTo(0.3);
    expect(self.get('FunctionCall')).toBeCloseTo(0.4);
    expect(self.get('Layout')).toBeCloseTo(0.2);
    expect(self.get('Paint')).toBeCloseTo(0.1);
    expect([...self.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1.0);
  });

  it('puts a parent that starts with its child first, and adds up repeated names', () => {
    const events = [
      span('FunctionCall', 0, 100, 100),
      span('RunTask', 0, 500, 400),
      span('FunctionCall', 200, 100, 50),
    ];
    const self = selfTimeByName(events, 7, 9);
    expect(self.get('RunTask')).toBeCloseTo(0.25);
    expect(self.get('FunctionCall')).toBeCloseTo(0.15);
  });

  it('uses wall time where an event has no thread time, and ignores other threads, instants and metadata', () => {
    const events: TraceEvent[] = [
      span('RunTask', 0, 400),
      span('Layout', 0, 1000, 1000, { pid: 7, tid: 1 }),
      { ...at, name: 'Mark', cat: 'x', ph: 'I', ts: 10 },
      { ...at, name: 'Open', cat: 'x', ph: 'B', ts: 20 },
    ];
    const self = selfTimeByName(events, 7, 9);
    expect([...self]).toEqual([['RunTask', 0.4]]);
  });
});

describe('pairedDifference', () => {
  it('is the median of the per-round differences, in the values unit, with an interval around it', () => {
    const reference = [100, 120, 90, 110, 105, 95, 115, 100, 98, 102];
    const values = reference.map((r) => r + 5);
    const d = pairedDifference(values, reference);
    expect(d.median).toBeCloseTo(5);
    expect(d.low).toBeCloseTo(5);
    expect(d.high).toBeCloseTo(5);
  });

  it('leaves out rounds where either side is missing', () => {
    expect(pairedDifference([110, Number.NaN, 130], [100, 100, 100]).median).toBeCloseTo(20);
    expect(Number.isNaN(pairedDifference([Number.NaN], [1]).median)).toBe(true);
  });
});
