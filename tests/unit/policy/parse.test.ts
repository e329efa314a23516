import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@/utils/policy/parse';
import { defaultPolicy } from '@/utils/policy/types';

const HASH = 'a'.repeat(64);

/** Parse one key with a valid neighbour, so every test also proves valid keys still apply. */
function one(key: string, value: unknown) {
  return parsePolicy({ libraryName: 'Esbjerg Hovedbibliotek', [key]: value }, true);
}

function expectIgnored(key: string, value: unknown, warning: RegExp) {
  const { policy, warnings } = one(key, value);
  expect(policy).toEqual({ ...defaultPolicy(true), libraryName: 'Esbjerg Hovedbibliotek' });
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(new RegExp(`^${key}: `));
  expect(warnings[0]).toMatch(warning);
}

describe('parsePolicy as a whole', () => {
  it('gives the defaults of a personal install when there is no managed policy', () => {
    expect(parsePolicy({}, false)).toEqual({ policy: defaultPolicy(false), warnings: [] });
    expect(parsePolicy({}, false).policy.authoring).toBe('on');
  });

  it('keeps the editor off by default once any managed policy is set', () => {
    expect(parsePolicy({ libraryName: 'X' }, true).policy.authoring).toBe('off');
  });

  it('warns about a policy that is not an object and uses the defaults', () => {
    expect(parsePolicy('nonsense', true)).toEqual({
      policy: defaultPolicy(true),
      warnings: ['policy: expected an object, got the string "nonsense"; defaults used'],
    });
  });

  it('ignores an unknown key with a warning', () => {
    expect(one('libraryNavn', 'x').warnings).toEqual(['libraryNavn: unknown key ignored']);
  });

  it('applies every valid key while ignoring each invalid one', () => {
    const { policy, warnings } = parsePolicy(
      { libraryName: 7, computerLabel: 'PC 7', readAloud: 'yes', builtInGuides: false, refreshMinutes: 30 },
      true,
    );
    expect(policy).toMatchObject({ libraryName: '', computerLabel: 'PC 7', readAloud: true, builtInGuides: false });
    expect(policy.refreshMinutes).toBe(30);
    expect(warnings.map((w) => w.split(':')[0])).toEqual(['libraryName', 'readAloud']);
  });

  it('accepts a full, valid policy without warnings', () => {
    const raw = {
      libraryName: 'Esbjerg Hovedbibliotek',
      computerLabel: 'PC 7 ved vinduet',
      staffAlert: { type: 'ntfy', url: 'https://ntfy.sh/esbjerg-bib', token: 'tk_1' },
      guidePacks: [{ url: 'https://bib.esbjerg.dk/vejviser/pakke.json', sha256: HASH.toUpperCase() }],
      refreshMinutes: 120,
      builtInGuides: false,
      extraSites: ['https://www.esbjerg.dk/*'],
      authoring: 'pin',
      authoringPinSha256: HASH,
      languages: ['da', 'en'],
      readAloud: false,
      resetAfterIdleMinutes: 10,
      healthReportUrl: 'https://bib.esbjerg.dk/vejviser/health',
    };
    const { policy, warnings } = parsePolicy(raw, true);
    expect(warnings).toEqual([]);
    expect(policy).toEqual({ ...raw, guidePacks: [{ url: raw.guidePacks[0]?.url, sha256: HASH }] });
  });
});

describe('libraryName and computerLabel', () => {
  for (const key of ['libraryName', 'computerLabel']) {
    it(`${key} takes a trimmed string`, () => {
      expect(parsePolicy({ [key]: '  PC 7 ved vinduet ' }, true).policy).toMatchObject({ [key]: 'PC 7 ved vinduet' });
    });
    it(`${key} refuses a number, a line break and an over-long text`, () => {
      expect(parsePolicy({ [key]: 7 }, true).warnings).toEqual([
        `${key}: expected a string, got number 7; the default is used`,
      ]);
      expect(parsePolicy({ [key]: 'PC 7\nTitle: x' }, true).warnings[0]).toMatch(/line breaks/);
      expect(parsePolicy({ [key]: 'x'.repeat(201) }, true).warnings[0]).toMatch(/longer than 200/);
      expect(parsePolicy({ [key]: 7 }, true).policy[key as 'libraryName']).toBe('');
    });
  }
});

