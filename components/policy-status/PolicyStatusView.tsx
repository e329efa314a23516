import { useEffect, useState } from 'preact/hooks';
import type { PolicyMessages } from '@/utils/messaging/messages/policy';
import type { PackSyncStatus } from '@/utils/policy/pack-sync-status';

type PolicyStatusResponse = PolicyMessages['policy.status']['res'];

export interface PolicyStatusApi {
  policyStatus(): Promise<PolicyStatusResponse>;
  /** Undefined until the guide store is wired (policy packs need it). */
  packSyncStatus?(): Promise<PackSyncStatus>;
  syncNow?(): Promise<PackSyncStatus>;
  /** Ask the browser for access to these origins (must run in a click handler). */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Calls back when the sync status may have changed; returns the unsubscribe function. */
  watch?(onChange: () => void): () => void;
}

const STATE_TEXT = { ok: 'Hentet', failed: 'Fejl', pending: 'Venter' } as const;

/**
 * What IT has set for this PC, for librarians: the library and PC name, the guide packs IT
 * distributes (with progress and failures) and the extra sites (with a button to grant access).
 */
export function PolicyStatusView({ api }: { api: PolicyStatusApi }) {
  const [info, setInfo] = useState<PolicyStatusResponse | null>(null);
  const [packs, setPacks] = useState<PackSyncStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = () => {
    api.policyStatus().then(setInfo, () => setInfo(null));
    api.packSyncStatus?.().then(setPacks, () => setPacks(null));
  };
  useEffect(() => {
    reload();
    return api.watch?.(reload);
  }, [api]);

  if (!info) return <p>Et øjeblik …</p>;
  const { policy, status, extraSites, packOrigins } = info;
  const missing = [...extraSites.filter((s) => !s.granted).map((s) => s.origin), ...packOrigins];

  return (
    <>
      <section aria-labelledby="vv-pc">
        <h2 id="vv-pc">Denne computer</h2>
        <dl>
          <dt>Bibliotek</dt>
          <dd data-testid="library-name">{policy.libraryName || 'Ikke angivet'}</dd>
          <dt>Computer</dt>
          <dd data-testid="computer-label">{policy.computerLabel || 'Ikke angivet'}</dd>
          <dt>Opsætning</dt>
          <dd>{status.hasManaged ? 'Sat op centralt af IT' : 'Ingen central opsætning (personlig installation)'}</dd>
        </dl>
        {status.warnings.length > 0 && (
          <details>
            <summary>Fejl i opsætningen ({status.warnings.length}) – til IT</summary>
            <ul lang="en">
              {status.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </details>
        )}
      </section>

      {api.packSyncStatus && (
        <section aria-labelledby="vv-packs">
          <h2 id="vv-packs">Vejledninger fra IT</h2>
          {!packs || packs.entries.length === 0 ? (
            <p>IT har ikke sat vejledningspakker op til denne computer.</p>
          ) : (
            <ul data-testid="pack-sync">
              {packs.entries.map((e) => (
                <li key={e.url} data-state={e.state}>
                  <strong>{STATE_TEXT[e.state]}:</strong> {e.message}
                  {e.usingLastGood && ' Den sidste gode udgave bruges stadig.'} <span class="vv-url">{e.url}</span>
                </li>
              ))}
            </ul>
          )}
          {api.syncNow && (
            <button
              type="button"
              disabled={busy || packs?.running}
              onClick={async () => {
                setBusy(true);
                try {
                  setPacks((await api.syncNow?.()) ?? null);
                } finally {
                  setBusy(false);
                }
              }}
            >
              Hent vejledninger nu
            </button>
          )}
        </section>
      )}

      {(extraSites.length > 0 || packOrigins.length > 0) && (
        <section aria-labelledby="vv-sites">
          <h2 id="vv-sites">Ekstra sider</h2>
          <ul>
            {extraSites.map((s) => (
              <li key={s.pattern}>
                {s.pattern}: {s.granted ? 'Vejviser virker her.' : 'Mangler adgang.'}
              </li>
            ))}
          </ul>
          {missing.length > 0 && (
            <button type="button" onClick={() => api.requestOrigins(missing).then(reload)}>
              Giv Vejviser adgang
            </button>
          )}
        </section>
      )}
    </>
  );
}
