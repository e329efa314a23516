export { danish, guideDanishTexts } from './guide-text';
export { type LixResult, LONG_WORD_LETTERS, lix } from './lix';
export { letterCount, sentences, stripMarkup, wordCount, words } from './text';
