import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/messaging/client';
import type { CitizenSettings } from '@/utils/messaging/messages/engine';

const DEFAULTS: CitizenSettings = { prefs: { lang: 'da', largeText: false }, languages: ['da'], readAloud: true };

/** The citizen's language and text size on our own pages (start page, popup), kept by the background. */
export function useCitizenSettings() {
  const [settings, setSettings] = useState<CitizenSettings>(DEFAULTS);
  useEffect(() => {
    send('citizen.settings', {})
      .then(setSettings)
      .catch(() => {});
  }, []);
  const update = useCallback((patch: { lang?: string; largeText?: boolean }) => {
    send('citizen.setPrefs', patch)
      .then((prefs) => setSettings((s) => ({ ...s, prefs })))
      .catch(() => {});
  }, []);
  return [settings, update] as const;
}
