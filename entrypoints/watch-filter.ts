import { registerStage } from '@/utils/overlay/stages';
import { TargetInterest } from '@/utils/target/relevance/interest';
import { mayAffectShown, StyleSheetWatch } from '@/utils/target/relevance/shown';

/**
 * The target watch's churn filter, injected next to the overlay UI only when a page has proved
 * busy (the watch's budget ran out): a calm page never carries it. See TargetWatch.
 */
export default defineUnlistedScript(() =>
  registerStage('watch-filter', { TargetInterest, mayAffectShown, StyleSheetWatch }),
);
