import type { PageRef, Plan } from '../protocol';

/** Messages every part needs: liveness and the plan for a page. */
export interface CoreMessages {
  ping: { req: Record<string, never>; res: { version: string; dbVersion: number }; from: 'any' };
  'plan.get': { req: { page: PageRef }; res: Plan; from: 'content' };
}
