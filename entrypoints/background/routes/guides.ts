import type { GuideMessages } from '@/utils/messaging/messages/guides';
import { isPageRef } from '@/utils/messaging/page-ref';
import type { AreaRoutes } from '@/utils/messaging/router';
import { PACK_LIMITS } from '@/utils/pack/limits';
import type { PackSource } from '@/utils/pack/types';
import { MAX_SEARCH_LIMIT } from '../guide-store';
import type { Services } from '../services';
import { isEmptyRequest } from './empty';

/** A validator for an object request whose fields are exactly `fields`, each checked. */
function shape(fields: Record<string, { optional?: boolean; check: (v: unknown) => boolean; says: string }>) {
  return (data: unknown): string | null => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object';
    const d = data as Record<string, unknown>;
    for (const key of Object.keys(d)) if (!Object.hasOwn(fields, key)) return `unexpected field ${key}`;
    for (const [key, f] of Object.entries(fields)) {
      if (d[key] === undefined) {
        if (!f.optional) return `${key} is required`;
        continue;
      }
      if (!f.check(d[key])) return `${key} must be ${f.says}`;
    }
    return null;
  };
}

const SOURCES: readonly PackSource[] = ['builtin', 'policy', 'local'];
const isId = (v: unknown) => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(v);
const isLang = (v: unknown) => typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v);
const id = { check: isId, says: 'a guide or pack id' };
const lang = { check: isLang, says: 'a language tag' };

export function guideRoutes(services: Services): AreaRoutes<GuideMessages> {
  const guides = services.guides;
  return {
    'guides.forPage': {
      from: 'any',
      validate: shape({ page: { check: isPageRef, says: '{ origin, path } without query or fragment' } }),
      handle: async ({ page }) => ({ guides: await guides.guidesForPage(page) }),
    },
    'guides.get': {
      from: 'any',
      validate: shape({ id }),
      handle: ({ id }) => guides.guideById(id),
    },
    'guides.byTopic': {
      from: 'any',
      validate: shape({ lang }),
      handle: async ({ lang }) => ({ topics: await guides.byTopic(lang) }),
    },
    'guides.search': {
      from: 'any',
      validate: shape({
        query: { check: (v) => typeof v === 'string' && v.length <= 200, says: 'a text of at most 200 characters' },
        lang,
        limit: {
          optional: true,
          check: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_SEARCH_LIMIT,
          says: `an integer from 1 to ${MAX_SEARCH_LIMIT}`,
        },
      }),
      handle: async ({ query, lang, limit }) => ({ guides: await guides.search(query, lang, limit) }),
    },
    'packs.list': {
      from: 'extension-page',
      validate: isEmptyRequest,
      handle: async () => ({ packs: await guides.listPacks() }),
    },
    'packs.import': {
      from: 'extension-page',
      validate: shape({
        // The pack's own size limit is checked (with a Danish message) by the validator; this only
        // keeps absurd messages out. UTF-16 length ≤ UTF-8 bytes, so a valid pack always passes.
        text: { check: (v) => typeof v === 'string' && v.length <= PACK_LIMITS.maxBytes * 2, says: 'the pack text' },
      }),
      handle: ({ text }) => guides.importText('local', text),
    },
    'packs.export': {
      from: 'extension-page',
      validate: shape({
        source: { check: (v) => SOURCES.includes(v as PackSource), says: 'builtin, policy or local' },
        id,
      }),
      handle: async ({ source, id }) => {
        const text = await guides.exportPack(source, id);
        if (text === null) throw new Error(`No ${source} pack ${id}`);
        return { text };
      },
    },
    'packs.remove': {
      from: 'extension-page',
      validate: shape({ source: { check: (v) => v === 'local', says: 'local' }, id }),
      handle: async ({ source, id }) => ({ removed: await guides.removePack(source, id) }),
    },
  };
}
