import type { CDPSession } from '@playwright/test';

/** One event of a Chromium trace (Trace Event Format; `X` events are complete, with a duration). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an `X` event, microseconds: the part of `dur` the thread was on a CPU. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/**
 * What DevTools' performance panel records, without V8's own categories: task boundaries, script
 * evaluation and callbacks with their script URLs, style, layout and paint. V8's categories add
 * enough overhead to triple a content script's compile time, so they are left out.
 */
const CATEGORIES = ['devtools.timeline', 'toplevel', '__metadata'];

/** Records a trace of the page's processes while `run` runs. */
export async function traceDuring(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => {
    session.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? ''));
  });
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
  try {
    await run();
  } finally {
    await session.send('Tracing.end');
  }
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const key = (e: Pick<TraceEvent, 'pid' | 'tid'>) => `${e.pid}:${e.tid}`;

/** The metadata event that names a thread a renderer's main thread (`CrRendererMain`). */
export function namesRendererMain(e: TraceEvent): boolean {
  return e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain';
}

/** Trace order for nesting complete events: by start, and of two that start together the longer (the parent) first. */
export function parentsFirst(a: TraceEvent, b: TraceEvent): number {
  return a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0);
}

/** Whether an event names one of the scripts under `urlPrefix` (script evaluation, a callback, a compile). */
function namesScript(e: TraceEvent, urlPrefix: string): boolean {
  const data = e.args?.data as { url?: unknown } | undefined;
  return typeof data?.url === 'string' && data.url.startsWith(urlPrefix);
}

/** A message from the extension's side (the background's answer to our request, a port opening or closing). */
function isExtensionMessage(e: TraceEvent): boolean {
  const info = e.args?.chrome_mojo_event_info as { mojo_interface_tag?: unknown } | undefined;
  return typeof info?.mojo_interface_tag === 'string' && info.mojo_interface_tag.startsWith('extensions.mojom.');
}

export interface AttributedTime {
  /** Main-thread time of the tasks attributed to the extension, ms. */
  ms: number;
  /** The CPU time of the same tasks, ms: what is left of `ms` without the time the thread waited or was preempted. */
  cpuMs: number;
  /** How many tasks that is. */
  tasks: number;
}

/**
 * Main-thread time of the renderer tasks that ran an extension's code, the way Lighthouse
 * attributes main-thread time to scripts, but by task: every top-level task on a renderer main
 * thread in which one of its scripts is evaluated or called back (`EvaluateScript`,
 * `FunctionCall` with its URL), or in which an extension message arrives, plus the microtask
 * checkpoint right after such a task (the promise continuations it queued: `await
 * runtime.sendMessage` resumes there). Whole tasks, so the style and layout our code forces
 * count too; the frames the page renders afterwards do not (the busy-time rows show those).
 */
export function extensionTaskTime(events: readonly TraceEvent[], urlPrefix: string): AttributedTime {
  const mainThreads = new Set(events.filter(namesRendererMain).map(key));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !mainThreads.has(key(e))) continue;
    const list = byThread.get(key(e)) ?? [];
    list.push(e);
    byThread.set(key(e), list);
  }
  let us = 0;
  let cpuUs = 0;
  let tasks = 0;
  for (const list of byThread.values()) {
    list.sort(parentsFirst);
    // Outermost top-level events only (a RunTask can hold another top-level event).
    const top: { task: TraceEvent; ours: boolean }[] = [];
    let end = -1;
    for (const e of list) {
      const inTop = top[top.length - 1];
      if (inTop && e.ts < end) {
        if (namesScript(e, urlPrefix) || isExtensionMessage(e)) inTop.ours = true;
        continue;
      }
      if (!e.cat.includes('toplevel')) continue;
      top.push({ task: e, ours: namesScript(e, urlPrefix) || isExtensionMessage(e) });
      end = e.ts + (e.dur ?? 0);
    }
    for (let i = 0; i < top.length; i++) {
      const t = top[i] as (typeof top)[number];
      const prev = top[i - 1];
      const checkpoint = t.task.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && prev?.ours === true;
      if (!t.ours && !checkpoint) continue;
      us += t.task.dur ?? 0;
      cpuUs += t.task.tdur ?? t.task.dur ?? 0;
      tasks++;
    }
  }
  return { ms: us / 1000, cpuMs: cpuUs / 1000, tasks };
}
