import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createAuthoringGate, gateEditorRoutes, sha256Hex } from '@/entrypoints/background/authoring-gate';
import { createCitizenSession } from '@/entrypoints/background/citizen-session';
import { createFixedPolicyService } from '@/entrypoints/background/policy-service';
import { createRouter, type Routes } from '@/utils/messaging/router';
import { defaultPolicy, type Policy } from '@/utils/policy/types';

const PIN = '4711';

async function gateWith(patch: Partial<Policy>, now = () => 0) {
  const citizen = createCitizenSession();
  const policy = createFixedPolicyService({ ...defaultPolicy(true), ...patch });
  return { gate: createAuthoringGate({ policy, citizen, now }), citizen };
}

describe('the authoring gate', () => {
  it('refuses the editor when authoring is off, with a Danish reason', async () => {
    const { gate } = await gateWith({ authoring: 'off' });
    expect(await gate.status()).toEqual({ mode: 'off', allowed: false });
    await expect(gate.assertAllowed()).rejects.toThrow('Redigering er slået fra på denne computer.');
    expect((await gate.unlock(PIN)).accepted).toBe(false);
  });

  it('allows the editor when authoring is on', async () => {
    const { gate } = await gateWith({ authoring: 'on' });
    expect(await gate.status()).toEqual({ mode: 'on', allowed: true });
    await expect(gate.assertAllowed()).resolves.toBeUndefined();
  });

  it('unlocks with the right PIN and never stores the PIN itself', async () => {
    const { gate } = await gateWith({ authoring: 'pin', authoringPinSha256: await sha256Hex(PIN) });
    await expect(gate.assertAllowed()).rejects.toThrow(/låst/);
    expect(await gate.unlock('0000')).toMatchObject({ accepted: false, allowed: false });
    expect(await gate.unlock(PIN)).toMatchObject({ accepted: true, allowed: true, mode: 'pin' });
    await expect(gate.assertAllowed()).resolves.toBeUndefined();
    const everything = JSON.stringify([await browser.storage.session.get(), await browser.storage.local.get()]);
    expect(everything).not.toContain(PIN);
  });

  it('locks again on an idle reset', async () => {
    const { gate, citizen } = await gateWith({ authoring: 'pin', authoringPinSha256: await sha256Hex(PIN) });
    await gate.unlock(PIN);
    await citizen.reset('idle');
    expect((await gate.status()).allowed).toBe(false);
  });

  it('makes the next try wait after five wrong PINs, longer each time', async () => {
    let t = 1_000_000;
    const { gate } = await gateWith({ authoring: 'pin', authoringPinSha256: await sha256Hex(PIN) }, () => t);
    for (let i = 0; i < 5; i++) expect((await gate.unlock('0000')).retryAfterSeconds).toBeUndefined();
    expect((await gate.unlock('0000')).retryAfterSeconds).toBe(30);
    // While waiting, even the right PIN is not tried.
    expect(await gate.unlock(PIN)).toMatchObject({ accepted: false, retryAfterSeconds: 30 });
    t += 30_000;
    expect((await gate.unlock('0000')).retryAfterSeconds).toBe(60);
    t += 60_000;
    expect((await gate.unlock(PIN)).accepted).toBe(true);
  });

  it('waits for the first managed read before deciding', async () => {
    let release: (p: Policy) => void = () => {};
    const ready = new Promise<Policy>((ok) => (release = ok));
    let policy = defaultPolicy(false); // a personal install's default: editor on
    const gate = createAuthoringGate({
      policy: { current: () => policy, ready, onChange: () => () => {} },
      citizen: createCitizenSession(),
    });
    const decided = gate.status();
    policy = { ...defaultPolicy(true), authoring: 'off' };
    release(policy);
    expect(await decided).toEqual({ mode: 'off', allowed: false });
  });
});

describe('gateEditorRoutes', () => {
  const ID = 'ciibpbokbplhhpegpcgnmkjmcdibadlh';
  const opts = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/`, isAllowedPage: () => false };
  const sender = { id: ID, url: `chrome-extension://${ID}/options.html` };

  it('refuses an editor-only message in the background while the gate is closed, and lets others through', async () => {
    const importHandle = vi.fn(() => ({ ok: true }));
    const routes = {
      'packs.import': { from: 'extension-page', validate: () => null, handle: importHandle },
      ping: { from: 'any', validate: () => null, handle: () => ({ version: '1', dbVersion: 1 }) },
    } as unknown as Routes;
    const { gate } = await gateWith({ authoring: 'off' });
    const handle = createRouter(gateEditorRoutes(routes, gate), opts);
    expect(await handle({ v: 1, type: 'packs.import', data: { text: '{}' } }, sender)).toEqual({
      ok: false,
      error: 'Redigering er slået fra på denne computer.',
    });
    expect(importHandle).not.toHaveBeenCalled();
    expect(await handle({ v: 1, type: 'ping', data: {} }, sender)).toMatchObject({ ok: true });
  });
});
