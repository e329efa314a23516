import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createExtraSites, EXTRA_SCRIPT_ID, OVERLAY_SCRIPT } from '@/entrypoints/background/extra-sites';
import type { PolicyService } from '@/entrypoints/background/policy-service';
import { defaultPolicy, type Policy } from '@/utils/policy/types';

function policyWith(extraSites: string[]) {
  let policy: Policy = { ...defaultPolicy(true), extraSites };
  const listeners = new Set<(p: Policy, prev: Policy) => void>();
  const service: PolicyService & { set(sites: string[]): void } = {
    current: () => policy,
    ready: Promise.resolve(policy),
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(sites) {
      const prev = policy;
      policy = { ...policy, extraSites: sites };
      for (const l of listeners) l(policy, prev);
    },
  };
  return service;
}

/** Browser fakes: which origins are granted, and what content scripts are registered. */
function fakeScripting(granted: Set<string>) {
  let registered: { id: string; matches?: string[]; js?: string[] }[] = [];
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async (p) =>
    (p.origins ?? []).every((o) => granted.has(o)),
  );
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => registered as never);
  vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered = [];
  });
  vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(scripts as typeof registered));
  });
  return () => registered;
}

describe('extra sites in the background', () => {
  it('registers the overlay only for extra sites whose origin is granted, and allows only those pages', async () => {
    const registered = fakeScripting(new Set(['https://www.esbjerg.dk/*']));
    const extra = createExtraSites({ policy: policyWith(['https://www.esbjerg.dk/*', 'https://www.kk.dk/*']) });
    await extra.ready;
    expect(registered()).toEqual([
      expect.objectContaining({ id: EXTRA_SCRIPT_ID, js: [OVERLAY_SCRIPT], matches: ['https://www.esbjerg.dk/*'] }),
    ]);
    expect(extra.allows('https://www.esbjerg.dk/borger')).toBe(true);
    expect(extra.allows('https://www.kk.dk/')).toBe(false);
    expect(await extra.status()).toEqual([
      { pattern: 'https://www.esbjerg.dk/*', origin: 'https://www.esbjerg.dk/*', granted: true },
      { pattern: 'https://www.kk.dk/*', origin: 'https://www.kk.dk/*', granted: false },
    ]);
  });

  it('stops at once when IT removes a site from the policy', async () => {
    const registered = fakeScripting(new Set(['https://www.esbjerg.dk/*']));
    const policy = policyWith(['https://www.esbjerg.dk/*']);
    const extra = createExtraSites({ policy });
    await extra.ready;
    policy.set([]);
    await vi.waitFor(() => expect(registered()).toEqual([]));
    expect(extra.allows('https://www.esbjerg.dk/')).toBe(false);
  });
});
