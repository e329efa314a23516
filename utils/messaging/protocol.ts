import type { CoreMessages } from './messages/core';
import type { EditorMessages } from './messages/editor';
import type { EngineMessages } from './messages/engine';
import type { GuideMessages } from './messages/guides';
import type { HelpMessages } from './messages/help';
import type { PackSyncMessages, PolicyMessages } from './messages/policy';
import type { UiMessages } from './messages/ui';

/**
 * The one protocol map between the extension's parts: every message type with its request and
 * response types. Both sides import it, so a change shows up as a type error on both.
 *
 * Privacy: a page is described only by origin and path — never the query string or fragment.
 */

/** Where a message may come from; the background checks it against `sender`. */
export type MessageOrigin = 'content' | 'extension-page';
/** Which origins a message type accepts. */
export type AllowedFrom = MessageOrigin | 'any';

/** A page as the background may see it: no query, no fragment. */
export interface PageRef {
  origin: string;
  path: string;
}

/** What the content script should show on a page. */
export interface Plan {
  /** Show the "Hjælp" launcher at all. */
  launcher: boolean;
  /** Guides offered on this page (ids and Danish titles for now). */
  offered: { id: string; title: string }[];
  /** A guide runs in this tab: load the overlay UI straight away (engine, optional). */
  active?: boolean;
  /** The citizen's language and larger-text choice, so the launcher speaks it (engine, optional). */
  lang?: string;
  largeText?: boolean;
  /** The launcher's own words in that language, so the content script carries no translations. */
  labels: { help: string; offered: string };
}

/**
 * Every message type, composed from one interface per area (`messages/*.ts`). To add an area,
 * add its file and one line to the `extends` list.
 */
export interface Protocol
  extends CoreMessages,
    UiMessages,
    GuideMessages,
    PolicyMessages,
    PackSyncMessages,
    EngineMessages,
    HelpMessages,
    EditorMessages {}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['req'];
export type ResponseOf<K extends MessageType> = Protocol[K]['res'];

/** The wire envelope. `v` lets a future background refuse messages from a stale content script. */
export interface Envelope<K extends MessageType = MessageType> {
  v: 1;
  type: K;
  data: RequestOf<K>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };
