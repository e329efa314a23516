import type { PackSyncStatus } from '@/utils/policy/pack-sync-status';
import type { AuthoringStatus, ExtraSiteStatus, PolicyStatus } from '@/utils/policy/status';
import type { Policy } from '@/utils/policy/types';

/** The policy keys a citizen's page may know (no URLs, tokens or PIN hashes). */
export interface PublicPolicy {
  libraryName: string;
  computerLabel: string;
  languages: string[];
  readAloud: boolean;
}

/** The policy as shown to staff on the options page: secrets replaced by whether they are set. */
export type RedactedPolicy = Omit<Policy, 'staffAlert' | 'authoringPinSha256'> & {
  staffAlert: { type: Policy['staffAlert']['type']; url?: string; hasToken: boolean };
  hasAuthoringPin: boolean;
};

/** Managed policy, the editor gate and extra sites. */
export interface PolicyMessages {
  'policy.public': { req: Record<string, never>; res: PublicPolicy; from: 'any' };
  'policy.status': {
    req: Record<string, never>;
    res: { status: PolicyStatus; policy: RedactedPolicy; extraSites: ExtraSiteStatus[]; packOrigins: string[] };
    from: 'extension-page';
  };
  'authoring.status': { req: Record<string, never>; res: AuthoringStatus; from: 'extension-page' };
  'authoring.unlock': { req: { pin: string }; res: AuthoringStatus & { accepted: boolean }; from: 'extension-page' };
  'authoring.lock': { req: Record<string, never>; res: AuthoringStatus; from: 'extension-page' };
}

/** The policy guide packs' sync (`guidePacks`), for librarians. */
export interface PackSyncMessages {
  /** Progress and failures of the policy guide packs, for librarians. */
  'packs.syncStatus': { req: Record<string, never>; res: PackSyncStatus; from: 'extension-page' };
  'packs.syncNow': { req: Record<string, never>; res: PackSyncStatus; from: 'extension-page' };
}
