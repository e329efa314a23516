import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type HelpView, isHelpChanged } from '@/utils/help/view';

/**
 * The help state, kept true by the background: it pushes every change (`help.changed` through
 * `tabs.sendMessage`), so nothing polls. `apply` also takes the view each help message answers
 * with; a view older than the one shown (lower `rev`) is ignored.
 */
export function useHelpView(load: () => Promise<HelpView>) {
  const [view, setView] = useState<HelpView | null>(null);
  const apply = useCallback((next: HelpView) => {
    setView((prev) => (prev && prev.rev > next.rev ? prev : next));
  }, []);

  useEffect(() => {
    let alive = true;
    const listener = (msg: unknown, sender: { id?: string }) => {
      // Only our own background may tell us anything; pages cannot reach this listener anyway.
      if (sender.id === browser.runtime.id && isHelpChanged(msg)) apply(msg.data);
    };
    // Listen before asking, so a change between the answer and the subscription is not missed.
    browser.runtime.onMessage.addListener(listener);
    load()
      .then((v) => alive && apply(v))
      .catch(() => {});
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [apply, load]);

  return [view, apply] as const;
}
