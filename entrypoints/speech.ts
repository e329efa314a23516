import { registerStage } from '@/utils/overlay/stages';
import { speak } from '@/utils/speech';

/** "Læs op": the browser's speech synthesis, injected only when a citizen presses it. */
export default defineUnlistedScript(() => registerStage('speech', { speak }));
