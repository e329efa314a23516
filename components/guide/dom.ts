import { type HintKey, trHint } from '@/utils/i18n/hint-strings';
import { richText } from './rich-text';

/**
 * The few DOM helpers the hint card and layer are built with. They are plain DOM, not Preact:
 * they are what every page with a running guide carries (docs/benchmarks.md, "Bytes").
 */
export function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** A button of the card; `onPress` runs on click (Enter and Space included). */
export function button(doc: Document, className: string, onPress: () => void): HTMLButtonElement {
  const b = make(doc, 'button', className, { type: 'button' });
  b.addEventListener('click', onPress);
  return b;
}

const shownText = new WeakMap<HTMLElement, string>();

/**
 * Puts a UI text in the citizen's language into `el`, marked `lang="da"` where it fell back to
 * Danish. Leaves the element alone when nothing changed, so a screen reader is not told twice.
 */
export function setText(el: HTMLElement, lang: string, key: HintKey, vars?: Record<string, string | number>): void {
  const { text, lang: used } = trHint(lang, key, vars);
  const wanted = used === lang ? text : `${used}\u0000${text}`;
  if (shownText.get(el) === wanted) return;
  shownText.set(el, wanted);
  if (used === lang) {
    el.textContent = text;
  } else {
    const span = make(el.ownerDocument, 'span', undefined, { lang: used });
    span.textContent = text;
    el.replaceChildren(span);
  }
}

/**
 * Puts a pack text (`**bold**`, line breaks) in its language into `el`. Rebuilt only when the text
 * changes, so the card does not flicker for screen readers.
 */
export function setRichText(el: HTMLElement, { text, lang }: { text: string; lang: string }): void {
  el.lang = lang;
  const wanted = `${lang}\u0000${text}`;
  if (shownText.get(el) === wanted) return;
  shownText.set(el, wanted);
  el.replaceChildren(...richText(el.ownerDocument, text));
}

/** Shows or hides an element (the card keeps its nodes, so focus stays on them across steps). */
export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}
