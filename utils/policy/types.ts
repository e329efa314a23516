/**
 * The managed policy (shared/CONTRACTS.md §2) as one typed object. Every key is optional in the
 * policy; `Policy` is the effective value after parsing, with defaults filled in.
 */

export type StaffAlertType = 'ntfy' | 'teams' | 'webhook' | 'none';

export interface StaffAlert {
  type: StaffAlertType;
  url?: string;
  token?: string;
}

export interface PolicyGuidePack {
  url: string;
  sha256?: string;
}

export type AuthoringMode = 'off' | 'on' | 'pin';

export interface Policy {
  libraryName: string;
  computerLabel: string;
  staffAlert: StaffAlert;
  guidePacks: PolicyGuidePack[];
  refreshMinutes: number;
  builtInGuides: boolean;
  extraSites: string[];
  authoring: AuthoringMode;
  authoringPinSha256?: string;
  languages: string[];
  readAloud: boolean;
  resetAfterIdleMinutes: number;
  healthReportUrl?: string;
}

export const ALL_LANGUAGES = ['da', 'en', 'uk', 'ar'] as const;

/** Defaults when a key is absent or invalid. `authoring` is `on` only with no managed policy at all. */
export function defaultPolicy(hasManagedPolicy: boolean): Policy {
  return {
    libraryName: '',
    computerLabel: '',
    staffAlert: { type: 'none' },
    guidePacks: [],
    refreshMinutes: 60,
    builtInGuides: true,
    extraSites: [],
    authoring: hasManagedPolicy ? 'off' : 'on',
    languages: [...ALL_LANGUAGES],
    readAloud: true,
    resetAfterIdleMinutes: 15,
  };
}
