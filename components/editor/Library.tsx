import { useMemo, useState } from 'preact/hooks';
import type { LibraryGuide } from '@/utils/messaging/messages/editor';
import type { PackSource, Topic } from '@/utils/pack/types';
import { SOURCE_LABELS, TOPIC_LABELS } from './model/field-help';
import { awaitingTry, firstBroken, healthText } from './model/health';
import { LANGUAGE_NAMES, textDa } from './model/text';

interface LibraryProps {
  guides: LibraryGuide[];
  busy: boolean;
  onEdit: (g: LibraryGuide) => void;
  onDuplicate: (g: LibraryGuide) => void;
  onRepair: (g: LibraryGuide, stepIndex: number) => void;
  onToggle: (g: LibraryGuide, enabled: boolean) => void;
  onNew: () => void;
}

/** Fold case and Danish letters so "flytning", "Flytning" and "flytnin" all find "Meld flytning". */
const fold = (s: string) => s.toLocaleLowerCase('da').normalize('NFKD');

/**
 * While `busy`, controls say so with `aria-disabled` and ignore use instead of being `disabled`:
 * a disabled control loses focus, and a librarian working down the table by keyboard would be
 * thrown back to the top of the page after each change.
 */
const unlessBusy = (busy: boolean, fn: () => void) => (): void => {
  if (!busy) fn();
};

/** Every guide, with filters, search, health at a glance and on/off per PC. */
export function Library({ guides, busy, onEdit, onDuplicate, onRepair, onToggle, onNew }: LibraryProps) {
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<PackSource | ''>('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [brokenOnly, setBrokenOnly] = useState(false);
  const shown = useMemo(
    () =>
      guides.filter(
        (g) =>
          (!source || g.source === source) &&
          (!topic || g.topic === topic) &&
          (!brokenOnly || firstBroken(g.health) >= 0) &&
          (!query || fold(`${textDa(g.title)} ${g.id} ${textDa(g.packTitle)}`).includes(fold(query.trim()))),
      ),
    [guides, query, source, topic, brokenOnly],
  );
  const brokenCount = guides.filter((g) => firstBroken(g.health) >= 0).length;
  return (
    <section aria-labelledby="library-h">
      <h3 id="library-h">Vejledninger</h3>
      <p role="status" class={brokenCount ? 'warn' : 'ok'}>
        {brokenCount === 0
          ? 'Alle vejledninger virker.'
          : `${brokenCount} ${brokenCount === 1 ? 'vejledning har' : 'vejledninger har'} et trin, der ikke kan findes.`}
      </p>
      <div class="filters">
        <div class="field">
          <label for="lib-search">Søg</label>
          <input id="lib-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="lib-source">Kilde</label>
          <select id="lib-source" value={source} onChange={(e) => setSource(e.currentTarget.value as PackSource | '')}>
            <option value="">Alle kilder</option>
            {Object.entries(SOURCE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="lib-topic">Emne</label>
          <select id="lib-topic" value={topic} onChange={(e) => setTopic(e.currentTarget.value as Topic | '')}>
            <option value="">Alle emner</option>
            {Object.entries(TOPIC_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <label class="inline">
          <input type="checkbox" checked={brokenOnly} onChange={(e) => setBrokenOnly(e.currentTarget.checked)} /> Vis
          kun vejledninger med fejl
        </label>
        <button type="button" onClick={unlessBusy(busy, onNew)} aria-disabled={busy || undefined}>
          Ny vejledning
        </button>
      </div>
      <p class="count">
        Viser {shown.length} af {guides.length}.
      </p>
      <table class="library">
        <caption class="visually-hidden">Vejledninger med kilde, emne, sprog og tilstand</caption>
        <thead>
          <tr>
            <th scope="col">Vejledning</th>
            <th scope="col">Pakke</th>
            <th scope="col">Kilde</th>
            <th scope="col">Emne</th>
            <th scope="col">Sprog</th>
            <th scope="col">Tilstand</th>
            <th scope="col">Tilbydes</th>
            <th scope="col">Handling</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((g) => {
            const title = textDa(g.title);
            const broken = firstBroken(g.health);
            const brokenHealth = g.health[broken];
            const repaired = g.health.flatMap((h, i) => (awaitingTry(h) ? [`Trin ${i + 1}: ${healthText(h)}`] : []));
            return (
              <tr key={`${g.source}/${g.packId}/${g.id}`} class={broken >= 0 ? 'broken' : undefined}>
                <th scope="row">
                  {title}
                  <span class="sub">
                    {g.id} · {g.steps} trin{g.hidden ? ' · skjult af en lokal kopi' : ''}
                  </span>
                </th>
                <td>{textDa(g.packTitle)}</td>
                <td>{SOURCE_LABELS[g.source]}</td>
                <td>{g.topic ? TOPIC_LABELS[g.topic] : '–'}</td>
                <td>{g.languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(', ')}</td>
                <td>
                  {brokenHealth ? (
                    <>
                      <strong class="bad">
                        Trin {broken + 1} ({brokenHealth.stepId}) fejler.
                      </strong>{' '}
                      {healthText(brokenHealth)}{' '}
                      <button
                        type="button"
                        class="secondary"
                        aria-disabled={busy || undefined}
                        onClick={unlessBusy(busy, () => onRepair(g, broken))}
                      >
                        Reparér trin {broken + 1} i {title}
                      </button>
                    </>
                  ) : repaired.length ? (
                    repaired.join(' ')
                  ) : g.health.some((h) => h.found + h.notFound > 0) ? (
                    'Virker.'
                  ) : (
                    'Ikke brugt endnu.'
                  )}
                </td>
                <td>
                  <label class="inline">
                    <input
                      type="checkbox"
                      checked={g.enabled}
                      aria-disabled={busy || undefined}
                      onClick={(e) => busy && e.preventDefault()}
                      onChange={(e) => busy || onToggle(g, e.currentTarget.checked)}
                    />{' '}
                    <span class="visually-hidden">Tilbyd {title} på denne PC</span>
                    <span aria-hidden="true">{g.enabled ? 'Ja' : 'Nej'}</span>
                  </label>
                </td>
                <td>
                  {g.source === 'local' ? (
                    <button type="button" aria-disabled={busy || undefined} onClick={unlessBusy(busy, () => onEdit(g))}>
                      Redigér {title}
                    </button>
                  ) : (
                    <button
                      type="button"
                      class="secondary"
                      aria-disabled={busy || undefined}
                      onClick={unlessBusy(busy, () => onDuplicate(g))}
                    >
                      Kopiér {title} til lokal
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
