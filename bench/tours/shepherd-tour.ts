import Shepherd, { type Tour } from 'shepherd.js';
import css from 'shepherd.js/dist/css/shepherd.css?inline';
import { addStyle, TOUR_STEPS } from './steps';

/** The benchmark tour with Shepherd.js, injected as a page script, with its usual modal overlay. */
let current: Tour | undefined;
window.benchTour = {
  start() {
    addStyle(css);
    const tour = new Shepherd.Tour({ useModalOverlay: true, defaultStepOptions: { cancelIcon: { enabled: true } } });
    for (const [i, s] of TOUR_STEPS.entries()) {
      tour.addStep({
        id: `trin-${i + 1}`,
        title: s.title,
        text: s.text,
        attachTo: { element: s.selector, on: 'bottom' },
        buttons: i < TOUR_STEPS.length - 1 ? [{ text: 'Næste', action: () => tour.next() }] : [],
      });
    }
    current = tour;
    void tour.start();
  },
  stop() {
    void current?.cancel();
    current = undefined;
  },
};
