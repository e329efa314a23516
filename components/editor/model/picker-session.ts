import { storage } from 'wxt/utils/storage';
import type { PickerSession } from '@/utils/messaging/messages/editor';

/**
 * The picker/recorder session, shared by the background (writes) and the editor page (watches).
 * `storage.session` is only readable by extension pages and the service worker, and is gone when
 * the browser closes.
 */
export const pickerSessionItem = storage.defineItem<PickerSession | null>('session:vejviser.editor.picker', {
  fallback: null,
});
