import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../../../utils/extension-id';

/** Where Debian's Chromium reads mandatory policy (the real path IT uses on Linux). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'vejviser-e2e.json');
/** The policy directory is machine-wide: runs in other checkouts must not write it at the same time. */
const LOCK_DIR = '/tmp/vejviser-e2e-policy.lock';

export function canWritePolicy(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let held = false;

async function acquireLock(timeoutMs = 10 * 60_000): Promise<void> {
  if (held) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      await writeFile(join(LOCK_DIR, 'pid'), String(process.pid));
      held = true;
      return;
    } catch {
      const owner = Number(await readFile(join(LOCK_DIR, 'pid'), 'utf8').catch(() => '0'));
      if (owner && !isAlive(owner)) await rm(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Timed out waiting for ${LOCK_DIR}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function releaseLock(): Promise<void> {
  if (!held) return;
  held = false;
  await rm(LOCK_DIR, { recursive: true, force: true });
}

/**
 * Write the extension's managed policy as a real Chromium policy file. Needs root. Under CI a
 * test that needs it must run, so this throws instead of letting the caller skip. The policy
 * stays locked to this process until `removeManagedPolicy`.
 */
export async function writeManagedPolicy(policy: Record<string, unknown>): Promise<void> {
  if (!canWritePolicy()) throw new Error(`Writing ${POLICY_FILE} needs root`);
  await acquireLock();
  await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
  const body = { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } };
  await writeFile(POLICY_FILE, `${JSON.stringify(body, null, 2)}\n`);
}

export async function removeManagedPolicy(): Promise<void> {
  await rm(POLICY_FILE, { force: true });
  await releaseLock();
}
