import type { Advance, Step, StepKind, Target } from '@/utils/pack/types';
import { LocalizedField, Select, TextInput } from './fields';
import { ADVANCE_LABELS, FIELD_HELP, KIND_LABELS } from './model/field-help';
import type { ProblemIndex } from './model/problems';
import { describeTarget, TargetEditor } from './TargetEditor';

interface StepEditorProps {
  /** Pack path of the step, e.g. `guides[0].steps[2]`. */
  path: string;
  step: Step;
  index: number;
  total: number;
  problems: ProblemIndex;
  languages: readonly string[];
  /** The step's health, shown when it has failed. */
  broken?: string;
  onChange: (step: Step) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  onPick: () => void;
  onPreview: () => void;
}

function targetsOf(step: Step): Target[] {
  if (!step.target) return [];
  return Array.isArray(step.target) ? step.target : [step.target];
}

function withTargets(step: Step, targets: Target[]): Step {
  const next = { ...step };
  if (targets.length === 0) delete next.target;
  else next.target = targets.length === 1 ? targets[0] : targets;
  return next;
}

function set<K extends keyof Step>(step: Step, key: K, value: Step[K] | undefined | ''): Step {
  const next = { ...step };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value as Step[K];
  return next;
}

/** One step: every field of the format, with help and the validator's messages next to each. */
export function StepEditor(props: StepEditorProps) {
  const { path, step, index, total, problems, languages, broken, onChange } = props;
  const targets = targetsOf(step);
  const isList = Array.isArray(step.target);
  const targetPath = (i: number) => (isList ? `${path}.target[${i}]` : `${path}.target`);
  const headingId = `${path.replace(/[^a-z0-9]+/gi, '-')}-h`;
  const stepProblems = problems.under(path).length;
  return (
    <section class={`step${broken ? ' broken' : ''}`} aria-labelledby={headingId}>
      <h5 id={headingId}>
        Trin {index + 1}: {step.id}
        {stepProblems > 0 && <span class="badge problem"> {stepProblems} fejl</span>}
      </h5>
      {broken && <p class="broken-note">{broken}</p>}
      <div class="step-actions">
        <button type="button" class="secondary" disabled={index === 0} onClick={() => props.onMove(index - 1)}>
          Flyt trin {index + 1} op
        </button>
        <button type="button" class="secondary" disabled={index === total - 1} onClick={() => props.onMove(index + 1)}>
          Flyt trin {index + 1} ned
        </button>
        <button type="button" class="secondary" onClick={props.onPreview}>
          Forhåndsvis fra trin {index + 1}
        </button>
        <button type="button" class="danger" disabled={total === 1} onClick={props.onRemove}>
          Slet trin {index + 1}
        </button>
      </div>
      <TextInput
        path={`${path}.id`}
        label="Trinnets id"
        help={FIELD_HELP.stepId}
        problems={problems.at(`${path}.id`)}
        value={step.id}
        onInput={(t) => onChange({ ...step, id: t })}
      />
      <TextInput
        path={`${path}.page`}
        label="Side (adresse-mønster)"
        help={FIELD_HELP.page}
        problems={problems.at(`${path}.page`)}
        value={step.page ?? ''}
        onInput={(t) => onChange(set(step, 'page', t.trim()))}
      />
      <fieldset class="targets">
        <legend>Element, trinnet peger på</legend>
        <p class="help">{FIELD_HELP.target}</p>
        {problems.at(`${path}.target`).length > 0 && (
          <ul class="problems">
            {problems.at(`${path}.target`).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {targets.length === 0 && <p>Trinnet peger ikke på noget. Det vises som et kort midt på siden.</p>}
        <ol class="target-list">
          {targets.map((t, i) => (
            <li key={i}>
              <details open={targets.length === 1 || problems.under(targetPath(i)).length > 0}>
                <summary>
                  Mål {i + 1}: {describeTarget(t)}
                </summary>
                <TargetEditor
                  path={targetPath(i)}
                  target={t}
                  problems={problems}
                  onChange={(nt) =>
                    onChange(
                      withTargets(
                        step,
                        targets.map((x, j) => (j === i ? nt : x)),
                      ),
                    )
                  }
                />
                <button
                  type="button"
                  class="link"
                  onClick={() =>
                    onChange(
                      withTargets(
                        step,
                        targets.filter((_, j) => j !== i),
                      ),
                    )
                  }
                >
                  Fjern mål {i + 1}
                </button>
              </details>
            </li>
          ))}
        </ol>
        <p class="row">
          <button type="button" onClick={props.onPick}>
            Peg på elementet på siden
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => onChange(withTargets(step, [...targets, { text: '' }]))}
          >
            Tilføj mål i hånden
          </button>
        </p>
      </fieldset>
      <LocalizedField
        path={`${path}.say`}
        label="Tekst til borgeren"
        help={FIELD_HELP.say}
        problemsFor={(p) => problems.at(p)}
        value={step.say}
        onChange={(t) => onChange({ ...step, say: t ?? '' })}
        multiline
        readability
        languages={languages}
      />
      <LocalizedField
        path={`${path}.more`}
        label="Mere hjælp"
        help={FIELD_HELP.more}
        problemsFor={(p) => problems.at(p)}
        value={step.more}
        onChange={(t) => onChange(set(step, 'more', t))}
        multiline
        readability
        optional
        languages={languages}
      />
      <Select<StepKind>
        path={`${path}.kind`}
        label="Slags trin"
        help={FIELD_HELP.kind}
        problems={problems.at(`${path}.kind`)}
        value={step.kind ?? 'hint'}
        options={KIND_LABELS}
        onChange={(k) => onChange(set(step, 'kind', k === 'hint' ? undefined : k))}
      />
      <Select<Advance | ''>
        path={`${path}.advance`}
        label="Borgeren kommer videre"
        help={FIELD_HELP.advance}
        problems={problems.at(`${path}.advance`)}
        value={step.advance ?? ''}
        options={ADVANCE_LABELS}
        onChange={(a) => onChange(set(step, 'advance', a))}
      />
    </section>
  );
}
