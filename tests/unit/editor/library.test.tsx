import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library } from '@/components/editor/Library';
import type { LibraryGuide } from '@/utils/messaging/messages/editor';

const guide = (id: string, over: Partial<LibraryGuide> = {}): LibraryGuide => ({
  id,
  title: { da: `Vejledning ${id}` },
  packId: 'lokal',
  packTitle: { da: 'Lokal pakke' },
  source: 'local',
  languages: ['da'],
  steps: 3,
  enabled: true,
  hidden: false,
  health: [],
  ...over,
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(busy: boolean, handlers: { onToggle?: () => void; onEdit?: () => void } = {}) {
  render(
    <Library
      guides={[guide('a'), guide('b')]}
      busy={busy}
      onEdit={handlers.onEdit ?? (() => {})}
      onDuplicate={() => {}}
      onRepair={() => {}}
      onToggle={handlers.onToggle ?? (() => {})}
      onNew={() => {}}
    />,
    root,
  );
}

describe('Library', () => {
  it('keeps focus on the control a librarian used while the change is saved, and ignores use meanwhile', () => {
    const onToggle = vi.fn();
    const onEdit = vi.fn();
    show(false, { onToggle, onEdit });
    const box = root.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]')[1];
    box?.focus();
    box?.click();
    expect(onToggle).toHaveBeenCalledTimes(1);

    show(true, { onToggle, onEdit });
    expect(document.activeElement).toBe(box);
    expect(box?.disabled).toBe(false);
    expect(box?.getAttribute('aria-disabled')).toBe('true');
    const checked = box?.checked;
    box?.click();
    expect(box?.checked).toBe(checked);
    const edit = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Redigér Vejledning b');
    edit?.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(onEdit).not.toHaveBeenCalled();

    show(false, { onToggle, onEdit });
    expect(box?.hasAttribute('aria-disabled')).toBe(false);
    edit?.click();
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});
