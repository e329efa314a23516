import type { CoreMessages } from '@/utils/messaging/messages/core';
import { isPageRef } from '@/utils/messaging/page-ref';
import type { AreaRoutes } from '@/utils/messaging/router';
import type { Services } from '../services';
import { isEmptyRequest } from './empty';

export function coreRoutes(services: Services): AreaRoutes<CoreMessages> {
  return {
    ping: {
      from: 'any',
      validate: isEmptyRequest,
      handle: async () => ({ version: services.version, dbVersion: (await services.db).version }),
    },
    'plan.get': {
      from: 'content',
      validate: (data) =>
        typeof data === 'object' && data !== null && isPageRef((data as { page?: unknown }).page)
          ? null
          : 'page must be { origin, path } without query or fragment',
      handle: ({ page }, { tabId }) => services.plan.planFor(page, tabId),
    },
  };
}
