import { LANGUAGE_NAMES, type UiLanguage } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/strings';
import type { CitizenSettings as Settings } from '@/utils/messaging/messages/engine';

export interface CitizenSettingsProps {
  settings: Settings;
  onChange(patch: { lang?: string; largeText?: boolean }): void;
  idPrefix: string;
}

/** Language switch (each language named in itself) and larger text, for the panel and start page. */
export function CitizenSettings({ settings, onChange, idPrefix }: CitizenSettingsProps) {
  const { lang, largeText } = settings.prefs;
  return (
    <div class="vv-settings">
      <label class="vv-field" for={`${idPrefix}-lang`}>
        <span>{t(lang, 'language')}</span>
        <select
          id={`${idPrefix}-lang`}
          class="vv-select"
          value={lang}
          onChange={(e) => onChange({ lang: (e.currentTarget as HTMLSelectElement).value })}
        >
          {settings.languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l as UiLanguage] ?? l}
            </option>
          ))}
        </select>
      </label>
      <label class="vv-check" for={`${idPrefix}-large`}>
        <input
          id={`${idPrefix}-large`}
          type="checkbox"
          checked={largeText}
          onChange={(e) => onChange({ largeText: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t(lang, 'largerText')}</span>
      </label>
    </div>
  );
}
