import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf, Result } from './protocol';

/** Send a typed request to the background and unwrap its result (throws on a refused request). */
export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { v: 1, type, data };
  const result = (await browser.runtime.sendMessage(envelope)) as Result<ResponseOf<K>> | undefined;
  if (!result) throw new Error(`No answer to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
