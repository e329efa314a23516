import { describe, expect, it } from 'vitest';
import { parseSchedstat, pidOfFrame } from '../../../bench/lib/thread-cpu';
import { extensionTaskTime, type TraceEvent } from '../../../bench/lib/trace';

const EXT = 'chrome-extension://abc/';
const MAIN = { pid: 7, tid: 7 };
const meta: TraceEvent = {
  ...MAIN,
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  args: { name: 'CrRendererMain' },
};

/** A top-level task of `dur` µs (CPU `tdur`) at `ts`, holding `inside`. */
function task(
  ts: number,
  dur: number,
  tdur: number | undefined,
  inside: Partial<TraceEvent>[] = [],
  name = 'ThreadControllerImpl::RunTask',
): TraceEvent[] {
  const top: TraceEvent = { ...MAIN, name, cat: 'toplevel', ph: 'X', ts, dur, ...(tdur === undefined ? {} : { tdur }) };
  return [
    top,
    ...inside.map((e, i) => ({ ...MAIN, name: 'x', cat: 'devtools.timeline', ph: 'X', ts: ts + 1 + i, dur: 1, ...e })),
  ];
}

const evaluate = (url: string): Partial<TraceEvent> => ({ name: 'EvaluateScript', args: { data: { url } } });

describe('extensionTaskTime', () => {
  it('counts the tasks that run our script, our messages and the microtask checkpoint after them, in wall and CPU time', () => {
    const events = [
      meta,
      ...task(100, 3000, 1000, [evaluate(`${EXT}content-scripts/overlay.js`)]),
      ...task(4000, 500, 400, [], 'BlinkScheduler_PerformMicrotaskCheckpoint'),
      ...task(5000, 800, 300, [
        {
          name: 'Receive mojo message',
          args: { chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.LocalFrame' } },
        },
      ]),
      // The page's own work: not ours, nor is a checkpoint after it.
      ...task(7000, 9000, 9000, [evaluate('https://www.borger.dk/app.js')]),
      ...task(17000, 600, 600, [], 'BlinkScheduler_PerformMicrotaskCheckpoint'),
    ];
    expect(extensionTaskTime(events, EXT)).toEqual({ ms: 4.3, cpuMs: 1.7, tasks: 3 });
  });

  it('takes the wall time for CPU time where a trace has no thread times', () => {
    const events = [meta, ...task(100, 2000, undefined, [evaluate(`${EXT}a.js`)])];
    expect(extensionTaskTime(events, EXT)).toEqual({ ms: 2, cpuMs: 2, tasks: 1 });
  });

  it('ignores our script on a thread that is not a renderer main thread', () => {
    const worker = task(100, 2000, 2000, [evaluate(`${EXT}a.js`)]).map((e) => ({ ...e, tid: 8 }));
    expect(extensionTaskTime([meta, ...worker], EXT)).toEqual({ ms: 0, cpuMs: 0, tasks: 0 });
  });
});

describe('pidOfFrame', () => {
  it('finds the process of the first event that names the frame in its data or begin data', () => {
    const events: TraceEvent[] = [
      {
        name: 'Layout',
        cat: 'devtools.timeline',
        ph: 'X',
        ts: 1,
        pid: 3,
        tid: 3,
        args: { beginData: { frame: 'OTHER' } },
      },
      {
        name: 'UpdateLayoutTree',
        cat: 'devtools.timeline',
        ph: 'X',
        ts: 2,
        pid: 9,
        tid: 9,
        args: { beginData: { frame: 'F1' } },
      },
      { name: 'PrePaint', cat: 'devtools.timeline', ph: 'X', ts: 3, pid: 4, tid: 4, args: { data: { frame: 'F1' } } },
    ];
    expect(pidOfFrame(events, 'F1')).toBe(9);
    expect(pidOfFrame(events, 'NONE')).toBeUndefined();
  });
});

describe('parseSchedstat', () => {
  it('reads the on-CPU nanoseconds as milliseconds', () => {
    expect(parseSchedstat('1234567890 55555 321\n')).toBeCloseTo(1234.56789, 6);
  });

  it('gives NaN for text that is not a schedstat line', () => {
    expect(parseSchedstat('')).toBeNaN();
    expect(parseSchedstat('abc 1 2')).toBeNaN();
  });
});
