import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_HOSTS } from '../../../utils/sites';
import { practiceCert } from './cert';

/** The practice copy of the sites: one folder per real hostname. */
export const SITES_DIR = resolve(fileURLToPath(new URL('../../fixtures/sites', import.meta.url)));

/** A host the extension must NOT run on (negative tests). */
export const UNSUPPORTED_HOST = 'www.example.org';

/**
 * Practice hosts the extension does not run on but the built-in guides pass through: the MitID
 * login (the overlay never shows inside it) and a municipality's booking page (passport, licence).
 */
export const PASS_THROUGH_HOSTS = ['nemlog-in.mitid.dk', 'www.esbjerg.dk'] as const;

export const PRACTICE_HOSTS: readonly string[] = [...SUPPORTED_HOSTS, ...PASS_THROUGH_HOSTS, UNSUPPORTED_HOST];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface SitesServer {
  port: number;
  server: Server;
  /** Extra handlers tried before the static files (e.g. a test's guide-pack endpoint). */
  routes: RouteHandler[];
  /** Every request path seen, per host (tests assert on what reached the "real" sites). */
  seen: { host: string; url: string }[];
  close(): Promise<void>;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Files every practice site uses alike (`/practice.js`, `/practice.css` and the `/practice-base.css` it imports), kept once. */
const SHARED_DIR = join(SITES_DIR, '_shared');

async function serveStatic(host: string, urlPath: string, res: ServerResponse): Promise<void> {
  const root = join(SITES_DIR, host);
  let file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    // SPA-style fallback: a path without an extension is served by the nearest index.html.
    if (!extname(file)) file = join(file, 'index.html');
  }
  // A site's own file wins; a static file it does not have comes from the shared folder.
  if (extname(file) && extname(file) !== '.html' && !(await exists(file))) {
    const shared = normalize(join(SHARED_DIR, file.slice(root.length)));
    if (shared.startsWith(SHARED_DIR) && (await exists(shared))) file = shared;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="da"><title>Siden findes ikke</title><h1>Siden findes ikke</h1></html>');
  }
}

/** Serve the practice sites over HTTPS on 127.0.0.1, routed by the Host header. */
export async function startSitesServer(port = 0): Promise<SitesServer> {
  const { key, cert } = await practiceCert(PRACTICE_HOSTS);
  const routes: RouteHandler[] = [];
  const seen: { host: string; url: string }[] = [];
  const server = createServer({ key, cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    seen.push({ host, url: req.url ?? '/' });
    for (const route of routes) if (await route(req, res)) return;
    if (!PRACTICE_HOSTS.includes(host)) {
      res.writeHead(421).end();
      return;
    }
    await serveStatic(host, new URL(req.url ?? '/', 'https://x').pathname, res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    server,
    routes,
    seen,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Chromium flag that sends every practice hostname to the local server. */
export function hostResolverRules(port: number): string {
  return `--host-resolver-rules=${PRACTICE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`;
}
