import type { Progress } from '@/utils/engine/progress';
import type { Guide } from '@/utils/pack/types';
import type { PageRef } from '../protocol';

/** A tab's running guide as the overlay needs it: the whole guide and where the citizen is. */
export interface GuideState {
  guide: Guide;
  progress: Progress;
}

/** The citizen's choices for this session; gone on idle reset and browser restart. */
export interface CitizenPrefs {
  lang: string;
  largeText: boolean;
}

/** What the citizen UI needs to offer its settings: the choices and what the policy allows. */
export interface CitizenSettings {
  prefs: CitizenPrefs;
  /** The policy's `languages` (Danish always first). */
  languages: string[];
  /** The policy's `readAloud`. */
  readAloud: boolean;
}

export type HealthOutcome = 'found' | 'not-found';

/** Guide-health counters for one step (IndexedDB `health`, key `guideId/stepId`). */
export interface HealthRecord {
  key: string;
  guideId: string;
  stepId: string;
  found: number;
  notFound: number;
  /** Epoch ms of the first and the latest failure; absent while the step has never failed. */
  firstFailedAt?: number;
  lastFailedAt?: number;
  /** The path (no query, no fragment) of the latest failure. */
  lastFailPath?: string;
  /** Epoch ms the target was last found (the editor shows a step as broken only after it). */
  lastFoundAt?: number;
  /** Epoch ms a librarian last saved a new target for the step (a failure before it no longer counts). */
  repairedAt?: number;
}

/** The guide engine, guide health and the citizen session. */
export interface EngineMessages {
  /**
   * Start a guide in a tab. From a content script: the sender's tab; `navigateTo` is set when the
   * current page is not the guide's first page. From an extension page (start page, popup): the
   * tab `tabId` (default: the sender's tab), which the background sends to the guide's start.
   */
  'guide.begin': {
    req: { guideId: string; page?: PageRef; tabId?: number };
    res: { state: GuideState; navigateTo: string | null };
    from: 'any';
  };
  /** The tab's guide after arriving on `page` (load, reload, SPA route change): null when none. */
  'guide.state': { req: { page: PageRef }; res: GuideState | null; from: 'content' };
  /** Step `step` was completed by `how` (never carries what was typed). */
  'guide.advance': {
    req: { page: PageRef; step: number; how: 'click' | 'input' | 'manual' };
    res: GuideState | null;
    from: 'content';
  };
  'guide.back': { req: { page: PageRef; step: number }; res: GuideState | null; from: 'content' };
  'guide.stop': { req: Record<string, never>; res: { stopped: true }; from: 'content' };
  /** A step's target was found or not after the grace period. Only these facts, ever. */
  'health.report': {
    req: { guideId: string; stepId: string; outcome: HealthOutcome; page: PageRef };
    res: { recorded: true };
    from: 'content';
  };
  'health.list': { req: Record<string, never>; res: { records: HealthRecord[] }; from: 'extension-page' };
  'citizen.settings': { req: Record<string, never>; res: CitizenSettings; from: 'any' };
  'citizen.setPrefs': { req: Partial<CitizenPrefs>; res: CitizenPrefs; from: 'any' };
  /** The citizen did something (throttled by the sender): postpones the idle reset. */
  'citizen.activity': { req: Record<string, never>; res: { ok: true }; from: 'any' };
}

/** Sent by the background to every tab's content script when a new citizen sits down. */
export interface CitizenResetNotice {
  v: 1;
  type: 'citizen.reset';
}
