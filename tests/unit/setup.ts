import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAllLocales } from '@/utils/i18n/locales/all';

// Like the extension pages: every citizen language is there (the catalog's own test covers loading).
registerAllLocales();

beforeEach(() => {
  fakeBrowser.reset();
});
