import type { Guide, LocalizedText, PackSource, Target, Topic } from '@/utils/pack/types';
import type { PageRef } from '../protocol';

/**
 * The librarians' guide editor (issue 7): the options page talks to the background, and the
 * picker script (injected into a live tab) reports what the librarian pointed at or clicked.
 * Every `editor.*` message comes from an extension page; every `picker.*` message from the
 * picker running in a supported page.
 */

/** One proposed way to find the element the librarian pointed at, most robust kind first. */
export interface TargetProposal {
  target: Target;
  kind: 'role' | 'label' | 'text' | 'css';
  /** How many visible elements it matches on the page right now (1 is what we want). */
  count: number;
}

/** What the picker saw: the page (origin + path only), the proposals and a draft hint text. */
export interface PickedElement {
  page: PageRef;
  proposals: TargetProposal[];
  /** Draft hint, e.g. "Klik på **Log på**." — a proposal for the librarian to edit. */
  say: string;
  /** A text field was clicked: the step should advance on input (its value is never read). */
  field: boolean;
}

export type PickerMode = 'pick' | 'record';

/**
 * The editor's picker/recorder session, kept in `storage.session` so it survives a restart of the
 * service worker while the librarian works in the other tab. The options page watches it.
 */
export interface PickerSession {
  /** Changes with every new session, so the editor ignores results of an older one. */
  id: string;
  mode: PickerMode;
  tabId: number;
  /** The tab the editor runs in, brought back to the front when a pick is done. */
  editorTabId?: number;
  status: 'active' | 'done' | 'cancelled';
  /** Pick mode: the element chosen. */
  picked?: PickedElement;
  /** Record mode: every click, in order. */
  recorded: PickedElement[];
}

/** Per step: how often the engine found its target, and where and since when it fails. */
export interface StepHealth {
  stepId: string;
  found: number;
  notFound: number;
  firstFailedAt?: string;
  lastFailedAt?: string;
  /** Page path (never the query) of the last failure. */
  lastFailPath?: string;
  /** When the target was last found (when the engine's counters record it). */
  lastFoundAt?: string;
  /** When a librarian last saved a new target for the step. */
  repairedAt?: string;
  /** The last lookup failed. */
  broken: boolean;
}

export interface LibraryGuide {
  id: string;
  title: LocalizedText;
  packId: string;
  packTitle: LocalizedText;
  source: PackSource;
  topic?: Topic;
  /** Language tags present in the guide's texts (`da` first). */
  languages: string[];
  steps: number;
  /** Whether the guide is offered on this PC. */
  enabled: boolean;
  /** A guide with the same id from a source that takes precedence hides this one. */
  hidden: boolean;
  health: StepHealth[];
}

/** The picker and recorder: the editor page starts them, the script in the live tab reports. */
export interface PickerMessages {
  /** Open (or reuse) a tab at `url` and start picking an element or recording a flow there. */
  'editor.picker.start': {
    req: { url: string; mode: PickerMode };
    res: { session: PickerSession };
    from: 'extension-page';
  };
  /** Stop the picker or recorder (the recorded steps stay in the session). */
  'editor.picker.stop': { req: Record<string, never>; res: { session: PickerSession | null }; from: 'extension-page' };
  /** The picker asks what to do in this page (null: nothing, remove yourself). */
  'picker.hello': {
    req: { page: PageRef };
    res: { mode: PickerMode | null; sessionId: string | null };
    from: 'content';
  };
  /** The librarian pointed at an element (pick) or clicked one (record). */
  'picker.element': { req: { sessionId: string; element: PickedElement }; res: { recorded: number }; from: 'content' };
  /** Escape or the banner's stop button in the tab. */
  'picker.stop': { req: { sessionId: string }; res: Record<string, never>; from: 'content' };
}

/** The library, on/off per PC, local copies and preview. */
export interface LibraryMessages {
  /** Every guide of every stored pack, with its source, languages, health and on/off state. */
  'editor.library': { req: Record<string, never>; res: { guides: LibraryGuide[] }; from: 'extension-page' };
  /** Offer or stop offering a guide on this PC (kept across restarts, any source). */
  'editor.setEnabled': {
    req: { guideId: string; enabled: boolean };
    res: { enabled: boolean };
    from: 'extension-page';
  };
  /** The librarian saved new targets for these steps (so their old failures stop counting). */
  'editor.markRepaired': {
    req: { guideId: string; stepIds: string[] };
    res: { marked: number };
    from: 'extension-page';
  };
  /** Copy a built-in or policy guide into the local pack, where it takes precedence and can be edited. */
  'editor.duplicate': {
    req: { source: PackSource; packId: string; guideId: string };
    res: { packId: string; guideId: string };
    from: 'extension-page';
  };
  /**
   * Run the guide being edited (not yet saved, validated like an import) in a tab exactly as a
   * citizen would see it, from step `step` (0-based), at `url` or the step's own page.
   */
  'editor.preview': {
    req: { guide: Guide; step: number; url?: string };
    res: { tabId: number };
    from: 'extension-page';
  };
}

/** Every message of the editor (one name for `Protocol`'s `extends` list). */
export interface EditorMessages extends PickerMessages, LibraryMessages {}
