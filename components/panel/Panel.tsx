import { AskStaff } from '@/components/ask-staff/AskStaff';
import { T } from '@/components/i18n/T';
import { LibraryLabel } from '@/components/library-label/LibraryLabel';
import { CitizenSettings } from '@/components/settings/CitizenSettings';
import { TaskList } from '@/components/tasks/TaskList';
import { send } from '@/utils/messaging/client';
import type { CitizenSettings as Settings } from '@/utils/messaging/messages/engine';
import type { Plan } from '@/utils/messaging/protocol';

export interface PanelProps {
  plan: Plan;
  settings: Settings;
  onStart(guideId: string): void;
  onSettings(patch: { lang?: string; largeText?: boolean }): void;
}

const loadPublicPolicy = () => send('policy.public', {});

/** The "Hjælp" panel's contents: the guides offered on this page, settings and ask staff. */
export function Panel({ plan, settings, onStart, onSettings }: PanelProps) {
  const lang = settings.prefs.lang;
  return (
    <div class="vv-panel-body">
      <h2 class="vv-title" id="vv-panel-title">
        <T lang={lang} k="help" />
      </h2>
      <LibraryLabel load={loadPublicPolicy} />
      {plan.offered.length === 0 ? (
        <p class="vv-text">
          <T lang={lang} k="noGuidesHere" />
        </p>
      ) : (
        <>
          <h3 class="vv-subtitle">
            <T lang={lang} k="guidesHere" />
          </h3>
          <ul class="vv-guides">
            {plan.offered.map((g) => (
              <li key={g.id}>
                <button type="button" class="vv-guide" lang="da" onClick={() => onStart(g.id)}>
                  {g.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <TaskList lang={lang} onChoose={onStart} idPrefix="vv-panel" showTopics={false} />
      <CitizenSettings settings={settings} onChange={onSettings} idPrefix="vv-panel" />
      <AskStaff guide={null} lang={lang} />
    </div>
  );
}
