import { useEffect } from 'preact/hooks';
import { AskStaff } from '@/components/ask-staff/AskStaff';
import { T } from '@/components/i18n/T';
import { CitizenSettings } from '@/components/settings/CitizenSettings';
import { TaskList } from '@/components/tasks/TaskList';
import { useCitizenSettings } from '@/components/tasks/use-citizen-settings';
import { dirOf } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/strings';
import { send } from '@/utils/messaging/client';

/** "Hvad skal du i dag?": the library PC's home page. Choosing a task opens its site in this tab. */
export function StartPage() {
  const [settings, update] = useCitizenSettings();
  const lang = settings.prefs.lang;
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = dirOf(lang);
    root.classList.toggle('vv-large', settings.prefs.largeText);
    document.title = `${t(lang, 'startPageTitle')} – Vejviser`;
  }, [lang, settings.prefs.largeText]);

  const choose = (guideId: string) => {
    // The background starts the guide for this tab and sends the tab to the guide's start page.
    send('guide.begin', { guideId }).catch(() => {});
  };

  return (
    <main class="vv-page">
      <h1>
        <T lang={lang} k="startPageTitle" />
      </h1>
      <p>
        <T lang={lang} k="startPageIntro" />
      </p>
      <CitizenSettings settings={settings} onChange={update} idPrefix="start" />
      <TaskList lang={lang} onChoose={choose} idPrefix="start" />
      <AskStaff guide={null} lang={lang} />
    </main>
  );
}
