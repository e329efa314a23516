import { describe, expect, it, vi } from 'vitest';
import { createCitizenSession } from '@/entrypoints/background/citizen-session';

describe('createCitizenSession', () => {
  it('tells every listener about a reset, even when one of them fails', async () => {
    const session = createCitizenSession();
    const a = vi.fn(() => {
      throw new Error('boom');
    });
    const b = vi.fn();
    session.onReset(a);
    session.onReset(b);
    await session.reset('idle');
    expect(a).toHaveBeenCalledWith('idle');
    expect(b).toHaveBeenCalledWith('idle');
  });

  it('stops telling a listener that unsubscribed', async () => {
    const session = createCitizenSession();
    const listener = vi.fn();
    const off = session.onReset(listener);
    off();
    await session.reset('manual');
    expect(listener).not.toHaveBeenCalled();
  });
});
