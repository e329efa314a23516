import { browser } from 'wxt/browser';
import type { Routes } from '@/utils/messaging/router';
import type { AuthoringStatus } from '@/utils/policy/status';

export type { AuthoringStatus };

import type { CitizenSession } from './citizen-session';
import type { PolicyService } from './policy-service';

export interface AuthoringGate {
  status(): Promise<AuthoringStatus>;
  /** Compare the PIN's SHA-256 with `authoringPinSha256`. The PIN itself is never stored. */
  unlock(pin: string): Promise<AuthoringStatus & { accepted: boolean }>;
  lock(): Promise<void>;
  /** Throws a precise (Danish) error when the editor may not be used now. */
  assertAllowed(): Promise<void>;
}

/** Kept in storage.session: gone at browser restart; cleared on idle reset. */
const UNLOCK_KEY = 'authoring.unlock';
const FAILURES_KEY = 'authoring.failures';
const FREE_TRIES = 5;
const MAX_WAIT_SECONDS = 15 * 60;

interface Failures {
  count: number;
  lockedUntil?: number;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Message types only the editor uses: the background refuses them unless the gate is open. */
export const EDITOR_MESSAGES: readonly string[] = ['packs.import', 'packs.export', 'packs.remove'];

export function isEditorMessage(type: string): boolean {
  return type.startsWith('editor.') || EDITOR_MESSAGES.includes(type);
}

export interface AuthoringGateOptions {
  policy: PolicyService;
  citizen: CitizenSession;
  now?: () => number;
}

/**
 * Whether this PC may use the guide editor (`authoring`: off / on / pin). The decision waits for
 * the first managed-policy read (`policy.ready`): a stale cached or default policy must never
 * open the editor on a PC where IT has switched it off. An unlock lasts until the citizen session
 * is reset (idle) or the browser closes, and only for the PIN hash it was made with.
 */
export function createAuthoringGate({ policy, citizen, now = Date.now }: AuthoringGateOptions): AuthoringGate {
  async function session<T>(key: string): Promise<T | undefined> {
    return (await browser.storage.session.get(key))[key] as T | undefined;
  }

  async function status(): Promise<AuthoringStatus> {
    await policy.ready;
    const p = policy.current();
    if (p.authoring === 'on') return { mode: 'on', allowed: true };
    if (p.authoring === 'off' || !p.authoringPinSha256) return { mode: 'off', allowed: false };
    const unlockedFor = await session<string>(UNLOCK_KEY);
    const failures = await session<Failures>(FAILURES_KEY);
    const wait = failures?.lockedUntil ? Math.ceil((failures.lockedUntil - now()) / 1000) : 0;
    return {
      mode: 'pin',
      allowed: unlockedFor === p.authoringPinSha256,
      ...(wait > 0 ? { retryAfterSeconds: wait } : {}),
    };
  }

  async function lock(): Promise<void> {
    await browser.storage.session.remove([UNLOCK_KEY, FAILURES_KEY]);
  }

  citizen.onReset(() => lock());

  return {
    status,
    lock,
    async unlock(pin) {
      const before = await status();
      if (before.mode !== 'pin' || before.retryAfterSeconds) return { ...before, accepted: false };
      const expected = policy.current().authoringPinSha256;
      if (expected && (await sha256Hex(pin)) === expected) {
        await browser.storage.session.set({ [UNLOCK_KEY]: expected });
        await browser.storage.session.remove(FAILURES_KEY);
        return { ...(await status()), accepted: true };
      }
      // Slow down guessing: after a few wrong PINs, wait 30 s, then twice as long each time.
      const count = ((await session<Failures>(FAILURES_KEY))?.count ?? 0) + 1;
      const waitSeconds = count > FREE_TRIES ? Math.min(30 * 2 ** (count - FREE_TRIES - 1), MAX_WAIT_SECONDS) : 0;
      await browser.storage.session.set({
        [FAILURES_KEY]: { count, ...(waitSeconds ? { lockedUntil: now() + waitSeconds * 1000 } : {}) },
      });
      return { ...(await status()), accepted: false };
    },
    async assertAllowed() {
      const s = await status();
      if (s.allowed) return;
      throw new Error(
        s.mode === 'off'
          ? 'Redigering er slået fra på denne computer.'
          : 'Redigering er låst. Skriv PIN-koden for at låse op.',
      );
    },
  };
}

/** Wrap every editor-only route so the background refuses it while the gate is closed. */
export function gateEditorRoutes(routes: Routes, gate: AuthoringGate): Routes {
  const gated: Record<string, unknown> = { ...routes };
  for (const [type, route] of Object.entries(routes)) {
    if (!isEditorMessage(type)) continue;
    gated[type] = {
      ...route,
      handle: async (data: never, ctx: never) => {
        await gate.assertAllowed();
        return (route.handle as (d: never, c: never) => unknown)(data, ctx);
      },
    };
  }
  return gated as Routes;
}
