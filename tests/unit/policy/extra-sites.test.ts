import { describe, expect, it } from 'vitest';
import { checkSitePattern, matchesSitePattern, originPermission } from '@/utils/policy/extra-sites';

describe('extraSites patterns', () => {
  it('accept https host patterns with an optional *. and a path glob', () => {
    expect(checkSitePattern('https://www.esbjerg.dk/*')).toBeNull();
    expect(checkSitePattern('https://*.kk.dk/borger/*')).toBeNull();
  });

  it('refuse http, all-host and malformed patterns', () => {
    for (const bad of [
      'http://www.esbjerg.dk/*',
      'https://*/*',
      '<all_urls>',
      '*://www.esbjerg.dk/*',
      'https://esbjerg/*',
    ]) {
      expect(checkSitePattern(bad), bad).toMatch(/is not a pattern/);
    }
    expect(checkSitePattern('https://www.esbjerg.dk/*?x=1')).toMatch(/is not a pattern/);
  });

  it('need host access to their whole origin', () => {
    expect(originPermission('https://www.esbjerg.dk/borger/*')).toBe('https://www.esbjerg.dk/*');
    expect(originPermission('https://*.kk.dk/x')).toBe('https://*.kk.dk/*');
  });

  it('match URLs the way Chrome match patterns do', () => {
    expect(matchesSitePattern('https://www.esbjerg.dk/*', 'https://www.esbjerg.dk/')).toBe(true);
    expect(matchesSitePattern('https://www.esbjerg.dk/*', 'https://www.esbjerg.dk/a/b?q=1#f')).toBe(true);
    expect(matchesSitePattern('https://www.esbjerg.dk/borger/*', 'https://www.esbjerg.dk/kultur/')).toBe(false);
    expect(matchesSitePattern('https://*.kk.dk/*', 'https://www.kk.dk/')).toBe(true);
    expect(matchesSitePattern('https://*.kk.dk/*', 'https://kk.dk/')).toBe(true);
    expect(matchesSitePattern('https://*.kk.dk/*', 'https://evilkk.dk/')).toBe(false);
    expect(matchesSitePattern('https://www.esbjerg.dk/*', 'http://www.esbjerg.dk/')).toBe(false);
    expect(matchesSitePattern('https://www.esbjerg.dk/*', 'https://www.esbjerg.dk.evil.example/')).toBe(false);
    expect(matchesSitePattern('https://www.esbjerg.dk/*', 'not a url')).toBe(false);
  });
});
