import type { CDPSession, Page } from '@playwright/test';
import { PAGE } from './bench-server';
import type { BenchBrowser } from './browsers';
import type { ChurnSample } from './report';
import type { LibraryTool } from './tour-bundles';

/** What every suite gets: both browsers, the number of repeated runs, and how to reach Vejviser's active guide. */
export interface BenchContext {
  plain: BenchBrowser;
  ext: BenchBrowser;
  /** An extension with an empty content script: what being a content script costs at all (lib/floor-extension.ts). */
  floor: BenchBrowser;
  runs: number;
  /**
   * How many blocks the churn suites split their rounds over (`--blocks`, default 1): each block
   * after the first runs in browsers launched afresh (`relaunch`), so the spread between browser
   * launches is measured rather than left out of the interval (docs/benchmarks.md, "Intervals").
   */
  blocks: number;
  /** Closes the three browsers and launches them afresh, the bench guide imported again; the fields above are replaced. */
  relaunch(): Promise<void>;
  /** Puts Vejviser's benchmark guide on step 1 in `page`, or explains why it cannot (null = ok). */
  activeGuide: ActiveGuide;
  notes: string[];
  /** The churn suites append every run here; written to the JSON as `churnSamples`. */
  churnSamples: ChurnSample[];
}

export interface ActiveGuide {
  /** Why there is no active guide to measure, or undefined when there is. */
  unavailable?: string;
  /** Selector of the hint bubble inside Vejviser's shadow root. */
  hintSelector: string;
  /** Open `url` with the benchmark guide active on step 1; resolves when the guide's UI is up. */
  open(page: Page, url: string): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  session: CDPSession;
  close(): Promise<void>;
}

/** A fresh tab with a CDP session whose Performance domain is on. */
export async function openPage(browser: BenchBrowser): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  return {
    page,
    session,
    async close() {
      await session.detach().catch(() => {});
      await page.close();
    },
  };
}

/** Load a fixture page in a plain browser and start a library's tour there, as a page script. */
export async function startLibraryTour(page: Page, tool: LibraryTool, url: string = PAGE.tour): Promise<void> {
  await page.goto(url);
  await page.addScriptTag({ url: `/bench/assets/${tool}-tour.js` });
  await page.evaluate(() => window.benchTour?.start());
}

/** Selector of each library's popover (the element "shown next to the target"). */
export const LIBRARY_POPOVER: Record<LibraryTool, string> = {
  driver: '.driver-popover',
  shepherd: '.shepherd-element',
};
