import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../tests/e2e/support/extension';
import { BENCH_HOST } from './bench-server';
import type { BenchBrowser } from './browsers';

/**
 * The least any content script can cost: an extension whose content script only appends an empty
 * `vejviser-overlay` host with a shadow root and a button (so the suites' "launcher is there" wait
 * works), no messages, no CSS, no top layer. Chromium gives every content script its own isolated
 * world with the extension bindings; that cost is the same for Vejviser and is not ours to cut,
 * while page-script libraries (Driver.js, Shepherd.js) never pay it. Written afresh for each run.
 */
const CONTENT = `(() => {
  const host = document.createElement('vejviser-overlay');
  host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
  document.documentElement.append(host);
})();`;

export async function launchFloorBrowser(port: number): Promise<BenchBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'vejviser-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Vejviser bench floor',
    version: '1.0.0',
    // A worker, so the launcher can wait for the extension to be up, as for the real one.
    background: { service_worker: 'sw.js' },
    content_scripts: [{ matches: [`https://${BENCH_HOST}/*`], js: ['content.js'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'sw.js'), '');
  await writeFile(join(dir, 'content.js'), CONTENT);
  const launched = await launchWithExtension({ port, extensionDir: dir });
  return {
    kind: 'extension',
    context: launched.context,
    extensionId: launched.extensionId,
    async close() {
      await launched.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
