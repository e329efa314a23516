import './options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type AuthoringApi, AuthoringGate } from '@/components/authoring-gate/AuthoringGate';
import { type PolicyStatusApi, PolicyStatusView } from '@/components/policy-status/PolicyStatusView';
import { send } from '@/utils/messaging/client';
import { SYNC_STATUS_KEY } from '../background/pack-sync';
import { LAST_KNOWN_KEY } from '../background/policy-service';

const authoringApi: AuthoringApi = {
  status: () => send('authoring.status', {}),
  unlock: (pin) => send('authoring.unlock', { pin }),
  lock: () => send('authoring.lock', {}),
};

const statusApi: PolicyStatusApi = {
  policyStatus: () => send('policy.status', {}),
  packSyncStatus: () => send('packs.syncStatus', {}),
  syncNow: () => send('packs.syncNow', {}),
  // Permission prompts need the click's user gesture: call the browser directly, not via the worker.
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  // The background writes the sync status to storage.local as it goes; re-read it through the
  // messages whenever it changes, so progress shows live.
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SYNC_STATUS_KEY in changes || LAST_KNOWN_KEY in changes)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** The options page: what IT has set for this PC, and the guide editor behind the authoring gate. */
function OptionsPage() {
  return (
    <>
      <h1>Vejviser</h1>
      <PolicyStatusView api={statusApi} />
      <section aria-labelledby="vv-editor">
        <h2 id="vv-editor">Lav og ret vejledninger</h2>
        <AuthoringGate api={authoringApi}>
          <div id="vv-editor-root" data-testid="editor">
            <p>Her kommer redigeringsværktøjet.</p>
          </div>
        </AuthoringGate>
      </section>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
