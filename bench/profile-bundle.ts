/**
 * `npm run bench:bundle`: what is inside each content-side bundle. Builds the Chrome extension
 * with source maps into a temporary directory and attributes every byte of the content script
 * and the overlay UI to the source (or npm package) it came from. Used to find what to cut when
 * the bytes goal is missed (docs/benchmarks.md).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'wxt';

const FILES = ['content-scripts/overlay.js', 'overlay-ui.js'];

/** `node_modules/@scope/pkg/...` → `@scope/pkg`; our own files stay as paths. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `node_modules/@scope/pkg/...` → `@scope/pkg` (WXT itself per file: it is several features); our files by path. */
function owner(source: string): string {
  const wxt = /node_modules\/wxt\/dist\/(.+)$/.exec(source);
  if (wxt) return `wxt/${wxt[1]}`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1] as string;
  const abs = source.startsWith('/') ? source : `/${source.replace(/^(\.\.\/)+/, '')}`;
  return abs.startsWith(ROOT) ? abs.slice(ROOT.length) : abs;
}

/** Raw bytes of `code` per source: each mapped segment owns the bytes up to the next segment. */
export function attribute(code: string, map: string): Map<string, number> {
  const consumer = new SourceMapConsumer(JSON.parse(map));
  const lines = code.split('\n');
  const segments: { line: number; col: number; source: string }[] = [];
  consumer.eachMapping((m) => {
    segments.push({ line: m.generatedLine, col: m.generatedColumn, source: m.source ? owner(m.source) : '(unmapped)' });
  });
  segments.sort((a, b) => a.line - b.line || a.col - b.col);
  const lineStart: number[] = [];
  let offset = 0;
  for (const l of lines) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  const bytes = new Map<string, number>();
  const at = (s: { line: number; col: number }) => (lineStart[s.line - 1] ?? 0) + s.col;
  const first = segments[0];
  if (first) bytes.set('(unmapped)', at(first));
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as (typeof segments)[number];
    const end = i + 1 < segments.length ? at(segments[i + 1] as (typeof segments)[number]) : code.length;
    bytes.set(s.source, (bytes.get(s.source) ?? 0) + Math.max(0, end - at(s)));
  }
  return bytes;
}

async function main() {
  const outDir = await mkdtemp(join(tmpdir(), 'vejviser-bundle-'));
  try {
    await build({ outDir, vite: () => ({ build: { sourcemap: true } }) });
    const dir = join(outDir, 'chrome-mv3');
    for (const file of FILES) {
      const code = await readFile(join(dir, file), 'utf8');
      const map = await readFile(join(dir, `${file}.map`), 'utf8');
      const total = Buffer.byteLength(code);
      const gz = gzipSync(code, { level: 9 }).length;
      process.stdout.write(`\n${file}: ${total} B raw, ${gz} B gzip\n`);
      const rows = [...attribute(code, map)].sort((a, b) => b[1] - a[1]);
      for (const [source, n] of rows) {
        if (n < 50) continue;
        process.stdout.write(
          `  ${String(n).padStart(7)} B  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${source}\n`,
        );
      }
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench:bundle failed: ${err instanceof Error ? (err.stack ?? err.message) : err}\n`);
  process.exit(1);
});
