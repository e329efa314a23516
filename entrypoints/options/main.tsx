import '@/components/editor/editor.css';
import { render } from 'preact';
import { messagingApi } from '@/components/editor/api';
import { EditorApp } from '@/components/editor/EditorApp';
import { parsePack } from '@/utils/pack/validate';

/** The options page is the librarians' guide editor (inside the authoring gate once that lands). */
const app = document.getElementById('app');
if (app) render(<EditorApp api={messagingApi} validate={parsePack} />, app);
