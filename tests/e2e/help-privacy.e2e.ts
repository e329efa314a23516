import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodeHeaderText } from '../../utils/help/adapters/header-text';
import { beginFromStartPage, card, importTestPack, OVERLAY_POLICY } from './overlay-support';
import {
  askAndConfirm,
  askStaff,
  test as askStaffTest,
  COMPUTER,
  LIBRARY,
  SENT,
  status,
  TOKEN,
} from './support/ask-staff';
import type { Launched } from './support/extension';
import { expect } from './support/fixtures';
import { canWritePolicy } from './support/policy';
import type { RecordedRequest } from './support/receivers';

/**
 * What the citizen types and where they are: none of it may ever reach staff or be stored. The
 * query values and the fragment are in the link the guide's first step points at
 * (tests/fixtures/sites/www.borger.dk/test-help/start/), as a real case link would have them.
 */
const CPR = '010203-1234';
const NAME = 'Karen Blixen-Testesen';
const PASSWORD = 'Hemmeligt-Kodeord-42';
const ADDRESS = 'Strandvejen 99, 6700 Esbjerg';
const QUERY_VALUES = ['hemmelig-sag-4711', 'kvittering-88'];
const FRAGMENT = 'trin-hemmeligt-anker';
const START_URL = 'https://www.borger.dk/test-help/start/';
const PAGE_URL = `https://www.borger.dk/test-help/?sag=${QUERY_VALUES[0]}&ref=${QUERY_VALUES[1]}#${FRAGMENT}`;

/**
 * Where the citizen is when they ask: guide `test-hjaelp` of the test pack, at step 3 of 4
 * ("Klik så på Fortsæt"), after clicking the link of step 1 and typing the CPR number of step 2.
 */
const GUIDE = { id: 'test-hjaelp', title: 'Udfyld flytteskemaet (test)', step: 3, steps: 4 } as const;
const GUIDE_LINE = `${GUIDE.title}, trin ${GUIDE.step} af ${GUIDE.steps}`;
const SECRETS = [
  CPR,
  CPR.replace('-', ''),
  NAME,
  'Blixen',
  PASSWORD,
  ADDRESS,
  'Strandvejen',
  ...QUERY_VALUES,
  FRAGMENT,
  '?sag=',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Headers any browser request has; everything else must be one the channel's contract names. */
const TRANSPORT_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'user-agent',
  'accept',
  'accept-encoding',
  'accept-language',
  'origin',
  'sec-fetch-site',
  'sec-fetch-mode',
  'sec-fetch-dest',
  'sec-ch-ua',
  'sec-ch-ua-mobile',
  'sec-ch-ua-platform',
  'pragma',
  'cache-control',
]);

function contractHeaders(r: RecordedRequest): string[] {
  return Object.keys(r.headers)
    .filter((h) => !TRANSPORT_HEADERS.has(h))
    .sort();
}

/**
 * Start the test pack's guide, click the target of step 1 (a link to a URL with a query string and
 * a fragment), and type the secrets into the form there; typing into the CPR field is the input
 * that moves step 2 on, so the guide sees the field's input event (never its value).
 */
async function walkPartOfTheGuide(page: Page, extension: Launched) {
  await importTestPack(page, extension);
  await beginFromStartPage(page, extension, GUIDE.id);
  await expect(page).toHaveURL(START_URL);
  await expect(card(page)).toContainText(`Trin 1 af ${GUIDE.steps}`);
  await page.getByRole('link', { name: 'Udfyld flytteskemaet' }).click();

  await expect(page).toHaveURL(PAGE_URL);
  await expect(card(page)).toContainText(`Trin 2 af ${GUIDE.steps}`);
  await page.getByLabel('Dit fulde navn').pressSequentially(NAME);
  await page.getByLabel('CPR-nummer').pressSequentially(CPR);
  await expect(card(page)).toContainText(`Trin ${GUIDE.step} af ${GUIDE.steps}`);
  await page.getByLabel('Adgangskode').pressSequentially(PASSWORD);
  await page.getByLabel('Ny adresse').pressSequentially(ADDRESS);
  await expect(page).toHaveURL(PAGE_URL);
  await expect(card(page)).toContainText(`Trin ${GUIDE.step} af ${GUIDE.steps}`);
  await expect(card(page)).toHaveAttribute('data-kind', 'staff');
}

/** Everything the extension keeps: every IndexedDB store and both extension storage areas. */
async function everythingStored(sw: import('@playwright/test').Worker): Promise<string> {
  return sw.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('vejviser');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    }
    db.close();
    const chrome = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    return JSON.stringify({
      stores,
      local: await chrome.storage.local.get(),
      session: await chrome.storage.session.get(),
    });
  });
}

/** The help-request fixtures, with authoring on: importing the test pack is an editor action. */
const test = askStaffTest.extend({
  policy: async ({ policy }, use) => use({ ...policy, ...OVERLAY_POLICY }),
});

