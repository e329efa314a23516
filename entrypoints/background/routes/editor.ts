import * as v from 'valibot';
import type { EditorMessages, LibraryMessages, PickerMessages } from '@/utils/messaging/messages/editor';
import { isPageRef } from '@/utils/messaging/page-ref';
import type { AreaRoutes } from '@/utils/messaging/router';
import type { Services } from '../services';

/** valibot's summary of the first issues, or null when `data` fits `schema`. */
function check(schema: v.GenericSchema, data: unknown): string | null {
  const result = v.safeParse(schema, data);
  return result.success ? null : v.summarize(result.issues);
}

const Empty = v.strictObject({});
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not a valid id'));
const Source = v.picklist(['builtin', 'policy', 'local']);
const PageRefSchema = v.custom<{ origin: string; path: string }>(
  isPageRef,
  'page must be { origin, path } without query',
);

// Targets from a page's picker: bounded strings, bounded nesting, never more than the format knows.
const Short = v.pipe(v.string(), v.maxLength(500));
const TargetSchema: v.GenericSchema = v.strictObject({
  role: v.optional(v.pipe(v.string(), v.maxLength(40))),
  name: v.optional(v.union([Short, v.strictObject({ regex: Short })])),
  label: v.optional(Short),
  text: v.optional(Short),
  css: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  within: v.optional(v.lazy(() => TargetSchema)),
  nth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
});
export const PickedElementSchema = v.strictObject({
  page: PageRefSchema,
  proposals: v.pipe(
    v.array(
      v.strictObject({
        target: TargetSchema,
        kind: v.picklist(['role', 'label', 'text', 'css']),
        count: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    v.maxLength(10),
  ),
  say: Short,
  field: v.boolean(),
});

const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((s) => /^https?:\/\//.test(s) && URL.canParse(s), 'url must be an http(s) URL'),
);

function pickerRoutes(services: Services): AreaRoutes<PickerMessages> {
  const { picker } = services.editor;
  return {
    'editor.picker.start': {
      from: 'extension-page',
      validate: (data) => check(v.strictObject({ url: HttpUrl, mode: v.picklist(['pick', 'record']) }), data),
      handle: ({ url, mode }, { sender }) => picker.start(url, mode, sender.tab?.id).then((session) => ({ session })),
    },
    'editor.picker.stop': {
      from: 'extension-page',
      validate: (data) => check(Empty, data),
      handle: async () => ({ session: await picker.stop() }),
    },
    'picker.hello': {
      from: 'content',
      validate: (data) => check(v.strictObject({ page: PageRefSchema }), data),
      handle: ({ page }, { tabId }) => picker.hello(requireTab(tabId), page),
    },
    'picker.element': {
      from: 'content',
      validate: (data) => check(v.strictObject({ sessionId: v.string(), element: PickedElementSchema }), data),
      handle: ({ sessionId, element }, { tabId }) => picker.element(requireTab(tabId), sessionId, element),
    },
    'picker.stop': {
      from: 'content',
      validate: (data) => check(v.strictObject({ sessionId: v.string() }), data),
      handle: async ({ sessionId }, { tabId }) => {
        await picker.stopFromTab(requireTab(tabId), sessionId);
        return {};
      },
    },
  };
}

function requireTab(tabId: number | undefined): number {
  if (tabId === undefined) throw new Error('needs a tab');
  return tabId;
}

const GuideSchema = v.looseObject({ id: v.string(), steps: v.array(v.unknown()) });

/** The library, on/off per PC, local copies and preview (the pack validator checks the guide itself). */
export function libraryRoutes(services: Services): AreaRoutes<LibraryMessages> {
  const { editor } = services;
  return {
    'editor.library': {
      from: 'extension-page',
      validate: (data) => check(Empty, data),
      handle: async () => ({ guides: await editor.library() }),
    },
    'editor.setEnabled': {
      from: 'extension-page',
      validate: (data) => check(v.strictObject({ guideId: Id, enabled: v.boolean() }), data),
      handle: async ({ guideId, enabled }) => ({ enabled: await editor.setEnabled(guideId, enabled) }),
    },
    'editor.markRepaired': {
      from: 'extension-page',
      validate: (data) =>
        check(v.strictObject({ guideId: Id, stepIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(50)) }), data),
      handle: async ({ guideId, stepIds }) => ({ marked: await services.health.markRepaired(guideId, stepIds) }),
    },
    'editor.duplicate': {
      from: 'extension-page',
      validate: (data) => check(v.strictObject({ source: Source, packId: Id, guideId: Id }), data),
      handle: ({ source, packId, guideId }) => editor.duplicate(source, packId, guideId),
    },
    'editor.preview': {
      from: 'extension-page',
      validate: (data) =>
        check(
          v.strictObject({
            guide: GuideSchema,
            step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49)),
            url: v.optional(HttpUrl),
          }),
          data,
        ),
      handle: ({ guide, step, url }) => editor.preview(guide, step, url),
    },
  };
}

/** Every editor message; the authoring gate (`authoring-gate.ts`) refuses `editor.*` unless it is open. */
export function editorRoutes(services: Services): AreaRoutes<EditorMessages> {
  return { ...pickerRoutes(services), ...libraryRoutes(services) };
}
