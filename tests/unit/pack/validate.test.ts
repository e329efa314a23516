import { describe, expect, it } from 'vitest';
import { formatProblem, parsePack } from '@/utils/pack/validate';
import { CORPUS } from './corpus';

describe('the malformed-pack corpus', () => {
  it('has at least 30 packs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('rejects %s with the exact problems', (_name, entry) => {
    const result = parsePack(entry.text());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(entry.problems);
  });
});
