import { render } from 'preact';
import { registerAllLocales } from '@/utils/i18n/locales/all';
import '@/components/tasks/task-list.css';
import '@/components/tasks/tasks.css';
import { send } from '@/utils/messaging/client';
import { StartPage } from './StartPage';

// Extension pages are not injected into sites, so they carry every citizen language.
registerAllLocales();
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
