import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR } from '../../tests/e2e/support/extension';
import { STAGE_NAMES } from '../../utils/overlay/stages';
import { PAGE } from '../lib/bench-server';
import { openTourWithLauncher, parsedScripts, settle } from '../lib/cdp';
import { type BenchContext, openPage, startLibraryTour } from '../lib/context';
import { type Row, row } from '../lib/report';
import { summarize } from '../lib/stats';
import { LIBRARY_TOOLS } from '../lib/tour-bundles';

export const TOOL_NAME = { driver: 'Driver.js', shepherd: 'Shepherd.js' } as const;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

interface Injected {
  raw: number;
  gzip: number;
  files: string[];
}

/** The CSS the overlay put into its shadow root (WXT's `cssInjectionMode: 'ui'` inlines it as <style>). */
function shadowCss(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('vejviser-overlay')?.shadowRoot?.querySelectorAll('style') ?? [])].map(
      (s) => s.textContent ?? '',
    ),
  );
}

/**
 * Bytes a page receives from the extension: every extension script Chromium actually parsed in
 * the page (seen through `Debugger.scriptParsed`, sized from the built file) plus the CSS found in
 * our shadow root. Gzip (level 9, per file) is a proxy for code size: extension files are read from
 * disk, not downloaded.
 */
async function extensionBytes(ctx: BenchContext, run: (page: Page) => Promise<void>): Promise<Injected> {
  const { page, session, close } = await openPage(ctx.ext);
  try {
    const prefix = `chrome-extension://${ctx.ext.extensionId}/`;
    const scripts = await parsedScripts(session, () => run(page));
    const files = [...new Set(scripts.filter((s) => s.url.startsWith(prefix)).map((s) => s.url.slice(prefix.length)))];
    let raw = 0;
    let gzip = 0;
    const sources: string[] = [];
    for (const f of files) {
      const body = await readFile(join(EXTENSION_DIR, f));
      sources.push(body.toString('utf8'));
      raw += body.length;
      gzip += gz(body);
    }
    for (const css of await shadowCss(page)) {
      // CSS bundled into a script as a string (`?inline`) is already counted with that script.
      const escaped = JSON.stringify(css).slice(1, -1);
      if (sources.some((src) => src.includes(css) || src.includes(escaped))) continue;
      raw += Buffer.byteLength(css);
      gzip += gz(css);
      files.push('(CSS in the shadow root)');
    }
    return { raw, gzip, files };
  } finally {
    await close();
  }
}

/** Bytes of a library tour bundle (library + its CSS + the tour), as parsed in the page. */
async function libraryBytes(ctx: BenchContext, tool: (typeof LIBRARY_TOOLS)[number]): Promise<Injected> {
  const { page, session, close } = await openPage(ctx.plain);
  try {
    const scripts = await parsedScripts(session, () => startLibraryTour(page, tool));
    const files = scripts.filter((s) => s.url.includes(`/bench/assets/${tool}-tour.js`)).map((s) => s.url);
    // Fetched by the page, so it is exactly what the practice server delivered.
    const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), `/bench/assets/${tool}-tour.js`);
    const body = Buffer.from(text);
    return { raw: body.length, gzip: gz(body), files };
  } finally {
    await close();
  }
}

function bytesRows(
  figure: string,
  scenario: string,
  b: Injected,
  goal?: { gzip: number; text: string },
  reference?: Injected,
): Row[] {
  const one = (v: number) => summarize([v]);
  return [
    row({
      figure,
      scenario: `${scenario} — gzip`,
      unit: 'B',
      value: one(b.gzip),
      reference: reference ? { scenario: 'Vejviser, same page (gzip)', median: reference.gzip } : undefined,
      goal: goal?.text,
      meets: goal ? b.gzip <= goal.gzip : undefined,
      note: b.files.join(', '),
    }),
    row({
      figure,
      scenario: `${scenario} — raw`,
      unit: 'B',
      value: one(b.raw),
      reference: reference ? { scenario: 'Vejviser, same page (raw)', median: reference.raw } : undefined,
    }),
  ];
}

export async function bytesSuite(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  // Bytes are deterministic for a given build: one run each (the other figures repeat).
  const noGuide = await extensionBytes(ctx, async (page) => {
    await openTourWithLauncher(page);
    await settle(page);
  });
  rows.push(...bytesRows('1 bytes', 'Vejviser, no-guide page', noGuide, { gzip: 3 * 1024, text: '≤ 3 KB gzip' }));

  let active: Injected | undefined;
  if (ctx.activeGuide.unavailable) {
    ctx.notes.push(`1 bytes, active guide: not measured — ${ctx.activeGuide.unavailable}`);
  } else {
    active = await extensionBytes(ctx, async (page) => {
      await ctx.activeGuide.open(page, PAGE.tour);
      await settle(page);
    });
    rows.push(...bytesRows('1 bytes', 'Vejviser, active guide', active, { gzip: 20 * 1024, text: '≤ 20 KB gzip' }));
    // What a page gets on top when it needs a later stage (docs/architecture.md, "Stages").
    const later: string[] = [];
    for (const name of STAGE_NAMES) {
      const file = `${name}.js`;
      if (active.files.includes(file)) continue;
      later.push(`${file} ${gz(await readFile(join(EXTENSION_DIR, file)))} B gzip`);
    }
    if (later.length > 0) ctx.notes.push(`1 bytes, later stages not injected on this page: ${later.join(', ')}`);
  }
  for (const tool of LIBRARY_TOOLS) {
    const b = await libraryBytes(ctx, tool);
    rows.push(...bytesRows('6 bytes', `${TOOL_NAME[tool]} tour`, b, undefined, active));
  }
  return rows;
}
