import type { CDPSession, Page } from '@playwright/test';
import { PAGE } from './bench-server';

/** Chromium's cumulative per-page counters (`Performance.getMetrics`), in seconds / counts. */
export async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Main-thread busy time so far, ms: the sum of all tasks the page's renderer main thread ran. */
export async function taskMs(session: CDPSession): Promise<number> {
  return ((await metrics(session)).TaskDuration ?? Number.NaN) * 1000;
}

/** JS heap in use after a full GC, bytes (the page's isolate: main world and content-script worlds together). */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/**
 * Time (and the top functions by self time) the sampling CPU profiler saw inside scripts whose URL starts with `urlPrefix` (including
 * the DOM and runtime calls they make), ms. Every world of the page shares one V8 isolate, so the
 * profile covers the content script's isolated world too.
 */
export async function profileUrlTime(session: CDPSession, urlPrefix: string, run: () => Promise<void>) {
  await session.send('Profiler.enable');
  // 50 µs: fine enough to see a sub-millisecond content script.
  await session.send('Profiler.setSamplingInterval', { interval: 50 });
  await session.send('Profiler.start');
  await run();
  const { profile } = await session.send('Profiler.stop');
  await session.send('Profiler.disable');
  const nodes = profile.nodes as ProfileNode[];
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inside = new Map<number, boolean>();
  const isInside = (id: number): boolean => {
    const known = inside.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const yes = !!node && (node.callFrame.url.startsWith(urlPrefix) || (p !== undefined && isInside(p)));
    inside.set(id, yes);
    return yes;
  };
  let us = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byFunction = new Map<string, number>();
  // A sample stands for the interval up to the next one, capped at 1 ms: on a busy 2-core machine
  // the sampling thread is sometimes starved, and a long gap says nothing about what ran in it.
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    if (!isInside(id)) continue;
    const w = Math.min(deltas[i + 1] ?? 0, 1000);
    us += w;
    const f = byId.get(id)?.callFrame;
    const key = `${f?.functionName || '(anonymous)'} ${f?.url.split('/').pop() || '(native)'}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + w);
  }
  const top = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} ms`);
  return { ms: us / 1000, top };
}

/** Every script parsed in the page while `run` runs, with its URL and length (chars). */
export async function parsedScripts(session: CDPSession, run: () => Promise<void>) {
  const scripts: { url: string; length: number }[] = [];
  const onParsed = (e: { url: string; length?: number }) => {
    if (e.url) scripts.push({ url: e.url, length: e.length ?? 0 });
  };
  session.on('Debugger.scriptParsed', onParsed);
  await session.send('Debugger.enable');
  await run();
  await session.send('Debugger.disable');
  session.off('Debugger.scriptParsed', onParsed);
  return scripts;
}

/** A page expression: whether the Vejviser launcher is rendered (the content script has finished). */
export const LAUNCHER_SHOWN = "!!document.querySelector('vejviser-overlay')?.shadowRoot?.querySelector('button')";

/** Wait until the Vejviser launcher is rendered. */
export async function waitForLauncher(page: Page): Promise<void> {
  await page.waitForFunction(LAUNCHER_SHOWN);
}

/** Open the tour page on a supported host and wait for the launcher (an extension's no-guide page). */
export async function openTourWithLauncher(page: Page): Promise<void> {
  await page.goto(PAGE.tour);
  await waitForLauncher(page);
}

/** Let trailing tasks (message replies, style recalc) settle before reading counters. */
export function settle(page: Page, ms = 300): Promise<void> {
  return page.waitForTimeout(ms);
}
