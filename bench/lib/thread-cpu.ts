import { readFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';
import { type TraceEvent, traceDuring } from './trace';

/**
 * The renderer process that runs the page's main frame: the process of the trace events that
 * name the frame. Chromium writes real process ids into its traces when it runs without the
 * sandbox's PID namespace, as the bench's browsers do (`--no-sandbox`); a renderer's main
 * thread has the process's id (Linux). Undefined when the trace names no such event.
 */
export async function rendererPid(session: CDPSession): Promise<number | undefined> {
  const { frameTree } = await session.send('Page.getFrameTree');
  const frame = frameTree.frame.id;
  // Style and layout name the frame they work on: an element that is laid out once and removed
  // makes both, and leaves the page as it was.
  const events = await traceDuring(session, async () => {
    await session.send('Runtime.evaluate', {
      expression: "{ const d = document.createElement('div'); document.body.append(d); d.offsetWidth; d.remove(); }",
    });
  });
  return pidOfFrame(events, frame);
}

/** The pid of the first trace event whose data names `frame` (pure, for tests). */
export function pidOfFrame(events: readonly TraceEvent[], frame: string): number | undefined {
  const names = (data: unknown) => (data as { frame?: unknown } | undefined)?.frame === frame;
  return events.find((e) => names(e.args?.data) || names(e.args?.beginData))?.pid;
}

/**
 * CPU time the thread `tid` of process `pid` has run so far, ms, from the kernel's scheduler
 * statistics (`/proc/<pid>/task/<tid>/schedstat`: nanoseconds on a CPU, first field). Unlike
 * Chromium's `TaskDuration` (wall time of tasks), time the thread waited for a CPU does not
 * count: on 2 cores it shares them with the page's compositor and raster threads, the other
 * browsers and the harness. NaN where the file cannot be read (not Linux).
 */
export async function threadCpuMs(pid: number, tid: number = pid): Promise<number> {
  try {
    return parseSchedstat(await readFile(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'));
  } catch {
    return Number.NaN;
  }
}

/** The on-CPU time in `schedstat`'s text, ms (pure, for tests). */
export function parseSchedstat(text: string): number {
  const first = text.trim().split(/\s+/)[0];
  return first ? Number(first) / 1e6 : Number.NaN;
}
