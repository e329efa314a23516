import type { ComponentChildren } from 'preact';
import { dirOf } from '@/utils/i18n/languages';
import type { LocalizedText } from '@/utils/pack/types';
import { LANGUAGE_NAMES, languagesOf, textIn, withoutLanguage, withText } from './model/text';
import { ReadabilityMeter } from './ReadabilityMeter';

/** A DOM id from a pack path: `guides[0].steps[1].say` → `f-guides-0-steps-1-say`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '')}`;
}

interface FieldProps {
  /** The pack path of the value (also the key for the validator's messages). */
  path: string;
  label: string;
  help?: string;
  problems: string[];
  children: (ids: { id: string; describedBy: string; invalid: boolean }) => ComponentChildren;
  extra?: ComponentChildren;
}

/** Label, help text, the control, and the validator's messages for this field right next to it. */
export function Field({ path, label, help, problems, children, extra }: FieldProps) {
  const id = fieldId(path);
  const describedBy = [help ? `${id}-help` : '', problems.length ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${problems.length ? ' has-problem' : ''}`}>
      <label for={id}>{label}</label>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {children({ id, describedBy, invalid: problems.length > 0 })}
      {extra}
      {problems.length > 0 && (
        <ul class="problems" id={`${id}-err`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface TextInputProps {
  path: string;
  label: string;
  help?: string;
  problems: string[];
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  dir?: 'rtl' | 'ltr';
  lang?: string;
  extra?: ComponentChildren;
}

export function TextInput({
  path,
  label,
  help,
  problems,
  value,
  onInput,
  multiline,
  dir,
  lang,
  extra,
}: TextInputProps) {
  return (
    <Field path={path} label={label} help={help} problems={problems} extra={extra}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            rows={3}
            value={value}
            dir={dir}
            lang={lang}
            aria-describedby={describedBy || undefined}
            aria-invalid={invalid || undefined}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={value}
            dir={dir}
            lang={lang}
            aria-describedby={describedBy || undefined}
            aria-invalid={invalid || undefined}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectProps<T extends string> {
  path: string;
  label: string;
  help?: string;
  problems: string[];
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
}

export function Select<T extends string>({ path, label, help, problems, value, options, onChange }: SelectProps<T>) {
  return (
    <Field path={path} label={label} help={help} problems={problems}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy || undefined}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.currentTarget.value as T)}
        >
          {(Object.entries(options) as [T, string][]).map(([k, text]) => (
            <option key={k} value={k}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface LocalizedFieldProps {
  path: string;
  label: string;
  help?: string;
  /** Problems for `path` and below (`path.da`, `path.en` …). */
  problemsFor: (path: string) => string[];
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText | undefined) => void;
  multiline?: boolean;
  /** Show word count and LIX for each language (hint texts). */
  readability?: boolean;
  /** Offered languages beyond Danish. */
  languages: readonly string[];
  /** Whether the field may be left out entirely (empty Danish text removes it). */
  optional?: boolean;
}

/**
 * A text in Danish plus any other languages. The Danish box is always there; other languages are
 * added and removed by the librarian. A plain string is stored when only Danish is present.
 */
export function LocalizedField(props: LocalizedFieldProps) {
  const { path, label, help, problemsFor, value, onChange, multiline, readability, languages, optional } = props;
  const present = value === undefined ? ['da'] : languagesOf(value);
  const missing = languages.filter((l) => !present.includes(l));
  const set = (lang: string, text: string) => {
    if (optional && lang === 'da' && text === '' && present.length === 1) onChange(undefined);
    else onChange(withText(value, lang, text));
  };
  return (
    <fieldset class="localized">
      <legend>{label}</legend>
      {help && <p class="help">{help}</p>}
      {present.map((lang) => {
        const langPath = typeof value === 'object' ? `${path}.${lang}` : path;
        const text = textIn(value, lang);
        return (
          <div class="lang-row" key={lang}>
            <TextInput
              path={`${path}.${lang}`}
              label={`${label} på ${LANGUAGE_NAMES[lang] ?? lang}`}
              problems={[...problemsFor(langPath), ...(lang === 'da' && langPath !== path ? problemsFor(path) : [])]}
              value={text}
              onInput={(t) => set(lang, t)}
              multiline={multiline}
              lang={lang}
              dir={dirOf(lang) === 'rtl' ? 'rtl' : undefined}
              extra={readability ? <ReadabilityMeter text={text} lang={lang} /> : undefined}
            />
            {lang !== 'da' && value !== undefined && (
              <button type="button" class="link" onClick={() => onChange(withoutLanguage(value, lang))}>
                Fjern {LANGUAGE_NAMES[lang] ?? lang}
              </button>
            )}
          </div>
        );
      })}
      {missing.length > 0 && (
        <p class="add-lang">
          {missing.map((lang) => (
            <button type="button" class="secondary" key={lang} onClick={() => onChange(withText(value, lang, ''))}>
              Tilføj {LANGUAGE_NAMES[lang] ?? lang}
            </button>
          ))}
        </p>
      )}
    </fieldset>
  );
}
