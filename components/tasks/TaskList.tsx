import { useEffect, useState } from 'preact/hooks';
import { T } from '@/components/i18n/T';
import { localize } from '@/utils/i18n/languages';
import { type StringKey, t } from '@/utils/i18n/strings';
import { send } from '@/utils/messaging/client';
import type { GuideSummary } from '@/utils/messaging/messages/guides';
import type { Topic } from '@/utils/pack/types';

export interface TaskListProps {
  lang: string;
  onChoose(guideId: string): void;
  idPrefix: string;
  /** List every guide by topic under the search (start page, popup); the panel shows search only. */
  showTopics?: boolean;
}

function topicKey(topic: Topic): StringKey {
  return `topic_${topic.replaceAll('-', '_')}` as StringKey;
}

function GuideButton({ guide, lang, onChoose }: { guide: GuideSummary; lang: string; onChoose(id: string): void }) {
  const title = localize(guide.title, lang);
  const summary = guide.summary ? localize(guide.summary, lang) : null;
  return (
    <li>
      <button type="button" class="vv-task" onClick={() => onChoose(guide.id)}>
        <span class="vv-task-title" lang={title.lang}>
          {title.text}
        </span>
        {summary && (
          <span class="vv-task-summary" lang={summary.lang}>
            {summary.text}
          </span>
        )}
      </button>
    </li>
  );
}

/**
 * "Hvad skal du i dag?": every guide by topic, and a search in the citizen's own words (the
 * guide store's Danish fuzzy search). Shared by the start page and the toolbar popup.
 */
export function TaskList({ lang, onChoose, idPrefix, showTopics = true }: TaskListProps) {
  const [topics, setTopics] = useState<{ topic: Topic; guides: GuideSummary[] }[] | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<GuideSummary[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!showTopics) return;
    send('guides.byTopic', { lang })
      .then((r) => setTopics(r.topics))
      .catch(() => setFailed(true));
  }, [lang, showTopics]);

  const search = (e: Event) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    send('guides.search', { query: q, lang, limit: 10 })
      .then((r) => setResults(r.guides))
      .catch(() => setFailed(true));
  };

  return (
    <div class="vv-tasks">
      <form class="vv-search" onSubmit={search}>
        <label for={`${idPrefix}-q`}>
          <T lang={lang} k="search" />
        </label>
        <div class="vv-search-row">
          <input
            id={`${idPrefix}-q`}
            type="search"
            value={query}
            placeholder={t(lang, 'searchPlaceholder')}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="vv-btn vv-primary">
            <T lang={lang} k="searchButton" />
          </button>
        </div>
      </form>
      {failed && (
        <p role="alert">
          <T lang={lang} k="error" />
        </p>
      )}
      {results !== null && (
        <section aria-live="polite">
          {results.length === 0 ? (
            <p>
              <T lang={lang} k="noResults" />
            </p>
          ) : (
            <ul class="vv-task-list">
              {results.map((g) => (
                <GuideButton key={g.id} guide={g} lang={lang} onChoose={onChoose} />
              ))}
            </ul>
          )}
        </section>
      )}
      {showTopics && topics === null && !failed && (
        <p>
          <T lang={lang} k="loading" />
        </p>
      )}
      {topics?.map(({ topic, guides }) => (
        <section key={topic} class="vv-topic" aria-labelledby={`${idPrefix}-t-${topic}`}>
          <h2 id={`${idPrefix}-t-${topic}`}>
            <T lang={lang} k={topicKey(topic)} />
          </h2>
          <ul class="vv-task-list">
            {guides.map((g) => (
              <GuideButton key={g.id} guide={g} lang={lang} onChoose={onChoose} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
