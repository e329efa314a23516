import { render } from 'preact';
import { registerAllLocales } from '@/utils/i18n/locales/all';
import '@/components/tasks/task-list.css';
import '@/components/tasks/tasks.css';
import './popup.css';
import { Popup } from './Popup';

// Extension pages are not injected into sites, so they carry every citizen language.
registerAllLocales();
const app = document.getElementById('app');
if (app) render(<Popup />, app);
