import type { Guide, LocalizedText, PackSource, Topic } from '@/utils/pack/types';
import type { PackProblem } from '@/utils/pack/validate';
import type { PageRef } from '../protocol';

export type { PackProblem };

/**
 * Guide-store messages (the guide-pack issue implements the routes; the overlay, start page and
 * editor call them). Not yet in `Protocol`'s `extends` list: add `GuideMessages` there together
 * with `guideRoutes` in `entrypoints/background/routes/`.
 */

/** What a list or search result needs to show a guide; the full guide comes from `guides.get`. */
export interface GuideSummary {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  topic?: Topic;
  source: PackSource;
  packId: string;
}

export interface StoredGuide {
  guide: Guide;
  source: PackSource;
  packId: string;
}

export interface PackInfo {
  source: PackSource;
  id: string;
  title: LocalizedText;
  version: string;
  guideCount: number;
  /** ISO time it was stored. */
  storedAt: string;
  /** For policy packs: the URL it came from. */
  url?: string;
}

export interface GuideMessages {
  /** Guides offered on this page (their `sites` match), effective after source precedence. */
  'guides.forPage': { req: { page: PageRef }; res: { guides: GuideSummary[] }; from: 'any' };
  'guides.get': { req: { id: string }; res: StoredGuide | null; from: 'any' };
  /** The start page: every offered guide grouped by topic, in the order of `TOPICS`. */
  'guides.byTopic': { req: { lang: string }; res: { topics: { topic: Topic; guides: GuideSummary[] }[] }; from: 'any' };
  'guides.search': {
    req: { query: string; lang: string; limit?: number };
    res: { guides: GuideSummary[] };
    from: 'any';
  };
  'packs.list': { req: Record<string, never>; res: { packs: PackInfo[] }; from: 'extension-page' };
  /** Validate and store a local pack; rejected whole with every problem listed. */
  'packs.import': {
    req: { text: string };
    res: { ok: true; pack: PackInfo } | { ok: false; problems: PackProblem[] };
    from: 'extension-page';
  };
  'packs.export': { req: { source: PackSource; id: string }; res: { text: string }; from: 'extension-page' };
  'packs.remove': { req: { source: 'local'; id: string }; res: { removed: boolean }; from: 'extension-page' };
}
