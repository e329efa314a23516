import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { EngineMessages } from '@/utils/messaging/messages/engine';
import { isPageRef } from '@/utils/messaging/page-ref';
import type { AreaRoutes } from '@/utils/messaging/router';
import type { Services } from '../services';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a pack id'));
const Page = v.custom<{ origin: string; path: string }>(
  isPageRef,
  'page must be { origin, path } without query or fragment',
);
const Step = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49));
const Empty = v.strictObject({});

/** Run a valibot schema as a route's `validate`: null or the first problem, with its path. */
function check(schema: v.GenericSchema): (data: unknown) => string | null {
  return (data) => {
    const result = v.safeParse(schema, data);
    if (result.success) return null;
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  };
}

function needTab(tabId: number | undefined): number {
  if (tabId === undefined) throw new Error('needs a tab');
  return tabId;
}

export function engineRoutes(services: Services): AreaRoutes<EngineMessages> {
  const { progress, health, prefs, idle } = services;
  return {
    'guide.begin': {
      from: 'any',
      validate: check(v.strictObject({ guideId: Id, page: v.optional(Page), tabId: v.optional(v.number()) })),
      async handle({ guideId, page, tabId }, ctx) {
        const fromPage = ctx.tabId !== undefined && ctx.sender.url?.startsWith('https:');
        if (fromPage) return progress.begin(ctx.tabId as number, guideId, page);
        // An extension page (start page in a tab, or the popup for the active tab): the
        // background opens the guide's start in that tab.
        const target = needTab(tabId ?? ctx.tabId);
        const result = await progress.begin(target, guideId);
        if (result.navigateTo) await browser.tabs.update(target, { url: result.navigateTo });
        return result;
      },
    },
    'guide.state': {
      from: 'content',
      validate: check(v.strictObject({ page: Page })),
      handle: ({ page }, ctx) => progress.stateFor(needTab(ctx.tabId), page),
    },
    'guide.advance': {
      from: 'content',
      validate: check(v.strictObject({ page: Page, step: Step, how: v.picklist(['click', 'input', 'manual']) })),
      handle: ({ page, step, how }, ctx) => progress.advance(needTab(ctx.tabId), page, step, how),
    },
    'guide.back': {
      from: 'content',
      validate: check(v.strictObject({ page: Page, step: Step })),
      handle: ({ page, step }, ctx) => progress.back(needTab(ctx.tabId), page, step),
    },
    'guide.stop': {
      from: 'content',
      validate: check(Empty),
      async handle(_data, ctx) {
        await progress.stop(needTab(ctx.tabId));
        return { stopped: true as const };
      },
    },
    'health.report': {
      from: 'content',
      validate: check(
        v.strictObject({ guideId: Id, stepId: Id, outcome: v.picklist(['found', 'not-found']), page: Page }),
      ),
      async handle({ guideId, stepId, outcome, page }) {
        await health.record({ guideId, stepId, outcome, path: page.path });
        return { recorded: true as const };
      },
    },
    'health.list': {
      from: 'extension-page',
      validate: check(Empty),
      handle: async () => ({ records: await health.list() }),
    },
    'citizen.settings': {
      from: 'any',
      validate: check(Empty),
      async handle() {
        const { languages, readAloud } = services.policy.current();
        return { prefs: await prefs.get(), languages: ['da', ...languages.filter((l) => l !== 'da')], readAloud };
      },
    },
    'citizen.setPrefs': {
      from: 'any',
      validate: check(
        v.strictObject({
          lang: v.optional(v.picklist(['da', 'en', 'uk', 'ar'])),
          largeText: v.optional(v.boolean()),
        }),
      ),
      handle: (patch) => prefs.set(patch),
    },
    'citizen.activity': {
      from: 'any',
      validate: check(Empty),
      async handle() {
        await idle.activity();
        return { ok: true as const };
      },
    },
  };
}
