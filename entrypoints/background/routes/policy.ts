import type { PackSyncMessages, PolicyMessages, RedactedPolicy } from '@/utils/messaging/messages/policy';
import type { AreaRoutes } from '@/utils/messaging/router';
import type { Policy } from '@/utils/policy/types';
import type { PackSync } from '../pack-sync';
import type { Services } from '../services';
import { isEmptyRequest } from './empty';

/** How long `policy.public` waits for the first managed read before answering with what it has. */
const PUBLIC_WAIT_MS = 8000;

function redact(p: Policy): RedactedPolicy {
  const { staffAlert, authoringPinSha256, ...rest } = p;
  return {
    ...rest,
    staffAlert: {
      type: staffAlert.type,
      ...(staffAlert.url ? { url: staffAlert.url } : {}),
      hasToken: !!staffAlert.token,
    },
    hasAuthoringPin: !!authoringPinSha256,
  };
}

export function policyRoutes(services: Services): AreaRoutes<PolicyMessages> {
  return {
    'policy.public': {
      from: 'any',
      validate: isEmptyRequest,
      handle: async () => {
        // Only the label waits (the panel is already open): a fresh profile knows no policy until
        // the first managed read, which can take seconds after browser start.
        await Promise.race([services.policy.ready, new Promise((ok) => setTimeout(ok, PUBLIC_WAIT_MS))]);
        const { libraryName, computerLabel, languages, readAloud } = services.policy.current();
        return { libraryName, computerLabel, languages, readAloud };
      },
    },
    'policy.status': {
      from: 'extension-page',
      validate: isEmptyRequest,
      handle: async () => {
        const policy = services.policy.current();
        const packOrigins = [...new Set(policy.guidePacks.map((p) => `${new URL(p.url).origin}/*`))];
        return {
          status: services.policy.status?.() ?? { source: 'managed', hasManaged: false, warnings: [] },
          policy: redact(policy),
          extraSites: await services.extraSites.status(),
          packOrigins,
        };
      },
    },
    'authoring.status': { from: 'extension-page', validate: isEmptyRequest, handle: () => services.authoring.status() },
    'authoring.unlock': {
      from: 'extension-page',
      validate: (data) => {
        const pin = (data as { pin?: unknown } | null)?.pin;
        if (typeof data !== 'object' || data === null || Object.keys(data).length !== 1) return 'expected { pin }';
        return typeof pin === 'string' && pin.length >= 1 && pin.length <= 64 ? null : 'pin must be 1 to 64 characters';
      },
      handle: ({ pin }) => services.authoring.unlock(pin),
    },
    'authoring.lock': {
      from: 'extension-page',
      validate: isEmptyRequest,
      handle: async () => {
        await services.authoring.lock();
        return services.authoring.status();
      },
    },
  };
}

export function packSyncRoutes(services: { packSync: PackSync }): AreaRoutes<PackSyncMessages> {
  return {
    'packs.syncStatus': { from: 'extension-page', validate: isEmptyRequest, handle: () => services.packSync.status() },
    'packs.syncNow': { from: 'extension-page', validate: isEmptyRequest, handle: () => services.packSync.syncNow() },
  };
}
