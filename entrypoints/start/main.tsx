import { render } from 'preact';
import '@/components/tasks/tasks.css';
import { send } from '@/utils/messaging/client';
import { StartPage } from './StartPage';

const app = document.getElementById('app');
if (app) render(<StartPage />, app);

// Input here counts as activity for the idle reset, like on the sites (throttled).
let last = 0;
for (const type of ['pointerdown', 'keydown'] as const) {
  addEventListener(
    type,
    () => {
      if (Date.now() - last < 15_000) return;
      last = Date.now();
      send('citizen.activity', {}).catch(() => {});
    },
    { capture: true, passive: true },
  );
}
