import type { PageRef } from '@/utils/messaging/protocol';
import { HELP_REQUEST_FORMAT, type HelpRequest, type HelpRequestGuide } from './types';

/** The facts a help request is made of; the background adds library, computer, id and time. */
export interface HelpRequestFacts {
  id: string;
  createdAt: Date;
  library: string;
  computer: string;
  page: PageRef;
  guide: HelpRequestGuide | null;
  language: string;
  /** Overrides the page's host as `site` (the start page is an extension page, named `vejviser`). */
  site?: string;
}

/**
 * Build the `vejviser/help-request@1` object. Fields are copied one by one, so nothing the
 * caller happens to carry (extra properties, a query string) can end up in the request.
 */
export function buildHelpRequest(facts: HelpRequestFacts): HelpRequest {
  const url = new URL(facts.page.origin);
  return {
    format: HELP_REQUEST_FORMAT,
    id: facts.id,
    createdAt: facts.createdAt.toISOString(),
    library: facts.library,
    computer: facts.computer,
    site: facts.site ?? url.host,
    path: facts.page.path,
    guide: facts.guide
      ? { id: facts.guide.id, title: facts.guide.title, step: facts.guide.step, steps: facts.guide.steps }
      : null,
    language: facts.language,
  };
}
