import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { EXTENSION_PUBLIC_KEY } from './utils/extension-id';
import { SUPPORTED_MATCHES } from './utils/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Vejviser',
    description: 'Trin-for-trin hjælp til borger.dk, MitID, Digital Post og andre selvbetjeninger.',
    permissions: ['storage', 'alarms', 'scripting'],
    // Chrome only exposes 3rdparty policy to an extension that declares its schema.
    storage: { managed_schema: 'managed_schema.json' },
    host_permissions: SUPPORTED_MATCHES,
    // extraSites and guide-pack hosts set by IT: asked for at run time, never at install (docs/it/permissions.md).
    optional_host_permissions: ['https://*/*'],
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
