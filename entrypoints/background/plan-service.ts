import type { PageRef, Plan } from '@/utils/messaging/protocol';
import { textIn } from '@/utils/pack/text';
import { isSupportedHost } from '@/utils/sites';
import type { GuideStore } from './guide-store';

export interface PlanService {
  planFor(page: PageRef): Promise<Plan>;
}

/** Decides what the content script shows on a page. Guides are added by the guide store. */
export function createPlanService(guides?: Pick<GuideStore, 'guidesForPage'>): PlanService {
  return {
    async planFor(page) {
      const host = new URL(page.origin).host;
      const offered = guides
        ? (await guides.guidesForPage(page)).map((g) => ({ id: g.id, title: textIn(g.title, 'da') }))
        : [];
      return { launcher: isSupportedHost(host), offered };
    },
  };
}
