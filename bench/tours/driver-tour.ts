import { type Driver, driver } from 'driver.js';
import css from 'driver.js/dist/driver.css?inline';
import { addStyle, TOUR_STEPS } from './steps';

/** The benchmark tour with Driver.js, injected as a page script. Animations off: we time the first paint. */
let current: Driver | undefined;
window.benchTour = {
  start() {
    addStyle(css);
    current = driver({
      animate: false,
      steps: TOUR_STEPS.map((s) => ({ element: s.selector, popover: { title: s.title, description: s.text } })),
    });
    current.drive();
  },
  stop() {
    current?.destroy();
    current = undefined;
  },
};
