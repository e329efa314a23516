import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type SitesServer, startSitesServer, UNSUPPORTED_HOST } from '../../tests/e2e/support/sites-server';
import type { LibraryTool } from './tour-bundles';

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));
/** The host the fixture pages are served at: a real supported hostname, so the content script runs. */
export const BENCH_HOST = 'www.borger.dk';
export const BENCH_ORIGIN = `https://${BENCH_HOST}`;
/** A practice host the extension does not run on: the same page there shows what merely having the extension costs. */
export const UNSUPPORTED_BENCH_HOST = UNSUPPORTED_HOST;

/** Fixture pages: all three tools run on /bench/tour; /bench/late is the same page without the step-1 target. */
export const PAGE = {
  tour: `${BENCH_ORIGIN}/bench/tour`,
  late: `${BENCH_ORIGIN}/bench/late`,
  blank: `${BENCH_ORIGIN}/bench/blank`,
  tourUnsupported: `https://${UNSUPPORTED_BENCH_HOST}/bench/tour`,
} as const;

/** The practice-sites server plus the benchmark's own pages and the page-script tours. */
export async function startBenchServer(tours: Record<LibraryTool, string>): Promise<SitesServer> {
  const sites = await startSitesServer();
  const tourHtml = await readFile(`${PAGES}tour.html`, 'utf8');
  const pageApi = await readFile(`${PAGES}page-api.js`, 'utf8');
  const assets: Record<string, string> = {
    '/bench/assets/page-api.js': pageApi,
    '/bench/assets/driver-tour.js': tours.driver,
    '/bench/assets/shepherd-tour.js': tours.shepherd,
  };
  sites.routes.push((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if ((host !== BENCH_HOST && host !== UNSUPPORTED_BENCH_HOST) || !path.startsWith('/bench/')) return false;
    const asset = assets[path];
    const html =
      path === '/bench/blank'
        ? '<!doctype html><html lang="da"><title>Tom side</title><h1>Tom side</h1></html>'
        : path === '/bench/tour' || path === '/bench/late'
          ? tourHtml
          : undefined;
    const body = asset ?? html;
    if (body === undefined) return false;
    res.writeHead(200, {
      'content-type': asset ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(body);
    return true;
  });
  return sites;
}
