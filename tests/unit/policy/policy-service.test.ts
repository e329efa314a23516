import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPolicyService, LAST_KNOWN_KEY } from '@/entrypoints/background/policy-service';
import type { Policy } from '@/utils/policy/types';

const quiet = { log: () => {} };

describe('the policy service', () => {
  it('reads managed storage at start and keeps it as the last known policy', async () => {
    await fakeBrowser.storage.managed.set({ libraryName: 'Esbjerg Hovedbibliotek', computerLabel: 'PC 7' });
    const service = createPolicyService(quiet);
    const policy = await service.ready;
    expect(policy).toMatchObject({ libraryName: 'Esbjerg Hovedbibliotek', computerLabel: 'PC 7', authoring: 'off' });
    expect(service.current()).toBe(policy);
    expect(service.status?.()).toMatchObject({ source: 'managed', hasManaged: true, warnings: [] });
    const stored = await browser.storage.local.get(LAST_KNOWN_KEY);
    expect(stored[LAST_KNOWN_KEY]).toMatchObject({ raw: { libraryName: 'Esbjerg Hovedbibliotek' }, hasManaged: true });
  });

  it('uses the last known policy while the first managed read is still under way', async () => {
    await fakeBrowser.storage.local.set({
      [LAST_KNOWN_KEY]: { raw: { libraryName: 'Cached' }, hasManaged: true, readAt: '2026-11-27T08:00:00.000Z' },
    });
    let release: (v: Record<string, unknown>) => void = () => {};
    vi.spyOn(browser.storage.managed, 'get').mockReturnValue(new Promise((ok) => (release = ok)) as never);
    const service = createPolicyService(quiet);
    await vi.waitFor(() => expect(service.current().libraryName).toBe('Cached'));
    expect(service.status?.().source).toBe('cache');
    release({ libraryName: 'Fresh' });
    await service.ready;
    expect(service.current().libraryName).toBe('Fresh');
  });

  it('applies a change in the managed area live and tells every listener', async () => {
    await fakeBrowser.storage.managed.set({ libraryName: 'Før' });
    const service = createPolicyService(quiet);
    await service.ready;
    const seen: [Policy, Policy][] = [];
    service.onChange((next, prev) => seen.push([next, prev]));
    await fakeBrowser.storage.managed.set({ libraryName: 'Efter', builtInGuides: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.[0]).toMatchObject({ libraryName: 'Efter', builtInGuides: false });
    expect(seen[0]?.[1].libraryName).toBe('Før');
  });

  it('does not call listeners when a change leaves the effective policy the same', async () => {
    await fakeBrowser.storage.managed.set({ libraryName: 'Same' });
    const service = createPolicyService(quiet);
    await service.ready;
    const listener = vi.fn();
    service.onChange(listener);
    // An invalid value changes the raw policy but not the effective one.
    await fakeBrowser.storage.managed.set({ readAloud: 'maybe' });
    await vi.waitFor(() => expect(service.status?.().warnings).toHaveLength(1));
    expect(listener).not.toHaveBeenCalled();
  });

  it('logs each invalid value and still applies the valid keys', async () => {
    await fakeBrowser.storage.managed.set({ libraryName: 'Esbjerg', refreshMinutes: 'often' });
    const log = vi.fn();
    const service = createPolicyService({ log });
    const policy = await service.ready;
    expect(policy.libraryName).toBe('Esbjerg');
    expect(policy.refreshMinutes).toBe(60);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^refreshMinutes: expected a whole number/));
  });

  it('treats a PC without managed policy as a personal install (editor on)', async () => {
    const service = createPolicyService(quiet);
    expect((await service.ready).authoring).toBe('on');
    expect(service.status?.().hasManaged).toBe(false);
  });

  it("treats Firefox's missing managed storage as no policy", async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const service = createPolicyService(quiet);
    expect((await service.ready).authoring).toBe('on');
  });

  it('keeps the last known policy when the managed read fails for another reason', async () => {
    await fakeBrowser.storage.local.set({
      [LAST_KNOWN_KEY]: { raw: { libraryName: 'Cached' }, hasManaged: true, readAt: '2026-11-27T08:00:00.000Z' },
    });
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Policy service unavailable'));
    const service = createPolicyService(quiet);
    const policy = await service.ready;
    expect(policy).toMatchObject({ libraryName: 'Cached', authoring: 'off' });
    expect(service.status?.()).toMatchObject({ source: 'cache', readError: 'Policy service unavailable' });
  });
});
