import { describe, expect, it, vi } from 'vitest';
import { libraryRoutes } from '@/entrypoints/background/routes/editor';
import type { Services } from '@/entrypoints/background/services';

function routes() {
  const markRepaired = vi.fn(async (_guideId: string, stepIds: readonly string[]) => stepIds.length);
  const services = { editor: {}, health: { markRepaired } } as unknown as Services;
  return { routes: libraryRoutes(services), markRepaired };
}

describe('marking repaired steps', () => {
  it('passes the guide and its step ids to the health counters', async () => {
    const { routes: r, markRepaired } = routes();
    const req = { guideId: 'test-mangler', stepIds: ['find-knap'] };
    expect(r['editor.markRepaired'].validate(req)).toBeNull();
    expect(await r['editor.markRepaired'].handle(req, { sender: {} })).toEqual({ marked: 1 });
    expect(markRepaired).toHaveBeenCalledWith('test-mangler', ['find-knap']);
  });

  it('refuses anything but a guide id and 1 to 50 step ids', () => {
    const { routes: r } = routes();
    const validate = r['editor.markRepaired'].validate;
    expect(validate({ guideId: 'Flyt!', stepIds: ['a'] })).toMatch(/not a valid id/);
    expect(validate({ guideId: 'flyt', stepIds: [] })).toMatch(/1/);
    expect(validate({ guideId: 'flyt', stepIds: Array.from({ length: 51 }, (_, i) => `s${i}`) })).toMatch(/50/);
    expect(validate({ guideId: 'flyt', stepIds: ['a'], extra: true })).not.toBeNull();
    expect(validate({ guideId: 'flyt', stepIds: 'a' })).not.toBeNull();
  });
});
