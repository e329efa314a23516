import type { Routes } from '@/utils/messaging/router';
import type { Services } from '../services';
import { coreRoutes } from './core';
import { editorRoutes } from './editor';
import { engineRoutes } from './engine';
import { guideRoutes } from './guides';
import { helpRoutes } from './help';
import { packSyncRoutes, policyRoutes } from './policy';
import { uiRoutes } from './ui';

/** The background's answer to every message type: one `*Routes` per area of the protocol. */
export function createRoutes(services: Services): Routes {
  return {
    ...coreRoutes(services),
    ...uiRoutes(services),
    ...guideRoutes(services),
    ...policyRoutes(services),
    ...packSyncRoutes(services),
    ...engineRoutes(services),
    ...helpRoutes(services),
    ...editorRoutes(services),
  };
}
