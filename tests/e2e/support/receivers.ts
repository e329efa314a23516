import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a receiver saw it: everything staff's system could possibly get. */
export interface RecordedRequest {
  method: string;
  /** The raw request target, query string included. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** How the receiver answers the next POST: a status, optionally after a delay. */
export interface Reply {
  status: number;
  delayMs?: number;
}

export interface Receiver {
  /** Where to point `staffAlert.url`. */
  url: string;
  port: number;
  /** Every request received, OPTIONS preflights included, in order. */
  requests: RecordedRequest[];
  posts(): RecordedRequest[];
  /** Replies for the next POSTs, used up in order; after them every POST gets 200. */
  script(replies: Reply[]): void;
  /** Stop listening: connections are refused, as with a server that is down. */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * A real HTTP receiver for help requests on 127.0.0.1 (a stand-in for a webhook, an ntfy server
 * or a Teams Workflows endpoint) that records every request. It answers CORS preflights the way
 * a correctly configured self-hosted endpoint does (see docs/staff-alerts.md).
 */
export async function startReceiver(path = '/'): Promise<Receiver> {
  const requests: RecordedRequest[] = [];
  let replies: Reply[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: flatHeaders(req), body });
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '',
      'Access-Control-Allow-Private-Network': 'true',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const reply = req.method === 'POST' ? (replies.shift() ?? { status: 200 }) : { status: 405 };
    const answer = () => {
      if (!res.destroyed) res.writeHead(reply.status, { ...cors, 'content-type': 'text/plain' }).end('ok');
    };
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, reply.delayMs);
      timers.add(timer);
    } else answer();
  };

  let server: Server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;

  const stop = async () => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  };

  return {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    requests,
    posts: () => requests.filter((r) => r.method === 'POST'),
    script(next) {
      replies = [...next];
    },
    async down() {
      if (server.listening) await stop();
    },
    async up() {
      if (server.listening) return;
      server = createServer(handler);
      await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    },
    async close() {
      if (server.listening) await stop();
    },
  };
}
