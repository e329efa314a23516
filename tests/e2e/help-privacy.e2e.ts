import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodeHeaderText } from '../../utils/help/adapters/header-text';
import { askAndConfirm, COMPUTER, LIBRARY, openPanel, SENT, status, TOKEN, test } from './support/ask-staff';
import { expect } from './support/fixtures';
import { canWritePolicy } from './support/policy';
import type { RecordedRequest } from './support/receivers';

/** What the citizen types and where they are: none of it may ever reach staff or be stored. */
const CPR = '010203-1234';
const NAME = 'Karen Blixen-Testesen';
const PASSWORD = 'Hemmeligt-Kodeord-42';
const ADDRESS = 'Strandvejen 99, 6700 Esbjerg';
const QUERY_VALUES = ['hemmelig-sag-4711', 'kvittering-88'];
const FRAGMENT = 'trin-hemmeligt-anker';
const PAGE_URL = `https://www.borger.dk/test-help/?sag=${QUERY_VALUES[0]}&ref=${QUERY_VALUES[1]}#${FRAGMENT}`;
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

async function typeIntoTheForm(page: Page) {
  await page.getByLabel('Dit fulde navn').pressSequentially(NAME);
  await page.getByLabel('CPR-nummer').pressSequentially(CPR);
  await page.getByLabel('Adgangskode').pressSequentially(PASSWORD);
  await page.getByLabel('Ny adresse').pressSequentially(ADDRESS);
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

test.describe('a help request carries nothing personal', () => {
  test.skip(!canWritePolicy() && !process.env.CI, 'writing /etc/chromium/policies/managed needs root');

  for (const channel of ['webhook', 'ntfy', 'teams'] as const) {
    test.describe(`through ${channel}`, () => {
      test.use({ staffChannel: channel });

      test(`the ${channel} receiver gets only the contract's facts, never what the citizen typed or the query and fragment`, async ({
        page,
        receiver,
        extension,
      }) => {
        await page.goto(PAGE_URL);
        await typeIntoTheForm(page);
        await openPanel(page);
        await askAndConfirm(page);
        await expect(status(page)).toHaveText(SENT);
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
            guide: null,
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
          expect(post.body).toBe(`${COMPUTER} har brug for hjælp på www.borger.dk/test-help/`);
        }
        if (channel === 'teams') {
          expect(contractHeaders(post)).toEqual(['authorization', 'content-type']);
          const message = JSON.parse(post.body);
          expect(message.type).toBe('message');
          expect(message.attachments).toHaveLength(1);
          const card = message.attachments[0];
          expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
          expect(card.content.type).toBe('AdaptiveCard');
          expect(card.content.body[0].text).toBe(`${COMPUTER} har brug for hjælp på www.borger.dk/test-help/`);
          expect(card.content.body[1].facts).toEqual([
            { title: 'Bibliotek', value: LIBRARY },
            { title: 'PC', value: COMPUTER },
            { title: 'Side', value: 'www.borger.dk/test-help/' },
            { title: 'Vejledning', value: 'Ingen' },
            { title: 'Sprog', value: 'dansk' },
            { title: 'Tidspunkt', value: expect.stringMatching(/^kl\. \d\d[.:]\d\d$/) },
            { title: 'Id', value: expect.stringMatching(UUID) },
          ]);
        }
      });
    });
  }
});
