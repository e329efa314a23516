import { t } from '@/utils/i18n/strings';
import type { GuideSummary } from '@/utils/messaging/messages/guides';
import type { PageRef, Plan } from '@/utils/messaging/protocol';
import type { LocalizedText } from '@/utils/pack/types';
import { isSupportedHost } from '@/utils/sites';
import type { CitizenPrefsService } from './citizen-session';
import type { ProgressService } from './progress-service';

export interface PlanService {
  planFor(page: PageRef, tabId?: number): Promise<Plan>;
}

/** The guide store's answer to "which guides are offered on this page". */
export interface OfferedGuides {
  guidesForPage(page: PageRef): Promise<GuideSummary[]>;
}

export interface PlanDeps {
  guides?: OfferedGuides;
  progress?: ProgressService;
  prefs?: CitizenPrefsService;
}

function danish(text: LocalizedText): string {
  return typeof text === 'string' ? text : text.da;
}

function labelsIn(lang: string): Plan['labels'] {
  return { help: t(lang, 'help'), offered: t(lang, 'offerTitle') };
}

/**
 * Decides what the content script shows on a page: the launcher, the guides offered here, and
 * whether a guide runs in this tab (then the overlay UI loads at once). Kept cheap: this answers
 * every page load on every supported site.
 */
export function createPlanService(deps: PlanDeps = {}): PlanService {
  return {
    async planFor(page, tabId) {
      const host = new URL(page.origin).host;
      const launcher = isSupportedHost(host);
      if (!launcher) return { launcher, offered: [], labels: labelsIn('da') };
      const [offered, active, prefs] = await Promise.all([
        deps.guides?.guidesForPage(page).catch(() => []) ?? [],
        tabId !== undefined && deps.progress ? deps.progress.isActive(tabId) : false,
        deps.prefs?.get(),
      ]);
      return {
        launcher,
        offered: offered.map((g) => ({ id: g.id, title: danish(g.title) })),
        active,
        ...(prefs && { lang: prefs.lang, largeText: prefs.largeText }),
        labels: labelsIn(prefs?.lang ?? 'da'),
      };
    },
  };
}
