import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { EXTENSION_PUBLIC_KEY } from './utils/extension-id';
import { STAFF_ALERT_HOST_PERMISSIONS } from './utils/help/host-permissions';
import { SUPPORTED_MATCHES } from './utils/sites';

/**
 * WXT's own `wxt/browser`: the browser's native promise-based API (`browser` in Firefox, `chrome`
 * in Chrome MV3). Scripts that run inside government pages get it instead of the polyfill, which
 * is ~10 KB per script and would be most of what a page with no guide pays (docs/benchmarks.md).
 * They only use `runtime.sendMessage`, `runtime.onMessage` and `runtime.id`, which behave the same
 * natively in both browsers. Extension pages and the background keep the polyfill.
 */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');
const PAGE_SCRIPT_TYPES = new Set(['content-script', 'unlisted-script']);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => PAGE_SCRIPT_TYPES.has(e.type))) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // First match wins in Vite's alias list, so this goes before the polyfill module's entry.
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...entries],
      };
      // Every page with a guide pays these bytes: terser's extra passes save ~5 % gzip over
      // esbuild's minifier (docs/benchmarks.md, "Bytes").
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { ecma: 2020, compress: { passes: 3 } },
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Vejviser',
    description: 'Trin-for-trin hjælp til borger.dk, MitID, Digital Post og andre selvbetjeninger.',
    permissions: ['storage', 'alarms', 'scripting'],
    // Chrome only exposes 3rdparty policy to an extension that declares its schema.
    storage: { managed_schema: 'managed_schema.json' },
    // Staff-alert hosts: "Spørg personalet" posts there from the background (utils/help).
    host_permissions: [...SUPPORTED_MATCHES, ...STAFF_ALERT_HOST_PERMISSIONS],
    // extraSites and guide-pack hosts set by IT: asked for at run time, never at install (docs/it/permissions.md).
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
    // The key fixes the Chrome extension ID for unpacked and self-hosted builds (see README).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'vejviser@vejviser.dk', strict_min_version: '128.0' },
          },
        }
      : { key: EXTENSION_PUBLIC_KEY }),
  }),
});
