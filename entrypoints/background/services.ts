import type { IDBPDatabase } from 'idb';
import type { VejviserDB } from '@/utils/db/schema';
import type { CitizenSession } from './citizen-session';
import type { GuideStore } from './guide-store';
import type { PlanService } from './plan-service';
import type { PolicyService } from './policy-service';

/** Everything the background's routes may use; built once in `index.ts`. Add a field per service. */
export interface Services {
  db: Promise<IDBPDatabase<VejviserDB>>;
  plan: PlanService;
  guides: GuideStore;
  policy: PolicyService;
  citizen: CitizenSession;
  version: string;
}
