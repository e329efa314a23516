import { validateHelpRequestInput, validateIdInput } from '@/utils/help/validate';
import type { HelpMessages } from '@/utils/messaging/messages/help';
import type { AreaRoutes } from '@/utils/messaging/router';
import type { Services } from '../services';

function isEmptyObject(data: unknown): string | null {
  return typeof data === 'object' && data !== null && Object.keys(data).length === 0 ? null : 'expected {}';
}

export function helpRoutes(services: Services): AreaRoutes<HelpMessages> {
  return {
    'help.status': { from: 'content', validate: isEmptyObject, handle: () => services.help.status() },
    'help.request': {
      from: 'content',
      validate: validateHelpRequestInput,
      handle: ({ page, guide, language }) => services.help.request({ page, guide, language }),
    },
    'help.cancel': { from: 'content', validate: validateIdInput, handle: ({ id }) => services.help.cancel(id) },
    'help.dismiss': { from: 'content', validate: validateIdInput, handle: ({ id }) => services.help.dismiss(id) },
  };
}
