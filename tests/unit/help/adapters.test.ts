import { describe, expect, it } from 'vitest';
import { canDeliver, deliveryFor } from '@/utils/help/adapters';
import { decodeHeaderText, headerText } from '@/utils/help/adapters/header-text';
import type { HelpRequest } from '@/utils/help/types';

const request: HelpRequest = {
  format: 'vejviser/help-request@1',
  id: '0f9a6a0e-0d7d-4f57-9d6b-6a3f2f5f8c11',
  createdAt: '2026-11-28T10:15:00.000Z',
  library: 'Esbjerg Hovedbibliotek',
  computer: 'PC 7 ved vinduet',
  site: 'www.borger.dk',
  path: '/flytning',
  guide: { id: 'borger-flytning', title: 'Meld flytning', step: 2, steps: 3 },
  language: 'da',
};

describe('deliveryFor', () => {
  it('posts the request itself as JSON to a webhook, with the bearer token', () => {
    const d = deliveryFor(request, { type: 'webhook', url: 'https://hooks.example/vejviser', token: 't0k' });
    expect(d).toEqual({
      url: 'https://hooks.example/vejviser',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t0k' },
        body: JSON.stringify(request),
      },
    });
  });

  it('sends no Authorization header when the policy has no token', () => {
    const d = deliveryFor(request, { type: 'webhook', url: 'https://hooks.example/' });
    expect(d?.init.headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('posts ntfy a short Danish text with Title, Tags, Priority high and the id', () => {
    const d = deliveryFor(request, { type: 'ntfy', url: 'https://ntfy.bibliotek.dk/hjaelp', token: 'tk_1' });
    expect(d?.url).toBe('https://ntfy.bibliotek.dk/hjaelp');
    expect(d?.init.body).toBe(
      'PC 7 ved vinduet har brug for hjælp: Meld flytning, trin 2 af 3\nwww.borger.dk/flytning',
    );
    const h = d?.init.headers ?? {};
    expect(decodeHeaderText(h.Title ?? '')).toBe('Spørg personalet – Esbjerg Hovedbibliotek');
    expect(h).toMatchObject({
      Tags: 'raising_hand,vejviser',
      Priority: 'high',
      'X-Vejviser-Id': request.id,
      Authorization: 'Bearer tk_1',
      'Content-Type': 'text/plain; charset=utf-8',
    });
  });

  it('words the ntfy text for a request outside a guide and a PC without a label', () => {
    const d = deliveryFor({ ...request, guide: null, computer: '', library: '' }, { type: 'ntfy', url: 'https://n/t' });
    expect(d?.init.body).toBe('En PC har brug for hjælp på www.borger.dk/flytning');
    expect(decodeHeaderText(d?.init.headers.Title ?? '')).toBe('Spørg personalet');
  });

  it('posts Teams a message whose one attachment is an Adaptive Card with the facts', () => {
    const d = deliveryFor(request, { type: 'teams', url: 'https://prod-1.westeurope.logic.azure.com/workflows/x' });
    const message = JSON.parse(d?.init.body ?? '{}');
    expect(message.type).toBe('message');
    expect(message.attachments).toHaveLength(1);
    const card = message.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(card.content.body[0].text).toBe('PC 7 ved vinduet har brug for hjælp: Meld flytning, trin 2 af 3');
    expect(card.content.body[1].facts).toEqual([
      { title: 'Bibliotek', value: 'Esbjerg Hovedbibliotek' },
      { title: 'PC', value: 'PC 7 ved vinduet' },
      { title: 'Side', value: 'www.borger.dk/flytning' },
      { title: 'Vejledning', value: 'Meld flytning, trin 2 af 3' },
      { title: 'Sprog', value: 'dansk' },
      { title: 'Tidspunkt', value: 'kl. 11.15' },
      { title: 'Id', value: request.id },
    ]);
  });

  it('has nothing to send with type none, a missing URL or a URL that is not http(s)', () => {
    expect(deliveryFor(request, { type: 'none' })).toBeNull();
    expect(deliveryFor(request, { type: 'webhook' })).toBeNull();
    expect(deliveryFor(request, { type: 'ntfy', url: 'javascript:alert(1)' })).toBeNull();
    expect(deliveryFor(request, { type: 'teams', url: 'not a url' })).toBeNull();
    expect(canDeliver({ type: 'webhook', url: 'http://10.0.0.5/hook' })).toBe(true);
  });
});

describe('headerText', () => {
  it('leaves ASCII alone and encodes other text as an RFC 2047 word that decodes back', () => {
    expect(headerText('PC 7')).toBe('PC 7');
    const encoded = headerText('Århus – PC ved vinduet på 1. sal');
    expect(encoded).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(decodeHeaderText(encoded)).toBe('Århus – PC ved vinduet på 1. sal');
  });

  it('turns line breaks from a policy value into spaces, so a header cannot be split', () => {
    expect(headerText('PC 7\r\nX-Evil: 1')).toBe('PC 7 X-Evil: 1');
  });
});
