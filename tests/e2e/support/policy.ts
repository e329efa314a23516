import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../../../utils/extension-id';

/** Where Debian's Chromium reads mandatory policy (the real path IT uses on Linux). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'vejviser-e2e.json');

export function canWritePolicy(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Write the extension's managed policy as a real Chromium policy file. Needs root. Under CI a
 * test that needs it must run, so this throws instead of letting the caller skip.
 */
export async function writeManagedPolicy(policy: Record<string, unknown>): Promise<void> {
  if (!canWritePolicy()) throw new Error(`Writing ${POLICY_FILE} needs root`);
  await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
  const body = { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } };
  await writeFile(POLICY_FILE, `${JSON.stringify(body, null, 2)}\n`);
}

export async function removeManagedPolicy(): Promise<void> {
  await rm(POLICY_FILE, { force: true });
}
