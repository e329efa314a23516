import type { Envelope, MessageOrigin, MessageType, Protocol, RequestOf, ResponseOf, Result } from './protocol';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface HandlerContext {
  sender: SenderInfo;
  /** Set for messages from a content script. */
  tabId?: number;
  frameId?: number;
}

export type Handler<K extends MessageType> = (
  data: RequestOf<K>,
  ctx: HandlerContext,
) => Promise<ResponseOf<K>> | ResponseOf<K>;

export interface Route<K extends MessageType> {
  from: Protocol[K]['from'];
  /** Validates the untrusted `data`; returns an error text or null. */
  validate: (data: unknown) => string | null;
  handle: Handler<K>;
}

export type Routes = { [K in MessageType]: Route<K> };

/** The routes of one area of the protocol (`messages/*.ts`). */
export type AreaRoutes<Area> = { [K in keyof Area & MessageType]: Route<K> };

export interface RouterOptions {
  extensionId: string;
  /** URL prefix of the extension's own pages, e.g. `chrome-extension://ID/`. */
  extensionOrigin: string;
  /** Whether a content-script sender's page is one the overlay may run on. */
  isAllowedPage: (url: string) => boolean;
}

function originOf(sender: SenderInfo, opts: RouterOptions): MessageOrigin | null {
  if (sender.id !== opts.extensionId) return null;
  if (sender.tab && sender.url && opts.isAllowedPage(sender.url)) return 'content';
  if (sender.url?.startsWith(opts.extensionOrigin)) return 'extension-page';
  return null;
}

function isEnvelope(msg: unknown): msg is Envelope {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Record<string, unknown>;
  return m.v === 1 && typeof m.type === 'string' && 'data' in m;
}

/**
 * Build the background's message handler: checks the envelope, who sent it, and the request's
 * shape before any service sees it. Every refusal is a precise error, never a throw.
 */
export function createRouter(routes: Routes, opts: RouterOptions) {
  return async (msg: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    if (!isEnvelope(msg)) return { ok: false, error: 'Not a Vejviser message' };
    const route = (routes as Record<string, Route<MessageType> | undefined>)[msg.type];
    if (!route || !Object.hasOwn(routes, msg.type)) return { ok: false, error: `Unknown message type: ${msg.type}` };
    const origin = originOf(sender, opts);
    if (!origin) return { ok: false, error: `Sender not allowed for ${msg.type}` };
    if (route.from !== 'any' && route.from !== origin) {
      return { ok: false, error: `${msg.type} may not come from ${origin}` };
    }
    const invalid = route.validate(msg.data);
    if (invalid) return { ok: false, error: `${msg.type}: ${invalid}` };
    try {
      const data = await route.handle(msg.data as never, { sender, tabId: sender.tab?.id, frameId: sender.frameId });
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
