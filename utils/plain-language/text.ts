/**
 * Splitting Danish hint text into words and sentences, the way LIX counts them.
 * Pure: no browser globals, so the guide editor can reuse it for its live indicator.
 */

/** Guide texts allow `**bold**` as their only markup; it must not count as words or punctuation. */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*/g, '');
}

/**
 * The words of a text: whitespace-separated tokens that contain at least one letter or digit.
 * Surrounding punctuation is not part of a word; a hyphenated compound ("MitID-appen") is one word,
 * as a reader sees it.
 */
export function words(text: string): string[] {
  return stripMarkup(text)
    .split(/\s+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** Letters and digits in a word; hyphens and apostrophes do not make a word long. */
export function letterCount(word: string): number {
  return (word.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/**
 * The sentences of a text. A sentence ends at `.`, `!`, `?` or `:` followed by whitespace or the
 * end, and at a line break (a hint's lines are separate statements). A period between digits
 * ("1.000 kr.") does not end a sentence; an unfinished last sentence still counts.
 */
export function sentences(text: string): string[] {
  return stripMarkup(text)
    .split(/(?<=[.!?:])(?=\s|$)|\n+/u)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) > 0);
}
