import type { Routes } from '@/utils/messaging/router';
import type { Services } from '../services';
import { coreRoutes } from './core';
import { engineRoutes } from './engine';
import { guideRoutes } from './guides';
import { packSyncRoutes, policyRoutes } from './policy';
import { uiRoutes } from './ui';

/** The background's answer to every message type: one `*Routes` per area of the protocol. */
export function createRoutes(services: Services): Routes {
  return {
    ...coreRoutes(services),
    ...uiRoutes(),
    ...guideRoutes(services),
    ...policyRoutes(services),
    ...packSyncRoutes(services),
    ...engineRoutes(services),
  };
}
