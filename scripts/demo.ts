/**
 * The main job: build the extension, serve the practice copy of the sites at their real hostnames
 * on 127.0.0.1, and open Chromium with Vejviser on it.
 *
 *   npm run demo                                    # a window; close it to stop
 *   npm run demo -- --headless --screenshot=demo.png [--url=https://www.skat.dk/]
 */
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchWithExtension } from '../tests/e2e/support/extension';
import { startSitesServer } from '../tests/e2e/support/sites-server';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    url: { type: 'string', default: 'https://www.borger.dk/' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values['no-build']) execSync('npx wxt build', { stdio: 'inherit' });
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: run with --headless --screenshot=demo.png');
  process.exit(2);
}

const sites = await startSitesServer();
const browser = await launchWithExtension({ port: sites.port, headless: values.headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(values.url);
console.log(`Vejviser ${browser.extensionId} is running on the practice sites (${values.url}).`);

if (values.headless) {
  await page.locator('vejviser-overlay').getByRole('button', { name: 'Hjælp' }).click();
  await page.waitForTimeout(300);
  const file = values.screenshot ?? 'demo-screenshot.png';
  await page.screenshot({ path: file });
  console.log(`Screenshot saved to ${file}`);
  await browser.close();
  await sites.close();
} else {
  browser.context.on('close', () => void sites.close());
}
