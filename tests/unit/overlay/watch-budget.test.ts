import { describe, expect, it } from 'vitest';
import { WatchBudget } from '@/entrypoints/overlay-ui/watch-budget';

function clocked() {
  const clock = { t: 0 };
  const budget = new WatchBudget({
    share: 0.01,
    burstMs: 5,
    recordMs: 0.01,
    minPauseMs: 100,
    maxPauseMs: 2000,
    now: () => clock.t,
  });
  return { clock, budget };
}

describe('WatchBudget', () => {
  it('lets a calm page through: small costs spread over time never empty it', () => {
    const { clock, budget } = clocked();
    for (let frame = 0; frame < 1000; frame++) {
      clock.t += 16;
      // 0.1 ms and 5 records a frame: under 1 % of 16 ms.
      expect(budget.spend(0.1, 5)).toBe(true);
    }
  });

  it('runs out when the cost outpaces its share, counting the records delivered', () => {
    const { budget } = clocked();
    expect(budget.spend(2, 100)).toBe(true); // 3 ms of 5
    expect(budget.spend(1)).toBe(true); // 4 ms
    expect(budget.spend(0.5, 100)).toBe(false); // 5.5 ms
  });

  it('pauses long enough to be in credit again, within the shortest and longest pause', () => {
    const { budget } = clocked();
    budget.spend(5.5);
    // 0.5 ms in debt at 1 % of wall time: 50 ms, raised to the shortest pause.
    expect(budget.pauseMs()).toBe(100);
    budget.spend(4);
    // 4.5 ms in debt: 450 ms.
    expect(budget.pauseMs()).toBeCloseTo(450);
    budget.spend(100);
    expect(budget.pauseMs()).toBe(2000);
  });

  it('saves up no more than its burst while the page is calm', () => {
    const { clock, budget } = clocked();
    clock.t += 1_000_000;
    expect(budget.spend(5)).toBe(true);
    expect(budget.spend(0.01)).toBe(false);
  });

  it('gives back a refund, but never more than the burst', () => {
    const { budget } = clocked();
    expect(budget.spend(4.5, 100)).toBe(false); // 5.5 ms of 5: empty
    budget.refund(4.5, 100);
    expect(budget.spend(4.9)).toBe(true);
    budget.refund(100);
    expect(budget.spend(5)).toBe(true);
    expect(budget.spend(0.1)).toBe(false);
  });
});
