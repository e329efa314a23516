import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '@/utils/extension-id';
import { POLICY_KEYS } from '@/utils/policy/keys';
import { parsePolicy } from '@/utils/policy/parse';

const root = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const SAMPLES = 'docs/it/samples';

interface SchemaNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}
const schema = JSON.parse(read('public/managed_schema.json')) as SchemaNode;

/** Check a value against the managed schema as Chrome would; returns `path: problem` lines. */
function schemaProblems(value: unknown, node: SchemaNode, path = '$'): string[] {
  const fail = (m: string) => [`${path}: ${m}`];
  switch (node.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected an object');
      return Object.entries(value).flatMap(([k, v]) => {
        const child = node.properties?.[k];
        return child ? schemaProblems(v, child, `${path}.${k}`) : [`${path}.${k}: not in the schema`];
      });
    }
    case 'array':
      if (!Array.isArray(value)) return fail('expected an array');
      return value.flatMap((v, i) => (node.items ? schemaProblems(v, node.items, `${path}[${i}]`) : []));
    case 'string':
      if (typeof value !== 'string') return fail('expected a string');
      if (node.enum && !node.enum.includes(value)) return fail(`${value} not in enum`);
      if (node.pattern && !new RegExp(node.pattern).test(value)) return fail('does not match the pattern');
      return [];
    case 'integer':
      if (!Number.isInteger(value)) return fail('expected an integer');
      if ((node.minimum ?? -Infinity) > (value as number) || (node.maximum ?? Infinity) < (value as number)) {
        return fail('out of range');
      }
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail('expected a boolean');
  }
}

/**
 * Read a .reg file the way Chrome/Edge read policy from the registry: REG_SZ strings, DWORDs as
 * integers or booleans (by the schema), and lists/objects as JSON strings. Returns key → values.
 */
function parseReg(text: string): Record<string, Record<string, unknown>> {
  const lines = text.split(/\r\n/);
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys: Record<string, Record<string, unknown>> = {};
  let current: Record<string, unknown> | undefined;
  for (const line of lines.slice(1)) {
    if (!line.trim() || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section?.[1]) {
      current = keys[section[1]] = {};
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`Not a .reg line: ${line}`);
    const name = value[1] ?? '';
    current[name] =
      value[3] !== undefined ? Number.parseInt(value[3], 16) : (value[2] ?? '').replace(/\\(["\\])/g, '$1');
  }
  return keys;
}

/** Convert registry values to policy values using the schema (as Chrome's registry loader does). */
function fromRegistry(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => {
      const type = schema.properties?.[k]?.type;
      if (type === 'boolean') return [k, v === 1];
      if ((type === 'array' || type === 'object') && typeof v === 'string') return [k, JSON.parse(v)];
      return [k, v];
    }),
  );
}

const linux = JSON.parse(read(`${SAMPLES}/linux/vejviser-policy.json`));
const policy = linux['3rdparty'].extensions[CHROME_EXTENSION_ID] as Record<string, unknown>;

describe('the sample policy files for IT', () => {
  it('the Linux policy names only our extension and fits the schema', () => {
    expect(Object.keys(linux)).toEqual(['3rdparty']);
    expect(Object.keys(linux['3rdparty'].extensions)).toEqual([CHROME_EXTENSION_ID]);
    expect(schemaProblems(policy, schema)).toEqual([]);
    expect(parsePolicy(policy, true).warnings).toEqual([]);
    // The sample shows every key but the PIN hash (a public PC keeps the editor off).
    expect(Object.keys(policy)).toEqual(POLICY_KEYS.filter((k) => k !== 'authoringPinSha256'));
  });

  it('the Linux install file force-installs our fixed ID', () => {
    const install = JSON.parse(read(`${SAMPLES}/linux/vejviser-install.json`));
    expect(install.ExtensionSettings[CHROME_EXTENSION_ID]).toMatchObject({ installation_mode: 'force_installed' });
    expect(install.BrowserGuestModeEnabled).toBe(false);
  });

  for (const [browser, base] of [
    ['chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
    ['edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
  ] as const) {
    it(`the ${browser} .reg file sets the same policy at the 3rdparty path and force-installs the extension`, () => {
      const text = read(`${SAMPLES}/windows/vejviser-${browser}.reg`);
      // regedit reads a UTF-8 file without a BOM as ANSI: keep the sample plain ASCII.
      expect(/^[\x20-\x7e\r\n]*$/.test(text)).toBe(true);
      const keys = parseReg(text);
      const values = keys[`${base}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`];
      expect(values).toBeDefined();
      const fromReg = fromRegistry(values ?? {});
      expect(schemaProblems(fromReg, schema)).toEqual([]);
      expect(fromReg).toEqual(policy);
      expect(keys[`${base}\\ExtensionInstallForcelist`]?.['1']).toMatch(new RegExp(`^${CHROME_EXTENSION_ID};https://`));
    });
  }

  it('the Firefox policies.json force-installs by the gecko ID and sets the same policy under 3rdparty.Extensions', () => {
    const ff = JSON.parse(read(`${SAMPLES}/firefox/policies.json`)).policies;
    expect(ff.ExtensionSettings[FIREFOX_EXTENSION_ID]).toMatchObject({ installation_mode: 'force_installed' });
    const own = ff['3rdparty'].Extensions[FIREFOX_EXTENSION_ID];
    expect(schemaProblems(own, schema)).toEqual([]);
    expect(own).toEqual(policy);
  });
});