describe('staffAlert', () => {
  it('takes ntfy, teams and webhook with an https URL and an optional token', () => {
    for (const type of ['ntfy', 'teams', 'webhook'] as const) {
      expect(one('staffAlert', { type, url: 'https://x.example/h' }).policy.staffAlert).toEqual({
        type,
        url: 'https://x.example/h',
      });
    }
    expect(one('staffAlert', { type: 'webhook', url: 'https://x.example/h', token: 't' }).policy.staffAlert).toEqual({
      type: 'webhook',
      url: 'https://x.example/h',
      token: 't',
    });
  });

  it('allows plain http only on the loopback address', () => {
    expect(one('staffAlert', { type: 'webhook', url: 'http://127.0.0.1:8080/help' }).warnings).toEqual([]);
    expectIgnored('staffAlert', { type: 'webhook', url: 'http://helpdesk.example/' }, /must use https/);
  });

  it('takes type none without a URL', () => {
    expect(one('staffAlert', { type: 'none' }).policy.staffAlert).toEqual({ type: 'none' });
  });

  it('is ignored whole when the type, URL or token is wrong', () => {
    expectIgnored('staffAlert', { type: 'email', url: 'https://x.example/' }, /type must be ntfy, teams, webhook/);
    expectIgnored('staffAlert', { type: 'ntfy' }, /url: expected a URL string/);
    expectIgnored('staffAlert', { type: 'ntfy', url: 'ntfy.sh/x' }, /not an absolute URL/);
    expectIgnored('staffAlert', { type: 'ntfy', url: 'https://u:p@x.example/' }, /user name or password/);
    expectIgnored('staffAlert', { type: 'ntfy', url: 'https://x.example/', token: 'a\r\nX-Evil: 1' }, /token/);
    expectIgnored('staffAlert', 'ntfy', /expected an object/);
  });

  it('warns about an unknown sub-key but keeps the alert', () => {
    const { policy, warnings } = one('staffAlert', { type: 'ntfy', url: 'https://x.example/', priority: 5 });
    expect(policy.staffAlert).toEqual({ type: 'ntfy', url: 'https://x.example/' });
    expect(warnings).toEqual(['staffAlert.priority: unknown key ignored']);
  });
});

describe('guidePacks', () => {
  it('takes URLs with an optional sha256, lower-cased', () => {
    const { policy, warnings } = one('guidePacks', [
      { url: 'https://a.example/p.json' },
      { url: 'https://b.example/p.json', sha256: HASH.toUpperCase() },
    ]);
    expect(warnings).toEqual([]);
    expect(policy.guidePacks).toEqual([
      { url: 'https://a.example/p.json' },
      { url: 'https://b.example/p.json', sha256: HASH },
    ]);
  });

  it('drops each invalid entry with a warning and keeps the valid ones', () => {
    const { policy, warnings } = one('guidePacks', [
      { url: 'https://a.example/p.json' },
      'https://b.example/p.json',
      { url: 'ftp://c.example/p.json' },
      { url: 'https://d.example/p.json', sha256: 'abc' },
      { url: 'https://a.example/p.json' },
    ]);
    expect(policy.guidePacks).toEqual([{ url: 'https://a.example/p.json' }]);
    expect(warnings).toEqual([
      'guidePacks[1]: expected { url, sha256? }, got the string "https://b.example/p.json"; ignored',
      'guidePacks[2].url: "ftp://c.example/p.json" must use https:// (http:// only on 127.0.0.1/localhost); pack ignored',
      'guidePacks[3].sha256: expected 64 hexadecimal digits, got the string "abc"; pack ignored',
      'guidePacks[4]: https://a.example/p.json is listed twice; the first is used',
    ]);
  });

  it('is ignored when it is not an array', () => {
    expectIgnored('guidePacks', { url: 'https://a.example/p.json' }, /expected an array/);
  });
});

