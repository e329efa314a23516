import { browser } from 'wxt/browser';
import { openVejviserDb } from '@/utils/db/open';
import { createRouter } from '@/utils/messaging/router';
import { isSupportedHost } from '@/utils/sites';
import { createCitizenSession } from './citizen-session';
import { createPlanService } from './plan-service';
import { createPolicyService } from './policy-service';
import { createRoutes } from './routes';
import type { Services } from './services';

/** Composition root: opens the database and wires the services to the typed protocol. */
export default defineBackground(() => {
  const services: Services = {
    db: openVejviserDb(),
    plan: createPlanService(),
    policy: createPolicyService(),
    citizen: createCitizenSession(),
    version: browser.runtime.getManifest().version,
  };
  const handle = createRouter(createRoutes(services), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAllowedPage: (url) => {
      try {
        const u = new URL(url);
        return u.protocol === 'https:' && isSupportedHost(u.host);
      } catch {
        return false;
      }
    },
  });
  browser.runtime.onMessage.addListener((msg, sender) => handle(msg, sender));
});
