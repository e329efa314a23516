import { describe, expect, it, vi } from 'vitest';
import { compilePattern } from '@/utils/pack/url-pattern';
import { HostIndex } from '@/utils/store/host-index';

// The index's compiler behind a spy: which patterns get compiled, and when.
vi.mock('@/utils/pack/url-pattern', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/utils/pack/url-pattern')>();
  return { ...actual, compilePattern: vi.fn(actual.compilePattern) };
});

describe('HostIndex compiling', () => {
  it('compiles no pattern while it is built, and only the candidates of a page, each once', () => {
    const spy = vi.mocked(compilePattern);
    spy.mockClear();
    const items = Array.from({ length: 1_000 }, (_, i) => ({
      id: `g${i}`,
      sites: [`https://www.borger.dk/emne-${i}/*`, 'https://{www.}?borger.dk/faelles/*'],
    }));
    const index = new HostIndex(items, (i) => i.sites);
    expect(spy).not.toHaveBeenCalled();

    expect(index.lookup('https://www.borger.dk/emne-7/trin').map((i) => i.id)).toEqual(['g7']);
    expect(spy.mock.calls.map(([p]) => p).sort()).toEqual([
      'https://www.borger.dk/emne-7/*',
      'https://{www.}?borger.dk/faelles/*',
    ]);

    index.lookup('https://www.borger.dk/emne-7/trin-2');
    expect(spy).toHaveBeenCalledTimes(2);
    // The shared pattern is one group: a page under it finds all 1,000 items with one test.
    expect(index.lookup('https://borger.dk/faelles/x')).toHaveLength(1_000);
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
