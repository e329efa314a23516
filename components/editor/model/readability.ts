import { lix } from '@/utils/plain-language';

/** Word count and LIX for the live indicator on hint texts (measured by `utils/plain-language`). */
export interface Readability {
  words: number;
  lix: number;
}

/** Aims from the product brief: ≤ 25 words, LIX ≤ 30. */
export const MAX_WORDS = 25;
export const MAX_LIX = 30;

export function readability(text: string): Readability {
  const result = lix(text);
  return { words: result.words, lix: Math.round(result.lix) };
}
