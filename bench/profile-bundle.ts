/**
 * `npm run bench:bundle`: what is inside each content-side bundle. Builds the Chrome extension
 * with source maps into a temporary directory and attributes every byte of the content script
 * and the overlay UI to the source (or npm package) it came from. Used to find what to cut when
 * the bytes goal is missed (docs/benchmarks.md).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';
import { attribute } from './lib/attribute';

const FILES = ['content-scripts/overlay.js', 'overlay-ui.js'];

/** `node_modules/@scope/pkg/...` → `@scope/pkg`; our own files stay as paths. */
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
