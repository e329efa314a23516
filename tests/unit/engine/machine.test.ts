import { describe, expect, it } from 'vitest';
import {
  advance,
  advanceOf,
  back,
  locate,
  returnUrl,
  startProgress,
  startUrl,
  stepPatterns,
  stepsOnPage,
} from '@/utils/engine/machine';
import { isPlainUrl } from '@/utils/engine/steps';
import type { Guide } from '@/utils/pack/types';

const B = 'https://www.borger.dk';
const page = (path: string, origin = B) => ({ origin, path });

/** Five steps over three pages: start page (0), /flytning (1, 2 inherit), /flytning/kvittering (3, 4). */
const guide: Guide = {
  id: 'flyt',
  title: 'Meld flytning',
  sites: [`${B}/*`],
  start: `${B}/`,
  steps: [
    { id: 'find', page: `${B}/`, target: { role: 'link', name: 'Flytning' }, say: 'Klik på Flytning.' },
    { id: 'adresse', page: `${B}/flytning`, target: { label: 'Ny adresse' }, advance: 'input', say: 'Skriv.' },
    { id: 'send', target: { role: 'button', name: 'Send' }, say: 'Klik på Send.' },
    { id: 'kvit', page: `${B}/flytning/kvittering`, say: 'Læs kvitteringen.' },
    { id: 'slut', say: 'Færdig.', kind: 'caution' },
  ],
};

const t0 = 1_000;

describe('the guide state machine', () => {
  it('gives a step without page the page of the step before it, and the first step the guide sites', () => {
    const noFirstPage: Guide = { ...guide, steps: [{ id: 'a', say: 'x' }, ...guide.steps.slice(1)] };
    expect(stepPatterns(noFirstPage)[0]).toEqual([`${B}/*`]);
    expect(stepPatterns(guide)[2]).toEqual([`${B}/flytning`]);
    expect(stepPatterns(guide)[4]).toEqual([`${B}/flytning/kvittering`]);
  });

  it('defaults to click advance with a target and to manual without one', () => {
    expect(advanceOf(guide.steps[0] ?? { id: 'x', say: 'x' })).toBe('click');
    expect(advanceOf(guide.steps[1] ?? { id: 'x', say: 'x' })).toBe('input');
    expect(advanceOf(guide.steps[3] ?? { id: 'x', say: 'x' })).toBe('manual');
  });

  it('finds which steps belong to a page, ignoring other origins', () => {
    expect(stepsOnPage(guide, page('/flytning'))).toEqual([1, 2]);
    expect(stepsOnPage(guide, page('/flytning', 'https://www.skat.dk'))).toEqual([]);
  });

  it('advances on the event the step expects and ignores the others', () => {
    const p = startProgress(guide, t0);
    expect(advance(guide, p, 0, 'input', t0 + 1)).toBe(p);
    const p1 = advance(guide, p, 0, 'click', t0 + 1);
    expect(p1).toMatchObject({ step: 1, status: 'active', updatedAt: t0 + 1 });
    expect(advance(guide, p1, 1, 'click', t0 + 2)).toBe(p1);
    expect(advance(guide, p1, 1, 'input', t0 + 2).step).toBe(2);
  });

  it('always lets Næste move on, and finishes after the last step', () => {
    let p = startProgress(guide, t0);
    for (let i = 0; i < guide.steps.length; i++) p = advance(guide, p, i, 'manual', t0 + i);
    expect(p).toMatchObject({ step: 4, status: 'finished' });
  });

  it('ignores a stale event for a step that is no longer current', () => {
    const p = { ...startProgress(guide, t0), step: 2 };
    expect(advance(guide, p, 1, 'input', t0 + 1)).toBe(p);
  });

  it('steps back one step, never below the first, and reopens a finished guide at its last step', () => {
    const p = { ...startProgress(guide, t0), step: 2 };
    expect(back(guide, p, 2, t0 + 1).step).toBe(1);
    expect(back(guide, startProgress(guide, t0), 0, t0 + 1).step).toBe(0);
    const done = { ...p, step: 4, status: 'finished' as const };
    expect(back(guide, done, 4, t0 + 1)).toMatchObject({ step: 4, status: 'active' });
  });

  it('keeps the step on a page that belongs to it (a reload)', () => {
    const p = { ...startProgress(guide, t0), step: 2 };
    expect(locate(guide, p, page('/flytning'), t0 + 1)).toBe(p);
  });

  it('jumps forward to the nearest later step whose page the citizen reached', () => {
    const p = startProgress(guide, t0);
    expect(locate(guide, p, page('/flytning'), t0 + 1)).toMatchObject({ step: 1, status: 'active' });
    expect(locate(guide, p, page('/flytning/kvittering'), t0 + 1)).toMatchObject({ step: 3 });
  });

  it('jumps back to the first step of an earlier page', () => {
    const p = { ...startProgress(guide, t0), step: 4 };
    expect(locate(guide, p, page('/flytning'), t0 + 1)).toMatchObject({ step: 1, status: 'active' });
  });

  it('says off track on a page of no step, keeps the step, and finds its place again', () => {
    const p = { ...startProgress(guide, t0), step: 2 };
    const off = locate(guide, p, page('/pas'), t0 + 1);
    expect(off).toMatchObject({ step: 2, status: 'off-track' });
    expect(returnUrl(guide, off)).toBe(`${B}/flytning`);
    expect(locate(guide, off, page('/flytning'), t0 + 2)).toMatchObject({ step: 2, status: 'active' });
  });

  it('moves a page step on when the next step page is reached, even while the current page still matches', () => {
    const g: Guide = {
      ...guide,
      steps: [
        { id: 'a', page: `${B}/*`, say: 'Gå til flytning.', advance: 'page' },
        { id: 'b', page: `${B}/flytning`, say: 'Her.' },
      ],
    };
    expect(locate(g, startProgress(g, t0), page('/flytning'), t0 + 1).step).toBe(1);
    expect(locate(g, startProgress(g, t0), page('/andet'), t0 + 1).step).toBe(0);
  });

  it('leaves a finished guide alone', () => {
    const done = { ...startProgress(guide, t0), step: 4, status: 'finished' as const };
    expect(locate(guide, done, page('/'), t0 + 1)).toBe(done);
  });

  it('opens a guide at its start, else at a plain first page', () => {
    expect(startUrl(guide)).toBe(`${B}/`);
    expect(startUrl({ ...guide, start: undefined })).toBe(`${B}/`);
    expect(startUrl({ ...guide, start: undefined, steps: [{ id: 'x', page: `${B}/*`, say: 'x' }] })).toBeNull();
  });

  it('tells plain URLs from patterns', () => {
    expect(isPlainUrl(`${B}/flytning`)).toBe(true);
    expect(isPlainUrl(`${B}/flytning*`)).toBe(false);
    expect(isPlainUrl(`${B}/sag/:id`)).toBe(false);
    expect(isPlainUrl('javascript:alert(1)')).toBe(false);
  });
});
