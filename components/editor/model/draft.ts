import type { PickedElement, TargetProposal } from '@/utils/messaging/messages/editor';
import { type Guide, type GuidePack, PACK_FORMAT, type Step, type Target } from '@/utils/pack/types';
import { slugify, uniqueId } from './ids';
import { pagePatternFor } from './page-pattern';

/**
 * Pure operations on the guide being edited. Each returns a new object (Preact state is replaced,
 * never mutated), and none of them validates: the pack validator does that on every change.
 */

/** The one local pack the editor writes to. Its id is stable so every save replaces it. */
export const LOCAL_PACK_ID = 'bibliotekets-vejledninger';
export const LOCAL_PACK_TITLE = 'Bibliotekets egne vejledninger';

export function emptyLocalPack(): GuidePack {
  return { format: PACK_FORMAT, id: LOCAL_PACK_ID, title: LOCAL_PACK_TITLE, version: '1', guides: [] };
}

/** A new guide with one empty step, ready for the librarian to fill in. */
export function newGuide(takenIds: Iterable<string>, site = 'https://www.borger.dk/*'): Guide {
  return {
    id: uniqueId('ny-vejledning', takenIds),
    title: 'Ny vejledning',
    sites: [site],
    steps: [{ id: 'trin-1', say: '' }],
  };
}

export function addStep(guide: Guide, at = guide.steps.length, step?: Step): Guide {
  const ids = guide.steps.map((s) => s.id);
  const fresh = step ?? { id: uniqueId(`trin-${guide.steps.length + 1}`, ids), say: '' };
  const steps = [...guide.steps];
  steps.splice(at, 0, fresh);
  return { ...guide, steps };
}

export function removeStep(guide: Guide, index: number): Guide {
  return { ...guide, steps: guide.steps.filter((_, i) => i !== index) };
}

/** Move the step at `from` to position `to` (both 0-based); out-of-range moves change nothing. */
export function moveStep(guide: Guide, from: number, to: number): Guide {
  if (from === to || from < 0 || to < 0 || from >= guide.steps.length || to >= guide.steps.length) return guide;
  const steps = [...guide.steps];
  const [moved] = steps.splice(from, 1);
  if (moved) steps.splice(to, 0, moved);
  return { ...guide, steps };
}

export function replaceStep(guide: Guide, index: number, step: Step): Guide {
  return { ...guide, steps: guide.steps.map((s, i) => (i === index ? step : s)) };
}

/** The Target (or list) to store for the proposals the librarian chose, in their order. */
export function targetFromProposals(chosen: TargetProposal[]): Target | Target[] | undefined {
  if (chosen.length === 0) return undefined;
  if (chosen.length === 1) return chosen[0]?.target;
  return chosen.map((p) => p.target);
}

/**
 * The proposals worth storing by default: the most robust one that matches exactly one element,
 * then a CSS fallback that also matches exactly one (so a renamed button is still found).
 */
export function defaultChoice(proposals: TargetProposal[]): TargetProposal[] {
  const unique = proposals.filter((p) => p.count === 1);
  const best = unique[0] ?? proposals[0];
  if (!best) return [];
  const css = unique.find((p) => p.kind === 'css' && p !== best);
  return css ? [best, css] : [best];
}

/** A step drafted from one recorded click: page pattern, proposed Target and draft text. */
export function stepFromPicked(picked: PickedElement, takenIds: Iterable<string>): Step {
  const target = targetFromProposals(defaultChoice(picked.proposals));
  const nameish = picked.say.replace(/\*\*/g, '').replace(/^(klik på|skriv i|vælg)\s+/i, '');
  const step: Step = {
    id: uniqueId(slugify(nameish), takenIds),
    page: pagePatternFor(picked.page),
    say: picked.say,
  };
  if (target) step.target = target;
  if (picked.field) step.advance = 'input';
  return step;
}

/** Append recorded clicks to a guide as steps (an empty first step is replaced, not kept). */
export function appendRecorded(guide: Guide, recorded: PickedElement[]): Guide {
  const keep = guide.steps.filter((s, i) => !(i === 0 && guide.steps.length === 1 && !s.target && !s.say));
  const ids = keep.map((s) => s.id);
  const steps = [...keep];
  for (const picked of recorded) {
    const step = stepFromPicked(picked, ids);
    ids.push(step.id);
    steps.push(step);
  }
  return { ...guide, steps };
}

/** Put an edited guide into a pack (replacing the guide with `originalId`, or appending it). */
export function putGuide(pack: GuidePack, guide: Guide, originalId?: string): GuidePack {
  const at = pack.guides.findIndex((g) => g.id === (originalId ?? guide.id));
  const guides = [...pack.guides];
  if (at >= 0) guides[at] = guide;
  else guides.push(guide);
  return { ...pack, guides };
}

/**
 * A new version string for a save: `YYYY-MM-DD.N`, N counting up within the day, so a saved pack
 * never has the same id and version as the one it replaces.
 */
export function nextVersion(previous: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const m = /^(\d{4}-\d{2}-\d{2})\.(\d+)$/.exec(previous);
  const n = m && m[1] === day ? Number(m[2]) + 1 : 1;
  return `${day}.${n}`;
}

/** The pack as the file the validator and the store receive. */
export function packText(pack: GuidePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