describe('refreshMinutes and resetAfterIdleMinutes', () => {
  it('take whole numbers in range', () => {
    expect(one('refreshMinutes', 5).policy.refreshMinutes).toBe(5);
    expect(one('resetAfterIdleMinutes', 1).policy.resetAfterIdleMinutes).toBe(1);
  });
  it('refuse fractions, strings and values out of range', () => {
    expectIgnored('refreshMinutes', 2, /from 5 to 10080/);
    expectIgnored('refreshMinutes', 60.5, /whole number/);
    expectIgnored('refreshMinutes', '60', /got the string "60"/);
    expectIgnored('resetAfterIdleMinutes', 0, /from 1 to 1440/);
    expectIgnored('resetAfterIdleMinutes', 5000, /from 1 to 1440/);
  });
});

describe('builtInGuides and readAloud', () => {
  for (const key of ['builtInGuides', 'readAloud']) {
    it(`${key} takes a boolean and refuses anything else`, () => {
      expect(one(key, false).policy).toMatchObject({ [key]: false });
      expectIgnored(key, 'false', /expected true or false/);
      expectIgnored(key, 0, /expected true or false/);
    });
  }
});

describe('extraSites', () => {
  it('takes https patterns, with a leading *. on the host', () => {
    const sites = ['https://www.esbjerg.dk/*', 'https://*.kk.dk/borger/*'];
    expect(one('extraSites', sites)).toMatchObject({ policy: { extraSites: sites }, warnings: [] });
  });
  it('drops each unusable pattern with a warning', () => {
    const { policy, warnings } = one('extraSites', [
      'https://www.esbjerg.dk/*',
      'http://www.esbjerg.dk/*',
      '<all_urls>',
      'https://*/*',
      42,
    ]);
    expect(policy.extraSites).toEqual(['https://www.esbjerg.dk/*']);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^extraSites\[1\]: "http:\/\/www.esbjerg.dk\/\*" is not a pattern/);
    expect(warnings[3]).toBe('extraSites[4]: expected a string, got number 42; ignored');
  });
  it('is ignored when it is not an array', () => {
    expectIgnored('extraSites', 'https://www.esbjerg.dk/*', /expected an array/);
  });
});

describe('authoring and authoringPinSha256', () => {
  it('takes off, on and pin', () => {
    expect(one('authoring', 'on').policy.authoring).toBe('on');
    expect(one('authoring', 'off').policy.authoring).toBe('off');
    const pin = parsePolicy({ authoring: 'pin', authoringPinSha256: HASH.toUpperCase() }, true);
    expect(pin).toEqual({
      policy: { ...defaultPolicy(true), authoring: 'pin', authoringPinSha256: HASH },
      warnings: [],
    });
  });
  it('refuses an unknown mode and keeps the editor off', () => {
    expectIgnored('authoring', 'yes', /expected off, on or pin/);
  });
  it('fails closed when pin has no valid hash', () => {
    const { policy, warnings } = parsePolicy({ authoring: 'pin', authoringPinSha256: '1234' }, true);
    expect(policy.authoring).toBe('off');
    expect(policy.authoringPinSha256).toBeUndefined();
    expect(warnings).toEqual([
      'authoringPinSha256: expected the SHA-256 of the PIN as 64 hexadecimal digits, got the string "1234"; the default is used',
      'authoring: "pin" needs a valid authoringPinSha256; the editor stays off',
    ]);
  });
});

describe('languages', () => {
  it('always offers Danish, first, and drops duplicates', () => {
    expect(one('languages', ['en', 'ar', 'EN']).policy.languages).toEqual(['da', 'en', 'ar']);
    expect(one('languages', []).policy.languages).toEqual(['da']);
  });
  it('drops an unknown tag with a warning', () => {
    const { policy, warnings } = one('languages', ['en', 'de']);
    expect(policy.languages).toEqual(['da', 'en']);
    expect(warnings).toEqual(['languages[1]: the string "de" is not one of da, en, uk, ar; ignored']);
  });
  it('is ignored when it is not an array', () => {
    expectIgnored('languages', 'da,en', /expected an array/);
  });
});

describe('healthReportUrl', () => {
  it('takes an https URL', () => {
    expect(one('healthReportUrl', 'https://bib.example/health').policy.healthReportUrl).toBe(
      'https://bib.example/health',
    );
  });
  it('refuses a non-URL and plain http off the loopback address', () => {
    expectIgnored('healthReportUrl', 'bib.example/health', /not an absolute URL/);
    expectIgnored('healthReportUrl', 'http://bib.example/health', /must use https/);
    expectIgnored('healthReportUrl', true, /expected a URL string/);
  });
});
