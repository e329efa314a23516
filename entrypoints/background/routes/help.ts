import { browser } from 'wxt/browser';
import { validateHelpRequestInput, validateIdInput } from '@/utils/help/validate';
import type { HelpMessages } from '@/utils/messaging/messages/help';
import type { AreaRoutes, HandlerContext } from '@/utils/messaging/router';
import type { Services } from '../services';
import { isEmptyRequest } from './empty';

/** What staff read as the site when the citizen asks from one of our own pages (the start page). */
export const EXTENSION_PAGE_SITE = 'vejviser';

function fromExtensionPage(ctx: HandlerContext): boolean {
  return !!ctx.sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * "Spørg personalet" is on the supported sites (content script) and on the start page (an
 * extension page), so every help message is accepted from both; the router still checks the sender.
 */
export function helpRoutes(services: Services): AreaRoutes<HelpMessages> {
  return {
    'help.status': { from: 'any', validate: isEmptyRequest, handle: () => services.help.status() },
    'help.request': {
      from: 'any',
      validate: validateHelpRequestInput,
      handle: ({ page, guide, language }, ctx) =>
        services.help.request({
          page,
          guide,
          language,
          // The extension's host is a meaningless ID to staff; name it instead.
          ...(fromExtensionPage(ctx) ? { site: EXTENSION_PAGE_SITE } : {}),
        }),
    },
    'help.cancel': { from: 'any', validate: validateIdInput, handle: ({ id }) => services.help.cancel(id) },
    'help.dismiss': { from: 'any', validate: validateIdInput, handle: ({ id }) => services.help.dismiss(id) },
  };
}
