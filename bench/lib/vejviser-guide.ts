import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { BenchBrowser } from './browsers';
import type { ActiveGuide } from './context';

const PACK_FILE = new URL('../tours/vejviser-pack.json', import.meta.url);
const GUIDE_ID = 'bench-flytning';
/** The anchored hint card's wrapper in the overlay's shadow root (visible once Floating UI has placed it). */
const HINT_SELECTOR = '.vv-float';
/** Any guide card: anchored, or docked when the target is missing. */
const CARD_SELECTOR = '.vv-float, .vv-dock';

type Reply = { ok: true; data: unknown } | { ok: false; error: string };

/**
 * Send one protocol message from an extension page (raw envelope: the harness runs in Node and
 * talks to the extension the way its own pages do, through `runtime.sendMessage`).
 */
async function sendFromExtensionPage(page: Page, type: string, data: unknown): Promise<Reply> {
  return page.evaluate(
    ([t, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
      ).chrome.runtime.sendMessage({ v: 1, type: t, data: d }),
    [type, data] as const,
  );
}

/**
 * How the benchmark puts Vejviser's guide on step 1: the bench pack (`bench/tours/vejviser-pack.json`)
 * is imported once through `packs.import` from an extension page, then for each measured tab the
 * guide is begun with `guide.begin` and the page is loaded again, as after a citizen picked it.
 * When the extension has no guide store or engine yet, the active-guide figures are reported as
 * not measured, with the reason.
 */
export async function vejviserActiveGuide(ext: BenchBrowser): Promise<ActiveGuide> {
  const control = await ext.context.newPage();
  await control.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  const unavailable = (why: string): ActiveGuide => ({
    unavailable: why,
    hintSelector: HINT_SELECTOR,
    async open() {
      throw new Error(why);
    },
  });
  const imported = await sendFromExtensionPage(control, 'packs.import', {
    text: await readFile(PACK_FILE, 'utf8'),
  });
  if (!imported.ok) return unavailable(`the extension refused packs.import: ${imported.error}`);
  const result = imported.data as { ok: boolean; problems?: { path: string; message: string }[] };
  if (!result.ok) {
    throw new Error(`The bench pack is invalid: ${JSON.stringify(result.problems)}`);
  }

  let tabMark = 0;
  return {
    hintSelector: HINT_SELECTOR,
    async open(page, url) {
      // Find this page's tab by a throw-away query mark (the extension never sees queries).
      const mark = `bench-tab=${++tabMark}`;
      await page.goto(`${url}?${mark}`);
      const tabId = await control.evaluate(async (m) => {
        const tabs = await (
          globalThis as unknown as {
            chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
          }
        ).chrome.tabs.query({});
        return tabs.find((t) => t.url?.endsWith(m))?.id;
      }, `?${mark}`);
      if (tabId === undefined) throw new Error(`No tab found for ${url}`);
      const begun = await sendFromExtensionPage(control, 'guide.begin', { guideId: GUIDE_ID, tabId });
      if (!begun.ok) throw new Error(`guide.begin failed: ${begun.error}`);
      await page.goto(url);
      await page.waitForFunction(
        (sel) => !!document.querySelector('vejviser-overlay')?.shadowRoot?.querySelector(sel),
        CARD_SELECTOR,
      );
    },
  };
}
