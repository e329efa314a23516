import type { NameMatcher, Target } from '@/utils/pack/types';
import { Field, TextInput } from './fields';
import type { ProblemIndex } from './model/problems';

/** Roles offered in the role field's suggestions (any ARIA role is allowed by the format). */
const COMMON_ROLES = ['button', 'link', 'textbox', 'checkbox', 'radio', 'combobox', 'heading', 'tab', 'menuitem'];

export const ROLE_LIST_ID = 'vv-roles';

/** The `<datalist>` of common roles, rendered once per page. */
export function RoleList() {
  return (
    <datalist id={ROLE_LIST_ID}>
      {COMMON_ROLES.map((r) => (
        <option key={r} value={r} />
      ))}
    </datalist>
  );
}

/** Describe a Target in plain Danish, e.g. `knap "Log på"`. */
export function describeTarget(t: Target): string {
  const parts: string[] = [];
  if (t.role) parts.push(`rolle ${t.role}`);
  if (t.name !== undefined) parts.push(typeof t.name === 'string' ? `navn "${t.name}"` : `navn ~ /${t.name.regex}/`);
  if (t.label) parts.push(`label "${t.label}"`);
  if (t.text) parts.push(`tekst "${t.text}"`);
  if (t.css) parts.push(`CSS ${t.css}`);
  if (t.nth !== undefined) parts.push(`nr. ${t.nth + 1}`);
  if (t.within) parts.push(`inden i (${describeTarget(t.within)})`);
  return parts.join(', ') || 'tom';
}

function without<K extends keyof Target>(t: Target, key: K, value: Target[K] | undefined): Target {
  const next = { ...t };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

interface TargetEditorProps {
  path: string;
  target: Target;
  problems: ProblemIndex;
  onChange: (t: Target) => void;
  /** Nesting depth (a `within` inside a `within` is allowed, but we stop offering it at 2). */
  depth?: number;
}

/** Every key of one Target; an empty field is left out of the pack. */
export function TargetEditor({ path, target, problems, onChange, depth = 0 }: TargetEditorProps) {
  const name = target.name;
  const isRegex = typeof name === 'object';
  const nameText = typeof name === 'string' ? name : (name?.regex ?? '');
  const setName = (text: string, regex: boolean) => {
    const matcher: NameMatcher | undefined = text === '' ? undefined : regex ? { regex: text } : text;
    onChange(without(target, 'name', matcher));
  };
  return (
    <div class="target">
      <Field path={`${path}.role`} label="Rolle" problems={problems.at(`${path}.role`)}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            list={ROLE_LIST_ID}
            value={target.role ?? ''}
            aria-describedby={describedBy || undefined}
            aria-invalid={invalid || undefined}
            onInput={(e) => onChange(without(target, 'role', e.currentTarget.value.trim()))}
          />
        )}
      </Field>
      <TextInput
        path={`${path}.name`}
        label="Navn (det, der står på knappen eller linket)"
        problems={[...problems.at(`${path}.name`), ...problems.at(`${path}.name.regex`)]}
        value={nameText}
        onInput={(t) => setName(t, isRegex)}
        extra={
          <label class="inline">
            <input type="checkbox" checked={isRegex} onChange={(e) => setName(nameText, e.currentTarget.checked)} />{' '}
            Navnet er et mønster (regulært udtryk)
          </label>
        }
      />
      <TextInput
        path={`${path}.label`}
        label="Feltets label"
        problems={problems.at(`${path}.label`)}
        value={target.label ?? ''}
        onInput={(t) => onChange(without(target, 'label', t))}
      />
      <TextInput
        path={`${path}.text`}
        label="Synlig tekst"
        problems={problems.at(`${path}.text`)}
        value={target.text ?? ''}
        onInput={(t) => onChange(without(target, 'text', t))}
      />
      <TextInput
        path={`${path}.css`}
        label="CSS-selektor (sidste udvej)"
        problems={problems.at(`${path}.css`)}
        value={target.css ?? ''}
        onInput={(t) => onChange(without(target, 'css', t))}
      />
      <Field
        path={`${path}.nth`}
        label="Nummer, hvis flere passer (1 = det første)"
        problems={problems.at(`${path}.nth`)}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="number"
            min={1}
            value={target.nth === undefined ? '' : String(target.nth + 1)}
            aria-describedby={describedBy || undefined}
            aria-invalid={invalid || undefined}
            onInput={(e) => {
              const n = e.currentTarget.valueAsNumber;
              onChange(without(target, 'nth', Number.isFinite(n) ? n - 1 : undefined));
            }}
          />
        )}
      </Field>
      {target.within ? (
        <fieldset class="within">
          <legend>Skal ligge inden i</legend>
          <TargetEditor
            path={`${path}.within`}
            target={target.within}
            problems={problems}
            onChange={(w) => onChange({ ...target, within: w })}
            depth={depth + 1}
          />
          <button type="button" class="link" onClick={() => onChange(without(target, 'within', undefined))}>
            Fjern "inden i"
          </button>
        </fieldset>
      ) : (
        depth < 2 && (
          <button type="button" class="secondary" onClick={() => onChange({ ...target, within: { role: 'region' } })}>
            Skal ligge inden i et andet element …
          </button>
        )
      )}
    </div>
  );
}
