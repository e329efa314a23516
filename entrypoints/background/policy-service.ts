import { browser } from 'wxt/browser';
import { parsePolicy } from '@/utils/policy/parse';
import { LAST_KNOWN_KEY, type PolicySource, type PolicyStatus } from '@/utils/policy/status';
import { defaultPolicy, type Policy } from '@/utils/policy/types';

export type { PolicySource, PolicyStatus };

/** The effective managed policy, one typed object for every service (contracts §2). */
export interface PolicyService {
  /** The policy in force now: the last known one until the first managed read completes. */
  current(): Policy;
  /** Resolves once the first managed read has finished (or failed). */
  ready: Promise<Policy>;
  /** Called with the new and the previous policy whenever the effective policy changes. */
  onChange(listener: (policy: Policy, previous: Policy) => void): () => void;
  /** Where the policy in force came from and what was wrong with it (for the options page). */
  status?(): PolicyStatus;
}

export { LAST_KNOWN_KEY };

/** Firefox's error when no enterprise policy (and no native manifest) exists for the extension. */
const NO_MANAGED_STORAGE = /managed storage manifest not found/i;

interface LastKnown {
  raw: unknown;
  hasManaged: boolean;
  readAt: string;
}

export interface PolicyServiceOptions {
  log?: (message: string) => void;
  now?: () => Date;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reads `storage.managed` at start and again whenever the browser reports a change in the
 * `managed` area (Chrome/Edge re-read policy while running; Firefox reads `policies.json` only at
 * browser start and never reports a change, so there the start read is all there is).
 *
 * The first managed read after browser start can take seconds in Chrome. Until it completes the
 * last known policy from `storage.local` applies, so the launcher and "Spørg personalet" never wait
 * for it. Security decisions that must not use a stale value (the editor gate) await `ready`.
 */
export function createPolicyService(opts: PolicyServiceOptions = {}): PolicyService {
  const log = opts.log ?? ((m: string) => console.warn(`[Vejviser policy] ${m}`));
  const now = opts.now ?? (() => new Date());
  const listeners = new Set<(policy: Policy, previous: Policy) => void>();
  let policy = defaultPolicy(false);
  let status: PolicyStatus = { source: 'default', hasManaged: false, warnings: [] };
  let managedSeen = false;

  function apply(raw: unknown, hasManaged: boolean, source: PolicySource, extra: Partial<PolicyStatus> = {}) {
    const parsed = parsePolicy(raw, hasManaged);
    if (source === 'managed') for (const w of parsed.warnings) log(w);
    status = { source, hasManaged, warnings: parsed.warnings, ...extra };
    if (sameJson(parsed.policy, policy)) return;
    const previous = policy;
    policy = parsed.policy;
    for (const l of listeners) {
      try {
        l(policy, previous);
      } catch (err) {
        log(`a policy listener failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  async function loadLastKnown(): Promise<LastKnown | undefined> {
    try {
      const stored = (await browser.storage.local.get(LAST_KNOWN_KEY))[LAST_KNOWN_KEY] as LastKnown | undefined;
      // A managed read that finished first is newer than anything cached.
      if (stored && !managedSeen) apply(stored.raw, stored.hasManaged === true, 'cache', { readAt: stored.readAt });
      return stored;
    } catch (err) {
      log(`could not read the last known policy: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  async function readManagedOnce(): Promise<Policy> {
    let raw: Record<string, unknown>;
    try {
      raw = (await browser.storage.managed.get()) ?? {};
    } catch (err) {
      const readError = err instanceof Error ? err.message : String(err);
      // Firefox rejects with this when no policy names the extension: a PC without managed policy.
      if (!NO_MANAGED_STORAGE.test(readError)) {
        // Any other failure: keep what we had rather than fall back to the open defaults of a
        // personal install (the editor would open on a managed PC).
        log(`could not read managed policy, keeping the last known one: ${readError}`);
        managedSeen = true;
        const cached = await lastKnown;
        status = { ...status, readError };
        if (cached && status.source !== 'managed')
          apply(cached.raw, cached.hasManaged === true, 'cache', { readError });
        return policy;
      }
      raw = {};
    }
    managedSeen = true;
    const hasManaged = Object.keys(raw).length > 0;
    const readAt = now().toISOString();
    apply(raw, hasManaged, 'managed', { readAt });
    const record: LastKnown = { raw, hasManaged, readAt };
    await browser.storage.local.set({ [LAST_KNOWN_KEY]: record }).catch((err: unknown) => {
      log(`could not keep the policy for the next start: ${err instanceof Error ? err.message : String(err)}`);
    });
    return policy;
  }

  // Reads run one after another, so a slow early read can never overwrite a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  function readManaged(): Promise<Policy> {
    const next = queue.then(readManagedOnce);
    queue = next.catch(() => undefined);
    return next;
  }

  const lastKnown = loadLastKnown();
  const ready = readManaged();

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readManaged();
  });

  return {
    current: () => policy,
    ready,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => status,
  };
}

/** A service with a fixed policy, for tests and for code that runs before the real one exists. */
export function createFixedPolicyService(policy: Policy = defaultPolicy(false)): PolicyService {
  return { current: () => policy, ready: Promise.resolve(policy), onChange: () => () => {} };
}
