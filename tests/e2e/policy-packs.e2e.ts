import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../../utils/extension-id';
import { expect, test } from './support/fixtures';
import { canWritePolicy } from './support/policy';

const PACK_PATH = '/test-packs/esbjerg.json';
const PACK_URL = `https://www.borger.dk${PACK_PATH}`;
const optionsUrl = `chrome-extension://${CHROME_EXTENSION_ID}/options.html`;
const launcher = (page: Page) => page.locator('vejviser-overlay').getByRole('button', { name: 'Hjælp' });
const panel = (page: Page) => page.locator('vejviser-overlay').getByRole('region', { name: 'Hjælp' });

function packText(version: string, title: string): string {
  return JSON.stringify({
    format: 'vejviser/guide-pack@1',
    id: 'esbjerg-test',
    title: 'Esbjerg Bibliotekernes vejledninger',
    version,
    guides: [
      {
        id: 'esbjerg-laanekort',
        title,
        sites: ['https://www.borger.dk/*'],
        steps: [{ id: 'skranken', say: 'Gå hen til skranken. Tag dit sundhedskort med.' }],
      },
    ],
  });
}

/** The library's pack server: one pack with an ETag; records each request's If-None-Match. */
function packServer(initial: { version: string; title: string }) {
  let body = packText(initial.version, initial.title);
  let etag = `"v${initial.version}"`;
  const requests: (string | undefined)[] = [];
  const route = (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.host?.replace(/:\d+$/, '') !== 'www.borger.dk' || req.url !== PACK_PATH) return false;
    const inm = req.headers['if-none-match'];
    requests.push(inm);
    if (inm === etag) res.writeHead(304, { ETag: etag }).end();
    else res.writeHead(200, { 'content-type': 'application/json', ETag: etag }).end(body);
    return true;
  };
  return {
    route,
    requests,
    bytes: () => body,
    set(version: string, title: string) {
      body = packText(version, title);
      etag = `"v${version}"`;
    },
  };
}

async function openPanel(page: Page) {
  await page.goto('https://www.borger.dk/');
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  return panel(page);
}

test.describe('guide packs from a URL in the policy', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  const server = packServer({ version: '1', title: 'Lån med dit sundhedskort' });
  test.use({ policy: { guidePacks: [{ url: PACK_URL }], builtInGuides: false } });
  test.beforeEach(({ sites }) => {
    sites.routes.push(server.route);
  });
  test.afterEach(({ sites }) => {
    sites.routes.splice(sites.routes.indexOf(server.route), 1);
  });

  test('are fetched and offered, updated when they change (ETag), and the built-in guides are hidden', async ({
    page,
    context,
  }) => {
    const options = await context.newPage();
    await options.goto(optionsUrl);
    const status = options.getByTestId('pack-sync');
    // The start and the policy's arrival may both trigger a run; the second one gets a 304.
    await expect(status).toContainText(/Hentet: 1 vejledning \(version 1\)\.|Pakken er uændret siden sidst\./, {
      timeout: 30_000,
    });
    expect(server.requests[0]).toBeUndefined();

    let list = await openPanel(page);
    await expect(list.getByRole('button', { name: 'Lån med dit sundhedskort' })).toBeVisible();
    // builtInGuides: false: the built-in starter guide for borger.dk is not offered.
    await expect(list.getByRole('button', { name: 'Meld flytning' })).toHaveCount(0);

    // Unchanged: the server answers 304 to If-None-Match and nothing is re-stored.
    let before = server.requests.length;
    await options.getByRole('button', { name: 'Hent vejledninger nu' }).click();
    await expect.poll(() => server.requests.length).toBeGreaterThan(before);
    expect(server.requests.at(-1)).toBe('"v1"');
    await expect(status).toContainText('Pakken er uændret siden sidst.');

    server.set('2', 'Lån med dit sundhedskort (ny)');
    before = server.requests.length;
    await options.getByRole('button', { name: 'Hent vejledninger nu' }).click();
    await expect.poll(() => server.requests.length).toBeGreaterThan(before);
    expect(server.requests.at(-1)).toBe('"v1"');
    await expect(status).toContainText('Hentet: 1 vejledning (version 2).');

    list = await openPanel(page);
    await expect(list.getByRole('button', { name: 'Lån med dit sundhedskort (ny)' })).toBeVisible();
  });
});

test.describe('a guide pack whose sha256 does not match', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  const server = packServer({ version: '1', title: 'Lån med dit sundhedskort' });
  const wrong = createHash('sha256').update('something else').digest('hex');
  test.use({ policy: { guidePacks: [{ url: PACK_URL, sha256: wrong }] } });
  test.beforeEach(({ sites }) => {
    sites.routes.push(server.route);
  });
  test.afterEach(({ sites }) => {
    sites.routes.splice(sites.routes.indexOf(server.route), 1);
  });

  test('is refused, librarians are told why, and its guides are not offered', async ({ page, context }) => {
    expect(createHash('sha256').update(server.bytes()).digest('hex')).not.toBe(wrong);
    const options = await context.newPage();
    await options.goto(optionsUrl);
    await expect(options.getByTestId('pack-sync')).toContainText(
      'Pakken er ikke den, IT har godkendt (sha256 passer ikke). Den er ikke gemt.',
      { timeout: 30_000 },
    );
    const list = await openPanel(page);
    // The built-in guides are still offered (builtInGuides defaults to true); the refused pack's are not.
    await expect(list.getByRole('button', { name: 'Meld flytning' })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Lån med dit sundhedskort' })).toHaveCount(0);
  });
});
