import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '@/utils/db/schema';
import type { CitizenPrefsService, CitizenSession } from './citizen-session';
import type { EditorService } from './editor-service';
import type { GuideStore } from './guide-store';
import type { HealthService } from './health-service';
import type { IdleReset } from './idle-reset';
import type { PlanService } from './plan-service';
import type { PolicyService } from './policy-service';
import type { ProgressService } from './progress-service';

/** Everything the background's routes may use; built once in `index.ts`. Add a field per service. */
export interface Services {
  db: Promise<IDBPDatabase<VejviserDB>>;
  plan: PlanService;
  guides: GuideStore;
  policy: PolicyService;
  citizen: CitizenSession;
  progress: ProgressService;
  health: HealthService;
  prefs: CitizenPrefsService;
  idle: IdleReset;
  version: string;
  editor: EditorService;
}
