/**
 * Word count and LIX for the live indicator on hint texts. Temporary: switch to
 * `utils/plain-language` when the guides helper's version lands (no duplicate left behind).
 */
export interface Readability {
  words: number;
  lix: number;
}

/** Aims from the product brief: ≤ 25 words, LIX ≤ 30. */
export const MAX_WORDS = 25;
export const MAX_LIX = 30;

export function readability(text: string): Readability {
  const plain = text.replace(/\*\*/g, '');
  const words = plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return { words: 0, lix: 0 };
  const sentences = Math.max(1, (plain.match(/[.!?:]+(\s|$)/g) ?? []).length);
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  return { words: words.length, lix: Math.round(words.length / sentences + (long * 100) / words.length) };
}
