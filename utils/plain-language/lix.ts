import { letterCount, sentences, words } from './text';

/** A word is long for LIX when it has more than six letters. */
export const LONG_WORD_LETTERS = 6;

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

/**
 * LIX (læsbarhedsindeks): words per sentence + percentage of long words. Below 30 is easy
 * (children's books), 30–40 plain everyday prose, above 40 hard. Several texts are measured as one
 * body, each text adding its own sentences. Empty input scores 0.
 */
export function lix(texts: string | readonly string[]): LixResult {
  const list = typeof texts === 'string' ? [texts] : texts;
  let wordTotal = 0;
  let sentenceTotal = 0;
  let longWords = 0;
  for (const text of list) {
    const ws = words(text);
    wordTotal += ws.length;
    longWords += ws.filter((w) => letterCount(w) > LONG_WORD_LETTERS).length;
    sentenceTotal += sentences(text).length;
  }
  if (wordTotal === 0 || sentenceTotal === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  return {
    lix: wordTotal / sentenceTotal + (longWords * 100) / wordTotal,
    words: wordTotal,
    sentences: sentenceTotal,
    longWords,
  };
}
