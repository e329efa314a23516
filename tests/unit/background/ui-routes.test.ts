import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiRoutes } from '@/entrypoints/background/routes/ui';
import type { CitizenPrefs } from '@/utils/messaging/messages/engine';

function routesFor(lang: string) {
  const prefs = { get: async (): Promise<CitizenPrefs> => ({ lang, largeText: false }), set: vi.fn() };
  const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
  return { routes: uiRoutes({ prefs }), inject };
}

const tab = { sender: {}, tabId: 7, frameId: 0 };

describe('loading the overlay UI into a page', () => {
  it('injects only the overlay UI for a Danish citizen', async () => {
    const { routes, inject } = routesFor('da');
    await routes['ui.load'].handle({}, tab);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/overlay-ui.js'] });
  });

  it("injects the citizen's own language first, and no other", async () => {
    const { routes, inject } = routesFor('ar');
    await routes['ui.load'].handle({}, tab);
    expect(inject).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      files: ['/locale-ar.js', '/overlay-ui.js'],
    });
  });

  it('adds one more language on request and refuses anything but a citizen language', async () => {
    const { routes, inject } = routesFor('da');
    await routes['ui.language'].handle({ lang: 'uk' }, tab);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/locale-uk.js'] });
    expect(routes['ui.language'].validate({ lang: 'fr' })).toBe('lang must be da, en, uk or ar');
    expect(routes['ui.language'].validate({ lang: 'en', extra: 1 })).toBe('only "lang" is allowed');
    expect(routes['ui.language'].validate({})).toBe('lang must be da, en, uk or ar');
    expect(routes['ui.load'].validate({ lang: 'en' })).toBe('expected {}');
    expect(routes['ui.load'].validate([])).toBe('expected {}');
  });

  it('needs a tab to load into', async () => {
    const { routes } = routesFor('da');
    await expect(routes['ui.load'].handle({}, { sender: {} })).rejects.toThrow('the UI can only be loaded into a tab');
  });

  it('injects a later stage by name and refuses any other name', async () => {
    const { routes, inject } = routesFor('da');
    await routes['ui.stage'].handle({ name: 'watch-filter' }, tab);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/watch-filter.js'] });
    expect(routes['ui.stage'].validate({ name: '../background' })).toBe(
      'name must be one of: watch-filter, look-for, speech, overlay-panel',
    );
    expect(routes['ui.stage'].validate({ name: 'watch-filter', extra: 1 })).toBe('only "name" is allowed');
    expect(routes['ui.stage'].validate('watch-filter')).toBe('expected an object');
  });
});
