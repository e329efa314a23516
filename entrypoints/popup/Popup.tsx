import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { T } from '@/components/i18n/T';
import { CitizenSettings } from '@/components/settings/CitizenSettings';
import { TaskList } from '@/components/tasks/TaskList';
import { useCitizenSettings } from '@/components/tasks/use-citizen-settings';
import { dirOf } from '@/utils/i18n/languages';
import { send } from '@/utils/messaging/client';

/** The toolbar popup: the same task list as the start page, for the tab the citizen is in. */
export function Popup() {
  const [settings, update] = useCitizenSettings();
  const lang = settings.prefs.lang;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.documentElement.classList.toggle('vv-large', settings.prefs.largeText);
  }, [lang, settings.prefs.largeText]);

  const choose = async (guideId: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await send('guide.begin', { guideId, tabId: tab.id }).catch(() => {});
    window.close();
  };

  return (
    <main class="vv-page">
      <h1>
        <T lang={lang} k="startPageTitle" />
      </h1>
      <CitizenSettings settings={settings} onChange={update} idPrefix="popup" />
      <TaskList lang={lang} onChoose={(id) => void choose(id)} idPrefix="popup" />
      <a class="vv-start-link" href={browser.runtime.getURL('/start.html')} target="_blank" rel="noreferrer">
        <T lang={lang} k="allTasks" />
      </a>
    </main>
  );
}
