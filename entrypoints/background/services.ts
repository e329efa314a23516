import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '@/utils/db/schema';
import type { AuthoringGate } from './authoring-gate';
import type { CitizenPrefsService, CitizenSession } from './citizen-session';
import type { ExtraSites } from './extra-sites';
import type { GuideStore } from './guide-store';
import type { HealthService } from './health-service';
import type { IdleReset } from './idle-reset';
import type { PackSync } from './pack-sync';
import type { PlanService } from './plan-service';
import type { PolicyService } from './policy-service';
import type { ProgressService } from './progress-service';

/** Everything the background's routes may use; built once in `index.ts`. Add a field per service. */
export interface Services {
  db: Promise<IDBPDatabase<VejviserDB>>;
  plan: PlanService;
  guides: GuideStore;
  policy: PolicyService;
  authoring: AuthoringGate;
  extraSites: ExtraSites;
  packSync: PackSync;
  citizen: CitizenSession;
  progress: ProgressService;
  health: HealthService;
  prefs: CitizenPrefsService;
  idle: IdleReset;
  version: string;
}
