import { describe, expect, it } from 'vitest';
import { stepHealth } from '@/components/editor/model/library';
import { retargetedSteps } from '@/components/editor/model/retargeted';
import type { Guide } from '@/utils/pack/types';

const guide = (id: string, steps: Guide['steps']): Guide => ({
  id,
  title: { da: 'Meld flytning' },
  sites: ['https://www.borger.dk/*'],
  steps,
});
const step = (id: string, name?: string) => ({
  id,
  say: { da: 'Klik.' },
  ...(name ? { target: { role: 'button', name } } : {}),
});

describe('the steps a save retargets', () => {
  it('are those whose target changed, was added or removed, or which are new', () => {
    const before = guide('flyt', [step('a', 'Send'), step('b', 'Næste'), step('c')]);
    const after = guide('flyt', [step('a', 'Send ansøgning'), step('b', 'Næste'), step('c', 'OK'), step('d', 'Ny')]);
    expect(retargetedSteps(before, after)).toEqual(['a', 'c', 'd']);
    expect(retargetedSteps(before, guide('flyt', [step('b')]))).toEqual(['b']);
  });

  it('are none for a guide not stored before, or saved under another id', () => {
    const after = guide('flyt', [step('a', 'Send')]);
    expect(retargetedSteps(undefined, after)).toEqual([]);
    expect(retargetedSteps(guide('gammel', [step('a', 'Gammel')]), after)).toEqual([]);
  });
});

describe('a repaired step in the library', () => {
  const counters = { guideId: 'flyt', stepId: 'a', found: 2, notFound: 3, lastFailedAt: 200, lastFoundAt: 100 };

  it('is no longer broken when the repair came after its last failure', () => {
    expect(stepHealth('a', counters).broken).toBe(true);
    const repaired = stepHealth('a', { ...counters, repairedAt: 300 });
    expect(repaired.broken).toBe(false);
    expect(repaired.repairedAt).toBe(new Date(300).toISOString());
  });

  it('is broken again when the new target fails too', () => {
    expect(stepHealth('a', { ...counters, repairedAt: 300, lastFailedAt: 400 }).broken).toBe(true);
  });
});
