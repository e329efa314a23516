/**
 * Build the release packages, with the version from package.json:
 *
 *   npm run package                               # Chrome/Edge zip, Firefox zip + unsigned .xpi
 *   npm run package -- --crx-key=key.pem          # also a .crx signed with the project key
 *       [--update-url=https://bib.example/vejviser/]   # and an update manifest for self-hosting
 *
 * The Firefox package must pass `web-ext lint` or the script fails. Output: .output/release/.
 * See docs/it/packaging.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_EXTENSION_ID } from '../utils/extension-id';

const { values } = parseArgs({
  options: {
    'crx-key': { type: 'string' },
    'update-url': { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    'allow-other-id': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.output');
const release = join(out, 'release');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

function manifestVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(out, dir, 'manifest.json'), 'utf8')) as { version: string }).version;
}

rmSync(release, { recursive: true, force: true });
mkdirSync(release, { recursive: true });

// `wxt zip` builds first; the manifest version comes from package.json.
run('npx', ['wxt', 'zip']);
run('npx', ['wxt', 'zip', '-b', 'firefox']);
for (const dir of ['chrome-mv3', 'firefox-mv2']) {
  if (manifestVersion(dir) !== version) throw new Error(`${dir}: manifest version is not ${version}`);
}

// The Firefox package must lint clean: errors fail the release; warnings are listed.
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; file?: string; message: string }[];
  warnings: { code: string; file?: string; message: string }[];
}
let lintOut: string;
try {
  lintOut = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', join(out, 'firefox-mv2'), '--self-hosted', '--output', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
} catch (err) {
  // web-ext exits non-zero on errors; the JSON report is still on stdout.
  lintOut = String((err as { stdout?: string }).stdout ?? '');
}
const lint = JSON.parse(lintOut) as LintReport;
for (const m of [...lint.errors, ...lint.warnings])
  console.log(`web-ext lint: ${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, ${lint.summary.notices} notices`,
);
if (lint.summary.errors > 0) throw new Error('The Firefox package does not pass web-ext lint');

const files: string[] = [];
const chromeZip = join(out, `vejviser-${version}-chrome.zip`);
const firefoxZip = join(out, `vejviser-${version}-firefox.zip`);
for (const zip of [chromeZip, firefoxZip]) {
  if (!existsSync(zip)) throw new Error(`wxt zip did not make ${zip}`);
}
copyFileSync(chromeZip, join(release, `vejviser-${version}-chrome-edge.zip`));
copyFileSync(firefoxZip, join(release, `vejviser-${version}-firefox.zip`));
// An .xpi is the same zip; it still has to be signed by addons.mozilla.org for release Firefox.
copyFileSync(firefoxZip, join(release, `vejviser-${version}-firefox-unsigned.xpi`));
files.push(
  `vejviser-${version}-chrome-edge.zip`,
  `vejviser-${version}-firefox.zip`,
  `vejviser-${version}-firefox-unsigned.xpi`,
);

/** The Chrome extension ID a private key gives: SHA-256 of the DER public key, 32 hex digits as a-p. */
function extensionIdOf(pemFile: string): string {
  const der = createPublicKey(readFileSync(pemFile)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

if (values['crx-key']) {
  const id = extensionIdOf(values['crx-key']);
  if (id !== CHROME_EXTENSION_ID && !values['allow-other-id']) {
    throw new Error(
      `${values['crx-key']} gives the extension ID ${id}, not ${CHROME_EXTENSION_ID}: policy files would not match. ` +
        'Use the project key, or pass --allow-other-id and change utils/extension-id.ts and the policy files.',
    );
  }
  // Chromium signs the CRX with the private key; the key must be the one behind the manifest
  // `key`, or the CRX gets another ID than the policy files name.
  run(values.chromium ?? '/usr/bin/chromium', [
    '--no-sandbox',
    '--headless=new',
    `--pack-extension=${join(out, 'chrome-mv3')}`,
    `--pack-extension-key=${resolve(values['crx-key'])}`,
  ]);
  const crx = `vejviser-${version}.crx`;
  renameSync(join(out, 'chrome-mv3.crx'), join(release, crx));
  files.push(crx);
  if (values['update-url']) {
    const base = values['update-url'].endsWith('/') ? values['update-url'] : `${values['update-url']}/`;
    writeFileSync(
      join(release, 'updates.xml'),
      `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${CHROME_EXTENSION_ID}'>
    <updatecheck codebase='${base}${crx}' version='${version}' />
  </app>
</gupdate>
`,
    );
    files.push('updates.xml');
  }
}

console.log(`\nVejviser ${version} release packages in ${release}:\n${files.map((f) => `  ${f}`).join('\n')}`);
