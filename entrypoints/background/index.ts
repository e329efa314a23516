import { browser } from 'wxt/browser';
import { openVejviserDb } from '@/utils/db/open';
import { registerAllLocales } from '@/utils/i18n/locales/all';
import { createRouter } from '@/utils/messaging/router';
import { validatePack } from '@/utils/pack/validate';
import { isSupportedHost } from '@/utils/sites';
import { createAuthoringGate, gateEditorRoutes } from './authoring-gate';
import { builtinPacks } from './builtin-packs';
import { createCitizenPrefs, createCitizenSession } from './citizen-session';
import { createEditorService, startHealthReports } from './editor-service';
import { createExtraSites } from './extra-sites';
import { createGuideStore } from './guide-store';
import { createHealthService } from './health-service';
import { createHelpService } from './help-service';
import { broadcastReset, createIdleReset, startIdleAlarm } from './idle-reset';
import { createPackSync } from './pack-sync';
import { createPlanService } from './plan-service';
import { createPolicyService } from './policy-service';
import { createProgressService } from './progress-service';
import { createRoutes } from './routes';
import type { Services } from './services';

/** Composition root: opens the database and wires the services to the typed protocol. */
export default defineBackground(() => {
  // The plan carries the launcher's labels in the citizen's language (plan-service).
  registerAllLocales();
  const db = openVejviserDb();
  const policy = createPolicyService();
  const citizen = createCitizenSession();
  const extraSites = createExtraSites({ policy });
  const guides = createGuideStore(db, { builtInEnabled: policy.current().builtInGuides });
  policy.onChange((p) => guides.setBuiltInEnabled(p.builtInGuides));
  void guides.seedBuiltins(builtinPacks()).catch(() => {}); // logged by the store
  const editor = createEditorService({
    db,
    guides,
    policy,
    engine: () => ({ health: services.health, progress: services.progress }),
    validate: validatePack,
  });
  // The engine also finds the guide the editor is previewing (under its own id).
  const progress = createProgressService(editor.withPreview(guides), citizen);
  const prefs = createCitizenPrefs(citizen, () => policy.current().languages);
  const idle = createIdleReset(citizen, () => policy.current().resetAfterIdleMinutes);
  const services: Services = {
    db,
    plan: createPlanService({ guides, progress, prefs }),
    guides,
    policy,
    citizen,
    authoring: createAuthoringGate({ policy, citizen }),
    extraSites,
    packSync: createPackSync({ policy, store: guides }),
    progress,
    health: createHealthService(db),
    prefs,
    idle,
    help: createHelpService(() => services),
    version: browser.runtime.getManifest().version,
    editor,
  };
  citizen.onReset(() => broadcastReset());
  startIdleAlarm(idle);
  startHealthReports(editor);
  const isBuiltInPage = (url: string) => {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' && isSupportedHost(u.host);
    } catch {
      return false;
    }
  };
  // Editor-only messages are refused here, whatever page sends them, unless the gate is open.
  const handle = createRouter(gateEditorRoutes(createRoutes(services), services.authoring), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAllowedPage: (url) => isBuiltInPage(url) || extraSites.allows(url),
  });
  browser.runtime.onMessage.addListener(async (msg, sender) => {
    // A page on an extra site can wake the worker before it knows the extra sites again.
    if (sender.tab && sender.url && !isBuiltInPage(sender.url)) await extraSites.ready;
    return handle(msg, sender);
  });
  services.help.start();
});
