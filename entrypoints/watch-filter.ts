import { registerStage } from '@/utils/overlay/stages';
import { TargetInterest } from '@/utils/target/relevance/interest';
import { mayAffectShown, StyleSheetWatch } from '@/utils/target/relevance/shown';

/**
 * The target watch's churn filter, injected next to the overlay UI only when a page has proved
 * busy or big (see TargetWatch: FILTER_AFTER_CHECKS, LARGE_PAGE, the budget): a calm page never
 * carries it.
 */
export default defineUnlistedScript(() =>
  registerStage('watch-filter', { TargetInterest, mayAffectShown, StyleSheetWatch }),
);
