import { useState } from 'preact/hooks';
import type { StepHealth } from '@/utils/messaging/messages/editor';
import { type Guide, TOPICS, type Topic } from '@/utils/pack/types';
import { LocalizedField, Select, TextInput } from './fields';
import { addStep, moveStep, removeStep, replaceStep } from './model/draft';
import { FIELD_HELP, TOPIC_LABELS } from './model/field-help';
import { healthText } from './model/health';
import type { ProblemIndex } from './model/problems';
import { StepEditor } from './StepEditor';
import { RoleList } from './TargetEditor';

interface GuideEditorProps {
  guide: Guide;
  /** Pack path of the guide, e.g. `guides[3]`. */
  path: string;
  problems: ProblemIndex;
  health: StepHealth[];
  languages: readonly string[];
  /** Where a recording starts by default. */
  recordUrl: string;
  busy: boolean;
  onChange: (guide: Guide) => void;
  onPick: (stepIndex: number) => void;
  onRecord: (url: string) => void;
  onPreview: (stepIndex: number) => void;
  onSave: () => void;
  onClose: () => void;
}

const TOPIC_OPTIONS = { '': 'Intet emne', ...TOPIC_LABELS } as Record<Topic | '', string>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The guide's own fields, its steps, and the editor's actions (record, preview, save). */
export function GuideEditor(props: GuideEditorProps) {
  const { guide, path, problems, health, languages, onChange } = props;
  const [recordUrl, setRecordUrl] = useState(props.recordUrl);
  // Keep the librarian's raw lines while typing (a trailing empty line must not vanish under the cursor).
  const [keywordText, setKeywordText] = useState((guide.keywords ?? []).join('\n'));
  const [sitesText, setSitesText] = useState(guide.sites.join('\n'));
  const guideProblems = problems.under(path);
  const brokenText = (stepId: string) => {
    const h = health.find((x) => x.stepId === stepId);
    return h?.broken ? healthText(h) : undefined;
  };
  return (
    <div class="guide-editor">
      <RoleList />
      <p class="row">
        <button type="button" class="secondary" onClick={props.onClose}>
          Tilbage til listen
        </button>
      </p>
      <h3>Redigér vejledningen</h3>
      <div class="summary" role="status">
        {guideProblems.length === 0 ? (
          <p class="ok">Ingen fejl. Vejledningen kan gemmes.</p>
        ) : (
          <p class="warn">
            {guideProblems.length === 1 ? 'Der er 1 fejl' : `Der er ${guideProblems.length} fejl`}. Du kan gemme, når de
            er rettet. Fejlene står ved felterne.
          </p>
        )}
      </div>
      <section aria-labelledby="guide-fields-h" class="guide-fields">
        <h4 id="guide-fields-h">Om vejledningen</h4>
        <TextInput
          path={`${path}.id`}
          label="Vejledningens id"
          help={FIELD_HELP.guideId}
          problems={problems.at(`${path}.id`)}
          value={guide.id}
          onInput={(t) => onChange({ ...guide, id: t })}
        />
        <LocalizedField
          path={`${path}.title`}
          label="Titel"
          help={FIELD_HELP.title}
          problemsFor={(p) => problems.at(p)}
          value={guide.title}
          onChange={(t) => onChange({ ...guide, title: t ?? '' })}
          languages={languages}
        />
        <LocalizedField
          path={`${path}.summary`}
          label="Kort beskrivelse"
          help={FIELD_HELP.summary}
          problemsFor={(p) => problems.at(p)}
          value={guide.summary}
          onChange={(t) => {
            const { summary: _old, ...rest } = guide;
            onChange(t === undefined ? rest : { ...rest, summary: t });
          }}
          optional
          languages={languages}
        />
        <TextInput
          path={`${path}.keywords`}
          label="Søgeord"
          help={FIELD_HELP.keywords}
          problems={problems.under(`${path}.keywords`).map((p) => p.message)}
          value={keywordText}
          multiline
          onInput={(t) => {
            setKeywordText(t);
            const { keywords: _old, ...rest } = guide;
            const keywords = lines(t);
            onChange(keywords.length ? { ...rest, keywords } : rest);
          }}
        />
        <Select<Topic | ''>
          path={`${path}.topic`}
          label="Emne"
          help={FIELD_HELP.topic}
          problems={problems.at(`${path}.topic`)}
          value={guide.topic ?? ''}
          options={TOPIC_OPTIONS}
          onChange={(t) => {
            const next = { ...guide };
            if (t && (TOPICS as readonly string[]).includes(t)) next.topic = t;
            else delete next.topic;
            onChange(next);
          }}
        />
        <TextInput
          path={`${path}.sites`}
          label="Sider, hvor vejledningen tilbydes"
          help={FIELD_HELP.sites}
          problems={problems.under(`${path}.sites`).map((p) => p.message)}
          value={sitesText}
          multiline
          onInput={(t) => {
            setSitesText(t);
            onChange({ ...guide, sites: lines(t) });
          }}
        />
        <TextInput
          path={`${path}.start`}
          label="Startadresse"
          help={FIELD_HELP.start}
          problems={problems.at(`${path}.start`)}
          value={guide.start ?? ''}
          onInput={(t) => {
            const { start: _old, ...rest } = guide;
            onChange(t.trim() ? { ...rest, start: t.trim() } : rest);
          }}
        />
      </section>
      <section aria-labelledby="record-h" class="record">
        <h4 id="record-h">Optag trin</h4>
        <p class="help">
          Åbn siden, og klik dig igennem forløbet. Hvert klik bliver et nyt trin med et forslag til tekst. Det, du
          skriver i felter, bliver ikke gemt.
        </p>
        <div class="field">
          <label for="record-url">Start optagelsen på adressen</label>
          <input id="record-url" type="url" value={recordUrl} onInput={(e) => setRecordUrl(e.currentTarget.value)} />
        </div>
        <p class="row">
          <button type="button" disabled={props.busy || !recordUrl} onClick={() => props.onRecord(recordUrl)}>
            Start optagelse
          </button>
        </p>
      </section>
      <section aria-labelledby="steps-h" class="steps">
        <h4 id="steps-h">Trin ({guide.steps.length})</h4>
        {problems.at(`${path}.steps`).length > 0 && (
          <ul class="problems">
            {problems.at(`${path}.steps`).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {guide.steps.map((step, i) => (
          <StepEditor
            key={i}
            path={`${path}.steps[${i}]`}
            step={step}
            index={i}
            total={guide.steps.length}
            problems={problems}
            languages={languages}
            broken={brokenText(step.id)}
            onChange={(s) => onChange(replaceStep(guide, i, s))}
            onMove={(to) => onChange(moveStep(guide, i, to))}
            onRemove={() => onChange(removeStep(guide, i))}
            onPick={() => props.onPick(i)}
            onPreview={() => props.onPreview(i)}
          />
        ))}
        <p class="row">
          <button type="button" class="secondary" onClick={() => onChange(addStep(guide))}>
            Tilføj trin
          </button>
        </p>
      </section>
      <p class="row save-row">
        <button type="button" disabled={props.busy || guideProblems.length > 0} onClick={props.onSave}>
          Gem vejledningen
        </button>
      </p>
    </div>
  );
}
