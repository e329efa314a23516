import { send } from '@/utils/messaging/client';
import type { LibraryGuide, PickerMode, PickerSession } from '@/utils/messaging/messages/editor';
import type { PackInfo, PackProblem } from '@/utils/messaging/messages/guides';
import type { Guide, PackSource } from '@/utils/pack/types';

/** Everything the editor asks the background for; a prop so tests can hand in a fake. */
export interface EditorApi {
  library(): Promise<LibraryGuide[]>;
  packs(): Promise<PackInfo[]>;
  importPack(text: string): Promise<{ ok: true; pack: PackInfo } | { ok: false; problems: PackProblem[] }>;
  exportPack(source: PackSource, id: string): Promise<{ text: string }>;
  setEnabled(guideId: string, enabled: boolean): Promise<unknown>;
  /** The library stops calling these steps broken: a librarian saved new targets for them. */
  markRepaired(guideId: string, stepIds: string[]): Promise<unknown>;
  duplicate(g: { source: PackSource; packId: string; guideId: string }): Promise<{ packId: string; guideId: string }>;
  startPicker(url: string, mode: PickerMode): Promise<PickerSession>;
  stopPicker(): Promise<PickerSession | null>;
  preview(guide: Guide, step: number, url?: string): Promise<unknown>;
}

export const messagingApi: EditorApi = {
  library: () => send('editor.library', {}).then((r) => r.guides),
  packs: () => send('packs.list', {}).then((r) => r.packs),
  importPack: (text) => send('packs.import', { text }),
  exportPack: (source, id) => send('packs.export', { source, id }),
  setEnabled: (guideId, enabled) => send('editor.setEnabled', { guideId, enabled }),
  markRepaired: (guideId, stepIds) => send('editor.markRepaired', { guideId, stepIds }),
  duplicate: (g) => send('editor.duplicate', g),
  startPicker: (url, mode) => send('editor.picker.start', { url, mode }).then((r) => r.session),
  stopPicker: () => send('editor.picker.stop', {}).then((r) => r.session),
  preview: (guide, step, url) => send('editor.preview', url ? { guide, step, url } : { guide, step }),
};
