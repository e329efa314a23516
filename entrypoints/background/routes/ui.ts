import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isUiLanguage, type UiLanguage } from '@/utils/i18n/languages';
import type { UiMessages } from '@/utils/messaging/messages/ui';
import type { AreaRoutes, HandlerContext } from '@/utils/messaging/router';
import { isStageName, STAGE_NAMES, type StageName } from '@/utils/overlay/stages';
import type { Services } from '../services';
import { isEmptyRequest } from './empty';

/** `{ [key]: value }` with a value `isValid` accepts, nothing else; else the precise error. */
function onlyKey(key: string, isValid: (value: unknown) => boolean, expected: string) {
  return (data: unknown): string | null => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object';
    if (Object.keys(data).some((k) => k !== key)) return `only "${key}" is allowed`;
    return isValid((data as Record<string, unknown>)[key]) ? null : `${key} must be ${expected}`;
  };
}

/** `{ lang }` with a citizen language. */
const validateLang = onlyKey('lang', isUiLanguage, 'da, en, uk or ar');

/** `{ name }` with a known stage. */
const validateStage = onlyKey('name', isStageName, `one of: ${STAGE_NAMES.join(', ')}`);

/** One file per stage, named after it (entrypoints/<name>.ts). */
const stageFile = (name: StageName): ScriptPublicPath => `/${name}.js`;

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

export function uiRoutes({ prefs }: Pick<Services, 'prefs'>): AreaRoutes<UiMessages> {
  return {
    'ui.load': {
      from: 'content',
      validate: isEmptyRequest,
      handle: async (_data, sender) => {
        const { lang } = await prefs.get();
        return inject(sender, [...localeFiles(isUiLanguage(lang) ? lang : 'da'), '/overlay-ui.js']);
      },
    },
    'ui.language': {
      from: 'content',
      validate: validateLang,
      handle: (data, sender) => inject(sender, localeFiles(data.lang)),
    },
    'ui.stage': {
      from: 'content',
      validate: validateStage,
      handle: (data, sender) => inject(sender, [stageFile(data.name)]),
    },
  };
}
