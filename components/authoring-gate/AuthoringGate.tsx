import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuthoringStatus } from '@/utils/policy/status';

/** How the gate talks to the background (the options page passes the real messages). */
export interface AuthoringApi {
  status(): Promise<AuthoringStatus>;
  unlock(pin: string): Promise<AuthoringStatus & { accepted: boolean }>;
  lock(): Promise<AuthoringStatus>;
}

export interface AuthoringGateProps {
  api: AuthoringApi;
  /** The editor: rendered only while the background says it may be used. */
  children: ComponentChildren;
}

/**
 * Shows the editor only when this PC may use it (policy `authoring`). The background refuses every
 * editor message on its own; this only spares librarians a screen of errors. `off`: a plain
 * refusal. `pin`: a PIN prompt; the PIN goes to the background once and is not kept here.
 */
export function AuthoringGate({ api, children }: AuthoringGateProps) {
  const [status, setStatus] = useState<AuthoringStatus | null>(null);
  const [error, setError] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.status().then(setStatus, () => setError('Kunne ikke læse, om redigering er tilladt.'));
  }, [api]);

  if (error) return <p role="alert">{error}</p>;
  if (!status) return <p>Et øjeblik …</p>;
  if (status.allowed) {
    return (
      <div class="vv-gate-open">
        {status.mode === 'pin' && (
          <button type="button" onClick={() => api.lock().then(setStatus)}>
            Lås redigering
          </button>
        )}
        {children}
      </div>
    );
  }
  if (status.mode === 'off') {
    return (
      <div class="vv-gate" data-mode="off">
        <h2>Redigering er slået fra</h2>
        <p>På denne computer kan du ikke lave eller rette vejledninger. IT har slået det fra.</p>
        <p>Brug en computer til personalet, eller spørg IT.</p>
      </div>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const pin = input.current?.value ?? '';
    if (input.current) input.current.value = '';
    if (!pin) return;
    const result = await api.unlock(pin);
    setWrong(!result.accepted);
    setStatus(result);
    if (!result.accepted) input.current?.focus();
  };
  return (
    <form class="vv-gate" data-mode="pin" onSubmit={submit}>
      <h2>Redigering er låst</h2>
      <p>Skriv personalets PIN-kode for at lave eller rette vejledninger.</p>
      <label for="vv-pin">PIN-kode</label>
      <input
        id="vv-pin"
        ref={input}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={64}
        aria-invalid={wrong ? 'true' : undefined}
        aria-describedby={wrong ? 'vv-pin-error' : undefined}
        disabled={!!status.retryAfterSeconds}
      />
      <button type="submit" disabled={!!status.retryAfterSeconds}>
        Lås op
      </button>
      {wrong && (
        <p id="vv-pin-error" role="alert">
          {status.retryAfterSeconds
            ? `Forkert PIN-kode for mange gange. Prøv igen om ${status.retryAfterSeconds} sekunder.`
            : 'Forkert PIN-kode. Prøv igen.'}
        </p>
      )}
    </form>
  );
}
