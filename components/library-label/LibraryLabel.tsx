import { useEffect, useState } from 'preact/hooks';
import type { PublicPolicy } from '@/utils/messaging/messages/policy';

export interface LibraryLabelProps {
  /** Reads the citizen-safe policy keys (`policy.public`); passed in so tests can give one. */
  load: () => Promise<PublicPolicy>;
}

/**
 * Which library and which PC this is (policy `libraryName`, `computerLabel`): citizens see where
 * they are, and can tell staff the PC's name. Nothing is shown when IT has set neither.
 */
export function LibraryLabel({ load }: LibraryLabelProps) {
  const [info, setInfo] = useState<PublicPolicy | null>(null);
  useEffect(() => {
    load().then(setInfo, () => setInfo(null));
  }, [load]);
  const parts = [info?.libraryName, info?.computerLabel].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p class="vv-text vv-library" data-testid="library-label">
      {parts.join(' · ')}
    </p>
  );
}
