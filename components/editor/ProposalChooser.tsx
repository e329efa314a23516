import { useEffect, useRef, useState } from 'preact/hooks';
import type { PickedElement, TargetProposal } from '@/utils/messaging/messages/editor';
import { defaultChoice } from './model/draft';
import { TARGET_KIND_LABELS } from './model/field-help';
import { describeTarget } from './TargetEditor';

export function countText(count: number): string {
  if (count === 1) return 'finder præcis 1 element';
  if (count === 0) return 'finder ingen elementer lige nu';
  return `finder ${count} elementer (for mange)`;
}

interface ProposalChooserProps {
  picked: PickedElement;
  stepLabel: string;
  /** Offer the draft text when the step has no text yet. */
  offerSay: boolean;
  onUse: (chosen: TargetProposal[], say: string | null) => void;
  onCancel: () => void;
}

/**
 * After the librarian pointed at an element: the proposed Targets, most robust first, each with
 * how many elements it finds on the page right now. The librarian picks one or several (tried in
 * order). A modal `<dialog>` keeps focus inside until they choose.
 */
export function ProposalChooser({ picked, stepLabel, offerSay, onUse, onCancel }: ProposalChooserProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(defaultChoice(picked.proposals).map((p) => picked.proposals.indexOf(p))),
  );
  const [useSay, setUseSay] = useState(offerSay);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const toggle = (i: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(i);
    else next.delete(i);
    setChosen(next);
  };
  return (
    <dialog
      ref={dialog}
      class="chooser"
      aria-labelledby="chooser-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="chooser-title">Vælg, hvordan {stepLabel} finder elementet</h2>
      <p>
        Siden: {picked.page.origin}
        {picked.page.path}
      </p>
      {picked.proposals.length === 0 ? (
        <p>Der var ingen forslag til dette element. Prøv et andet, eller skriv målet i hånden.</p>
      ) : (
        <fieldset>
          <legend>Forslag (det øverste er mest robust)</legend>
          <ul class="proposals">
            {picked.proposals.map((p, i) => (
              <li key={`${p.kind}-${i}`} class={p.count === 1 ? 'ok' : 'warn'}>
                <label>
                  <input type="checkbox" checked={chosen.has(i)} onChange={(e) => toggle(i, e.currentTarget.checked)} />{' '}
                  <strong>{TARGET_KIND_LABELS[p.kind]}</strong>: {describeTarget(p.target)} — {countText(p.count)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {picked.say && (
        <label class="inline">
          <input type="checkbox" checked={useSay} onChange={(e) => setUseSay(e.currentTarget.checked)} /> Brug den
          foreslåede tekst: {picked.say}
        </label>
      )}
      <p class="row">
        <button
          type="button"
          disabled={chosen.size === 0}
          onClick={() =>
            onUse(
              picked.proposals.filter((_, i) => chosen.has(i)),
              useSay ? picked.say : null,
            )
          }
        >
          Brug de valgte
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Annullér
        </button>
      </p>
    </dialog>
  );
}
