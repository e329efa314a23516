import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Routes, type SenderInfo } from '@/utils/messaging/router';

const ID = 'ciibpbokbplhhpegpcgnmkjmcdibadlh';
const opts = {
  extensionId: ID,
  extensionOrigin: `chrome-extension://${ID}/`,
  isAllowedPage: (url: string) => url.startsWith('https://www.borger.dk/'),
};

// Only the routes these tests exercise; the other message types are never sent here.
function routes(): Routes {
  const some: Pick<Routes, 'ui.load' | 'ping' | 'plan.get'> = {
    'ui.load': { from: 'content', validate: () => null, handle: () => ({ loaded: true }) },
    ping: { from: 'any', validate: () => null, handle: () => ({ version: '1', dbVersion: 1 }) },
    'plan.get': {
      from: 'content',
      validate: (d) => (typeof d === 'object' && d !== null && 'page' in d ? null : 'page missing'),
      handle: vi.fn(() => ({ launcher: true, offered: [], labels: { help: 'Hjælp', offered: '' } })),
    },
  };
  return some as Routes;
}

const contentSender: SenderInfo = { id: ID, url: 'https://www.borger.dk/flytning', tab: { id: 3 } };
const pageSender: SenderInfo = { id: ID, url: `chrome-extension://${ID}/options.html` };
const plan = { v: 1, type: 'plan.get', data: { page: { origin: 'https://www.borger.dk', path: '/' } } };

describe('createRouter', () => {
  it('answers a valid message from a content script on a supported page', async () => {
    const r = routes();
    const result = await createRouter(r, opts)(plan, contentSender);
    expect(result).toEqual({ ok: true, data: { launcher: true, offered: [], labels: { help: 'Hjælp', offered: '' } } });
    expect(r['plan.get'].handle).toHaveBeenCalledWith(plan.data, {
      sender: contentSender,
      tabId: 3,
      frameId: undefined,
    });
  });

  it('refuses a message from another extension', async () => {
    const result = await createRouter(routes(), opts)(plan, { ...contentSender, id: 'other' });
    expect(result).toEqual({ ok: false, error: 'Sender not allowed for plan.get' });
  });

  it('refuses a content message from a page the overlay may not run on', async () => {
    const result = await createRouter(routes(), opts)(plan, { ...contentSender, url: 'https://evil.example/' });
    expect(result).toEqual({ ok: false, error: 'Sender not allowed for plan.get' });
  });

  it('refuses a content-only message from an extension page', async () => {
    const result = await createRouter(routes(), opts)(plan, pageSender);
    expect(result).toEqual({ ok: false, error: 'plan.get may not come from extension-page' });
  });

  it('refuses unknown types, inherited property names and malformed envelopes', async () => {
    const handle = createRouter(routes(), opts);
    expect(await handle({ v: 1, type: 'nope', data: {} }, contentSender)).toEqual({
      ok: false,
      error: 'Unknown message type: nope',
    });
    expect(await handle({ v: 1, type: 'toString', data: {} }, contentSender)).toEqual({
      ok: false,
      error: 'Unknown message type: toString',
    });
    expect(await handle('plan.get', contentSender)).toEqual({ ok: false, error: 'Not a Vejviser message' });
    expect(await handle({ v: 2, type: 'ping', data: {} }, contentSender)).toEqual({
      ok: false,
      error: 'Not a Vejviser message',
    });
  });

  it('reports invalid data with the validator’s reason and never calls the handler', async () => {
    const r = routes();
    const result = await createRouter(r, opts)({ v: 1, type: 'plan.get', data: {} }, contentSender);
    expect(result).toEqual({ ok: false, error: 'plan.get: page missing' });
    expect(r['plan.get'].handle).not.toHaveBeenCalled();
  });

  it('turns a handler’s exception into an error result', async () => {
    const r = routes();
    r.ping.handle = () => {
      throw new Error('database closed');
    };
    expect(await createRouter(r, opts)({ v: 1, type: 'ping', data: {} }, pageSender)).toEqual({
      ok: false,
      error: 'database closed',
    });
  });
});
