import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTexts } from '@/utils/pack/text';
import type { GuidePack, LocalizedText, Target } from '@/utils/pack/types';
import { formatProblem, parsePack } from '@/utils/pack/validate';

/**
 * The conventions every built-in pack in `guides/` keeps (the model is refined-github's tests of
 * its own conventions). A failure names the file, guide and step.
 */
const MAX_HINT_WORDS = 25;
const files = readdirSync('guides')
  .filter((f) => f.endsWith('.json'))
  .sort();
const packs = files.map((file) => ({ file, result: parsePack(readFileSync(`guides/${file}`, 'utf8')) }));
const valid = packs.flatMap(({ file, result }) => (result.ok ? [{ file, pack: result.pack as GuidePack }] : []));

function* steps() {
  for (const { file, pack } of valid)
    for (const guide of pack.guides)
      for (const step of guide.steps) yield { where: `${file} ${guide.id}/${step.id}`, guide, step };
}

const words = (text: string) => text.replace(/\*\*/g, '').split(/\s+/).filter(Boolean).length;

describe('built-in guide packs (guides/*.json)', () => {
  it('there is at least one', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(packs.map((p) => [p.file, p] as const))('%s validates', (_file, { result }) => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('pack ids and guide ids are unique across all built-in packs', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { file, pack } of valid) {
      for (const id of [`pack:${pack.id}`, ...pack.guides.map((g) => `guide:${g.id}`)]) {
        const first = seen.get(id);
        if (first) clashes.push(`${id} in ${first} and ${file}`);
        else seen.set(id, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every targeted step tries a role, label or text before any css', () => {
    const offenders: string[] = [];
    for (const { where, step } of steps()) {
      if (!step.target) continue;
      const targets: Target[] = Array.isArray(step.target) ? step.target : [step.target];
      const firstCss = targets.findIndex((t) => t.css !== undefined && !t.role && !t.label && !t.text);
      const firstRobust = targets.findIndex((t) => t.role || t.label || t.text);
      if (firstRobust === -1 || (firstCss !== -1 && firstCss < firstRobust)) offenders.push(where);
    }
    expect(offenders).toEqual([]);
  });

  it('every text has Danish', () => {
    const missing: string[] = [];
    const check = (where: string, text: LocalizedText | undefined) => {
      if (text !== undefined && typeof text !== 'string' && !text.da?.trim()) missing.push(where);
    };
    for (const { file, pack } of valid) {
      check(`${file} title`, pack.title);
      for (const g of pack.guides) {
        check(`${file} ${g.id} title`, g.title);
        check(`${file} ${g.id} summary`, g.summary);
      }
    }
    for (const { where, step } of steps()) {
      check(`${where} say`, step.say);
      check(`${where} more`, step.more);
    }
    expect(missing).toEqual([]);
  });

  it(`hint texts stay short: at most ${MAX_HINT_WORDS} words in every language`, () => {
    const long: string[] = [];
    for (const { where, step } of steps())
      for (const text of allTexts(step.say))
        if (words(text) > MAX_HINT_WORDS) long.push(`${where}: ${words(text)} words`);
    expect(long).toEqual([]);
  });
});
