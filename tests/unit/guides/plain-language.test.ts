import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GuidePack, LocalizedText } from '@/utils/pack/types';
import { danish, guideDanishTexts, lix, sentences, wordCount, words } from '@/utils/plain-language';

const GUIDES_DIR = resolve(__dirname, '../../../guides');
const packs: { file: string; pack: GuidePack }[] = readdirSync(GUIDES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, pack: JSON.parse(readFileSync(join(GUIDES_DIR, file), 'utf8')) as GuidePack }));
const guides = packs.flatMap(({ file, pack }) => pack.guides.map((guide) => ({ file, guide })));

/** The project's own bars (issue 8): a hint is at most 25 words; a guide's Danish text scores LIX ≤ 35. */
const MAX_HINT_WORDS = 25;
const MAX_GUIDE_LIX = 35;
const LANGUAGES = ['en', 'uk', 'ar'] as const;

describe('word counting and sentence splitting', () => {
  it('counts words without the bold markup or surrounding punctuation', () => {
    expect(words('Klik på **Log på**.')).toEqual(['Klik', 'på', 'Log', 'på']);
    expect(wordCount('Fortæl aldrig nogen din kode – heller ikke personalet.')).toBe(8);
  });

  it('keeps a hyphenated compound as one word', () => {
    expect(words('Godkend i MitID-appen.')).toEqual(['Godkend', 'i', 'MitID-appen']);
  });

  it('ends sentences at . ! ? : and line breaks, but not at a period between digits', () => {
    expect(sentences('Klik på **Log på**. Du skal bruge MitID!')).toHaveLength(2);
    expect(sentences('Det koster 1.000 kr. om året')).toHaveLength(2);
    expect(sentences('Husk:\nTag dit pas med')).toHaveLength(2);
    expect(sentences('Det koster 1.000 kroner')).toHaveLength(1);
  });

  it('does not let bold markup hide a sentence end', () => {
    expect(sentences('Klik på **Næste.** Så er du færdig.')).toHaveLength(2);
  });
});

describe('LIX', () => {
  it('is words per sentence plus the percentage of words longer than six letters', () => {
    // 6 words, 2 sentences, 1 long word ("personalet"): 3 + 100/6.
    expect(lix('Spørg personalet. Klik på Næste her.').lix).toBeCloseTo(3 + 100 / 6, 5);
  });

  it('measures several texts as one body, each adding its own sentences', () => {
    const r = lix(['Meld flytning', 'Klik på **Flytning**.']);
    expect(r).toMatchObject({ words: 5, sentences: 2, longWords: 2 });
    expect(r.lix).toBeCloseTo(2.5 + 40, 5);
  });

  it('scores a long, heavy sentence above the bar and empty text as zero', () => {
    const heavy =
      'Ansøgningsblanketten vedrørende boligstøtteberegningen skal udfyldes fuldstændigt, inden sagsbehandlingen påbegyndes af Udbetaling Danmarks medarbejdere i overensstemmelse med gældende lovgivning';
    expect(lix(heavy).lix).toBeGreaterThan(MAX_GUIDE_LIX);
    expect(lix('').lix).toBe(0);
  });
});

describe('the built-in guides are written in plain Danish', () => {
  it('ships at least 15 guides', () => {
    expect(guides.length).toBeGreaterThanOrEqual(15);
  });

  for (const { file, guide } of guides) {
    describe(`${file}: ${guide.id}`, () => {
      it(`keeps every Danish hint at or below ${MAX_HINT_WORDS} words`, () => {
        for (const step of guide.steps) {
          for (const text of [step.say, step.more]) {
            const da = danish(text);
            if (da === undefined) continue;
            expect(wordCount(da), `${step.id}: "${da}"`).toBeLessThanOrEqual(MAX_HINT_WORDS);
          }
        }
      });

      it(`scores LIX ${MAX_GUIDE_LIX} or lower over its Danish text`, () => {
        const score = lix(guideDanishTexts(guide));
        expect(score.words).toBeGreaterThan(0);
        expect(score.lix).toBeLessThanOrEqual(MAX_GUIDE_LIX);
      });

      it('translates every title, summary and hint into English, Ukrainian and Arabic', () => {
        const texts: [string, LocalizedText | undefined][] = [
          ['title', guide.title],
          ['summary', guide.summary],
          ...guide.steps.flatMap((s): [string, LocalizedText | undefined][] => [
            [`${s.id}.say`, s.say],
            [`${s.id}.more`, s.more],
          ]),
        ];
        for (const [where, text] of texts) {
          if (text === undefined) continue;
          for (const lang of LANGUAGES) {
            const translated = typeof text === 'string' ? undefined : text[lang];
            expect(translated?.trim(), `${where} [${lang}]`).toBeTruthy();
          }
        }
      });

      it('keeps the Danish button names in bold inside every translation', () => {
        for (const step of guide.steps) {
          if (typeof step.say === 'string') continue;
          const bold = [...step.say.da.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]);
          for (const lang of LANGUAGES) {
            for (const name of bold) expect(step.say[lang], `${step.id} [${lang}]`).toContain(`**${name}**`);
          }
        }
      });

      it('warns before every MitID login and never points into the MitID entry itself', () => {
        const loginIndex = guide.steps.findIndex((s) => /^log-paa/.test(s.id));
        if (loginIndex < 0) return;
        const before = guide.steps.slice(0, loginIndex + 1);
        const caution = before.find(
          (s) => s.kind === 'caution' && /Fortæl aldrig nogen din kode/.test(danish(s.say) ?? ''),
        );
        expect(caution, 'a caution card before logging in').toBeDefined();
        expect(caution?.advance).toBe('manual');
        for (const step of guide.steps) expect(step.page ?? '').not.toMatch(/mitid\.dk/);
      });
    });
  }
});
