import type { PageRef, Plan } from '@/utils/messaging/protocol';
import { isSupportedHost } from '@/utils/sites';

export interface PlanService {
  planFor(page: PageRef): Promise<Plan>;
}

/** Decides what the content script shows on a page. Guides are added by the guide store. */
export function createPlanService(): PlanService {
  return {
    async planFor(page) {
      const host = new URL(page.origin).host;
      return { launcher: isSupportedHost(host), offered: [] };
    },
  };
}
