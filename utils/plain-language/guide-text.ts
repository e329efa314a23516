import type { Guide, LocalizedText } from '@/utils/pack/types';

/** The Danish version of a guide text (a plain string is Danish). */
export function danish(text: LocalizedText | undefined): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : text.da;
}

/** Every Danish text a citizen reads in a guide, in reading order: title, summary, each step's say and more. */
export function guideDanishTexts(guide: Guide): string[] {
  const out: (string | undefined)[] = [danish(guide.title), danish(guide.summary)];
  for (const step of guide.steps) out.push(danish(step.say), danish(step.more));
  return out.filter((t): t is string => t !== undefined && t.trim() !== '');
}
