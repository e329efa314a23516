import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isUiLanguage, type UiLanguage } from '@/utils/i18n/languages';
import type { UiMessages } from '@/utils/messaging/messages/ui';
import type { AreaRoutes, HandlerContext } from '@/utils/messaging/router';

/** `{}` or `{ lang }` with a citizen language, nothing else. */
function validateLang(data: unknown, required: boolean): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object';
  const keys = Object.keys(data);
  if (keys.some((k) => k !== 'lang')) return 'only "lang" is allowed';
  const { lang } = data as { lang?: unknown };
  if (lang === undefined) return required ? 'lang is required' : null;
  return isUiLanguage(lang) ? null : 'lang must be da, en, uk or ar';
}

/** Danish is inside overlay-ui.js; every other language is its own small script. */
function localeFiles(lang: UiLanguage | undefined): ScriptPublicPath[] {
  return lang && lang !== 'da' ? [`/locale-${lang}.js` as const] : [];
}

async function inject({ tabId, frameId }: HandlerContext, files: ScriptPublicPath[]): Promise<{ loaded: true }> {
  if (tabId === undefined) throw new Error('the UI can only be loaded into a tab');
  // Runs in the content script's isolated world, in order; the UI script itself guards against
  // a second mount in the same frame.
  if (files.length > 0) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files });
  return { loaded: true };
}

export function uiRoutes(): AreaRoutes<UiMessages> {
  return {
    'ui.load': {
      from: 'content',
      validate: (data) => validateLang(data, false),
      handle: (data, sender) => inject(sender, [...localeFiles(data.lang), '/overlay-ui.js']),
    },
    'ui.language': {
      from: 'content',
      validate: (data) => validateLang(data, true),
      handle: (data, sender) => inject(sender, localeFiles(data.lang)),
    },
  };
}
