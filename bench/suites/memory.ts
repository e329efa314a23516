import { PAGE } from '../lib/bench-server';
import { heapAfterGc, openTourWithLauncher, settle } from '../lib/cdp';
import { type BenchContext, type OpenedPage, openPage, startLibraryTour } from '../lib/context';
import { type Row, row } from '../lib/report';
import { summarize } from '../lib/stats';
import { LIBRARY_TOOLS } from '../lib/tour-bundles';
import { TOOL_NAME } from './bytes';

interface Config {
  scenario: string;
  browser: 'plain' | 'ext' | 'floor';
  setup(p: OpenedPage): Promise<void>;
}

/**
 * JS heap a tool adds to the page. All worlds of a page (the page's own and the content script's
 * isolated world) share one V8 isolate, so `Runtime.getHeapUsage` cannot split them; we take the
 * isolate's used heap after a full GC with the tool active minus the same page in plain Chromium.
 * The difference is what the content script (its world, its code, its objects) keeps alive. An
 * empty content script (lib/floor-extension.ts) shows how much of that is the isolated world alone.
 */
export async function memorySuite(ctx: BenchContext): Promise<Row[]> {
  const configs: Config[] = [
    {
      scenario: 'reference: plain Chromium',
      browser: 'plain',
      setup: async ({ page }) => void (await page.goto(PAGE.tour)),
    },
    {
      scenario: 'an empty content script (floor of any extension)',
      browser: 'floor',
      setup: ({ page }) => openTourWithLauncher(page),
    },
    {
      scenario: 'Vejviser, no-guide page',
      browser: 'ext',
      setup: ({ page }) => openTourWithLauncher(page),
    },
  ];
  if (ctx.activeGuide.unavailable)
    ctx.notes.push(`4 memory with an active guide: not measured — ${ctx.activeGuide.unavailable}`);
  else
    configs.push({
      scenario: 'Vejviser, active guide',
      browser: 'ext',
      setup: ({ page }) => ctx.activeGuide.open(page, PAGE.tour),
    });
  for (const tool of LIBRARY_TOOLS)
    configs.push({
      scenario: `${TOOL_NAME[tool]} tour`,
      browser: 'plain',
      setup: ({ page }) => startLibraryTour(page, tool),
    });

  const heap = new Map<Config, number[]>(configs.map((c) => [c, []]));
  for (let i = 0; i < ctx.runs; i++) {
    for (const c of configs) {
      const p = await openPage(ctx[c.browser]);
      try {
        await c.setup(p);
        await settle(p.page);
        heap.get(c)?.push((await heapAfterGc(p.session)) / 1024);
      } finally {
        await p.close();
      }
    }
  }
  const ref = summarize(heap.get(configs[0] as Config) ?? []);
  const floor = summarize(heap.get(configs[1] as Config) ?? []);
  return configs.map((c, i) => {
    const value = summarize(heap.get(c) ?? []);
    return row({
      figure: c.browser !== 'plain' || i === 0 ? '4 memory' : '6 memory',
      scenario: `${c.scenario}: JS heap used`,
      unit: 'KB',
      value,
      reference: i === 0 ? undefined : { scenario: 'plain page', median: ref.median },
      note:
        i === 0
          ? undefined
          : `tool adds ${(value.median - ref.median).toFixed(0)} KB` +
            (c.browser === 'ext'
              ? `; ${(value.median - floor.median).toFixed(0)} KB above an empty content script`
              : ''),
    });
  });
}
