import { registerStage } from '@/utils/overlay/stages';
import { describeTarget } from '@/utils/target/describe';

/**
 * "Se efter: knappen Start": how the card describes a target it cannot find. Injected next to
 * the overlay UI only when a step's target is still missing after the grace period.
 */
export default defineUnlistedScript(() => registerStage('look-for', { describeTarget }));
