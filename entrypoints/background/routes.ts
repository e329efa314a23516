import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '@/utils/db/schema';
import { isPageRef } from '@/utils/messaging/page-ref';
import type { Routes } from '@/utils/messaging/router';
import type { PlanService } from './plan-service';

export interface Services {
  db: Promise<IDBPDatabase<VejviserDB>>;
  plan: PlanService;
  version: string;
}

function isEmptyObject(data: unknown): string | null {
  return typeof data === 'object' && data !== null && Object.keys(data).length === 0 ? null : 'expected {}';
}

/** The background's answer to every message type of the protocol. */
export function createRoutes(services: Services): Routes {
  return {
    ping: {
      from: 'any',
      validate: isEmptyObject,
      handle: async () => ({ version: services.version, dbVersion: (await services.db).version }),
    },
    'plan.get': {
      from: 'content',
      validate: (data) =>
        typeof data === 'object' && data !== null && isPageRef((data as { page?: unknown }).page)
          ? null
          : 'page must be { origin, path } without query or fragment',
      handle: ({ page }) => services.plan.planFor(page),
    },
  };
}
