import { namesRendererMain, parentsFirst, type TraceEvent } from './trace';

/**
 * The page renderer's main thread in a trace: the thread of `pid` whose `thread_name` metadata
 * says `CrRendererMain`. Undefined when the trace has no such metadata.
 */
export function rendererMainTid(events: readonly TraceEvent[], pid: number): number | undefined {
  return events.find((e) => e.pid === pid && namesRendererMain(e))?.tid;
}

/**
 * Self time per event name, ms, of the complete (`X`) events on one thread: each event's thread
 * (CPU) time less that of the events nested in it, so a task's time is split among what ran in
 * it (the page's script, style, layout, paint …) and no time is counted twice. Thread time
 * (`tdur`) leaves out time the thread waited for a CPU; events without it count their wall time.
 */
export function selfTimeByName(events: readonly TraceEvent[], pid: number, tid: number): Map<string, number> {
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort(parentsFirst);
  const self = new Map<string, number>();
  const open: { name: string; end: number; time: number; nested: number }[] = [];
  const closeUntil = (ts: number) => {
    for (let top = open.at(-1); top && top.end <= ts; top = open.at(-1)) {
      open.pop();
      self.set(top.name, (self.get(top.name) ?? 0) + (top.time - top.nested) / 1000);
      const parent = open.at(-1);
      if (parent) parent.nested += top.time;
    }
  };
  for (const e of spans) {
    closeUntil(e.ts);
    open.push({ name: e.name, end: e.ts + (e.dur as number), time: e.tdur ?? (e.dur as number), nested: 0 });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return self;
}
