import { browser } from 'wxt/browser';
import { openVejviserDb } from '@/utils/db/open';
import { createRouter } from '@/utils/messaging/router';
import { isSupportedHost } from '@/utils/sites';
import { builtinPacks } from './builtin-packs';
import { createCitizenSession } from './citizen-session';
import { createGuideStore } from './guide-store';
import { createPlanService } from './plan-service';
import { createPolicyService } from './policy-service';
import { createRoutes } from './routes';
import type { Services } from './services';

/** Composition root: opens the database and wires the services to the typed protocol. */
export default defineBackground(() => {
  const db = openVejviserDb();
  const policy = createPolicyService();
  const guides = createGuideStore(db, { builtInEnabled: policy.current().builtInGuides });
  policy.onChange((p) => guides.setBuiltInEnabled(p.builtInGuides));
  void guides.seedBuiltins(builtinPacks()).catch(() => {}); // logged by the store
  const services: Services = {
    db,
    plan: createPlanService(guides),
    guides,
    policy,
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
