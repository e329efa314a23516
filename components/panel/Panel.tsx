import { LibraryLabel } from '@/components/library-label/LibraryLabel';
import { send } from '@/utils/messaging/client';
import type { Plan } from '@/utils/messaging/protocol';

export interface PanelProps {
  plan: Plan;
}

const loadPublicPolicy = () => send('policy.public', {});

/** The "Hjælp" panel's contents: the guides offered on this page. */
export function Panel({ plan }: PanelProps) {
  return (
    <div class="vv-panel-body">
      <h2 class="vv-title" id="vv-panel-title">
        Hjælp
      </h2>
      <LibraryLabel load={loadPublicPolicy} />
      {plan.offered.length === 0 ? (
        <p class="vv-text">Der er ingen vejledninger til denne side endnu.</p>
      ) : (
        <>
          <p class="vv-text">Hvad skal du i dag?</p>
          <ul class="vv-guides">
            {plan.offered.map((g) => (
              <li key={g.id}>
                <button type="button" class="vv-guide">
                  {g.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
