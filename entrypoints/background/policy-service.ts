import { defaultPolicy, type Policy } from '@/utils/policy/types';

/** The effective managed policy, one typed object for every service (contracts §2). */
export interface PolicyService {
  /** The policy in force now: the last known one until the first managed read completes. */
  current(): Policy;
  /** Resolves once the first managed read has finished (or failed). */
  ready: Promise<Policy>;
  /** Called with the new and the previous policy whenever the effective policy changes. */
  onChange(listener: (policy: Policy, previous: Policy) => void): () => void;
}

/**
 * Until managed policy is read (the policy issue replaces this), every service sees the defaults
 * of a PC without managed policy.
 */
export function createDefaultPolicyService(): PolicyService {
  const policy = defaultPolicy(false);
  return { current: () => policy, ready: Promise.resolve(policy), onChange: () => () => {} };
}