test.describe('a help request carries nothing personal', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');
  // Each test launches Chromium and waits for retries; on a shared 2-core machine that can take minutes.
  test.slow();

  for (const channel of ['webhook', 'ntfy', 'teams'] as const) {
    test.describe(`through ${channel}`, () => {
      test.use({ staffChannel: channel });

      test(`asked from a hint card midway through a guide, the ${channel} receiver gets only the contract's facts, never what the citizen typed or the query and fragment`, async ({
        page,
        receiver,
        extension,
      }) => {
        await walkPartOfTheGuide(page, extension);

        // Ask from the hint card (not the panel), once the policy's staff channel has reached it.
        const hint = card(page);
        // The first managed-policy read after browser start can take seconds.
        await expect(askStaff(page, hint)).toHaveAttribute('data-channel', 'send', { timeout: 20_000 });
        await askAndConfirm(page, hint);
        await expect(status(page, hint)).toHaveText(SENT);
        await expect(hint).toContainText(`Trin ${GUIDE.step} af ${GUIDE.steps}`);
        expect((await new AxeBuilder({ page }).include('vejviser-overlay').analyze()).violations).toEqual([]);

        const posts = receiver.posts();
        expect(posts).toHaveLength(1);
        const post = posts[0] as RecordedRequest;
        expect(post.url).toBe('/vejviser/hjaelp');
        expect(post.headers.authorization).toBe(`Bearer ${TOKEN}`);
        expect(post.headers.cookie).toBeUndefined();
        expect(post.headers.referer).toBeUndefined();

        // Nothing typed, no query, no fragment, in any request (preflights included) …
        expect(receiver.requests.length).toBeGreaterThanOrEqual(1);
        for (const r of receiver.requests) {
          const all = JSON.stringify(r).toLowerCase();
          for (const secret of SECRETS) expect(all, `${r.method} leaked ${secret}`).not.toContain(secret.toLowerCase());
        }
        // … nor anywhere the extension stores data.
        const stored = (await everythingStored(extension.serviceWorker)).toLowerCase();
        for (const secret of SECRETS) expect(stored, `stored ${secret}`).not.toContain(secret.toLowerCase());

        if (channel === 'webhook') {
          expect(contractHeaders(post)).toEqual(['authorization', 'content-type']);
          expect(post.headers['content-type']).toBe('application/json');
          const body = JSON.parse(post.body) as Record<string, unknown>;
          expect(Object.keys(body).sort()).toEqual(
            ['computer', 'createdAt', 'format', 'guide', 'id', 'language', 'library', 'path', 'site'].sort(),
          );
          expect(body).toEqual({
            format: 'vejviser/help-request@1',
            id: expect.stringMatching(UUID),
            createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
            library: LIBRARY,
            computer: COMPUTER,
            site: 'www.borger.dk',
            path: '/test-help/',
            guide: { id: GUIDE.id, title: GUIDE.title, step: GUIDE.step, steps: GUIDE.steps },
            language: 'da',
          });
        }
        if (channel === 'ntfy') {
          expect(contractHeaders(post)).toEqual(
            ['authorization', 'content-type', 'priority', 'tags', 'title', 'x-vejviser-id'].sort(),
          );
          expect(decodeHeaderText(post.headers.title ?? '')).toBe(`Spørg personalet – ${LIBRARY}`);
          expect(post.headers.tags).toBe('raising_hand,vejviser');
          expect(post.headers.priority).toBe('high');
          expect(post.headers['x-vejviser-id']).toMatch(UUID);
          expect(post.body).toBe(`${COMPUTER} har brug for hjælp: ${GUIDE_LINE}\nwww.borger.dk/test-help/`);
        }
        if (channel === 'teams') {
          expect(contractHeaders(post)).toEqual(['authorization', 'content-type']);
          const message = JSON.parse(post.body);
          expect(message.type).toBe('message');
          expect(message.attachments).toHaveLength(1);
          const attachment = message.attachments[0];
          expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
          expect(attachment.content.type).toBe('AdaptiveCard');
          expect(attachment.content.body[0].text).toBe(`${COMPUTER} har brug for hjælp: ${GUIDE_LINE}`);
          expect(attachment.content.body[1].facts).toEqual([
            { title: 'Bibliotek', value: LIBRARY },
            { title: 'PC', value: COMPUTER },
            { title: 'Side', value: 'www.borger.dk/test-help/' },
            { title: 'Vejledning', value: GUIDE_LINE },
            { title: 'Sprog', value: 'dansk' },
            { title: 'Tidspunkt', value: expect.stringMatching(/^kl\. \d\d[.:]\d\d$/) },
            { title: 'Id', value: expect.stringMatching(UUID) },
          ]);
        }
      });
    });
  }
});
