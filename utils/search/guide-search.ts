import MiniSearch from 'minisearch';
import { textIn } from '@/utils/pack/text';
import type { Guide } from '@/utils/pack/types';
import { DANISH_STOP_WORDS, normalizeTerm } from './normalize';

interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  keywords: string;
  /** The Danish texts too when searching in another language: citizens often know the Danish word. */
  titleDa: string;
  summaryDa: string;
}

const MAX_QUERY_LENGTH = 200;

function processTerm(term: string): string | null {
  const t = normalizeTerm(term);
  return t && !DANISH_STOP_WORDS.has(t) ? t : null;
}

export interface GuideSearch {
  /** Guide ids, best match first. */
  search(query: string, limit: number): string[];
}

/**
 * Search over titles, summaries and keywords in the citizen's language (Danish where a text has
 * no translation): typo-tolerant (fuzzy), word starts match (prefix), æ/ø/å typed as ae/oe/aa.
 */
export function createGuideSearch(guides: readonly Guide[], lang: string): GuideSearch {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'summary', 'keywords', 'titleDa', 'summaryDa'],
    storeFields: [],
    processTerm,
    searchOptions: {
      boost: { title: 3, keywords: 2, summary: 1, titleDa: 1.5, summaryDa: 0.5 },
      // Short words must match exactly or as a word start; longer ones forgive a typo or two.
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      prefix: (term) => term.length >= 2,
    },
  });
  index.addAll(
    guides.map((g) => ({
      id: g.id,
      title: textIn(g.title, lang),
      summary: g.summary ? textIn(g.summary, lang) : '',
      keywords: (g.keywords ?? []).join(' '),
      titleDa: lang === 'da' ? '' : textIn(g.title, 'da'),
      summaryDa: lang === 'da' || !g.summary ? '' : textIn(g.summary, 'da'),
    })),
  );
  return {
    search(query, limit) {
      const q = query.slice(0, MAX_QUERY_LENGTH).trim();
      if (!q) return [];
      return index
        .search(q)
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}
