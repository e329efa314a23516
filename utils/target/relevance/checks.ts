/**
 * The questions `TargetInterest` asks about one change: may nodes added under a parent, content
 * changed around a chain of ancestors, or an attribute changed on an element hold, name or reveal
 * a match of a compiled facet? Each answers "maybe" (true) whenever it cannot rule a match out.
 */
import { labelTexts, normalizeLabel } from '../strategies';
import { normalize } from '../text';
import type { Batch } from './batch';
import {
  ATTRIBUTES_READ,
  EXTERNAL_NAME_SELECTOR,
  FIELD_SELECTOR,
  LABELABLE,
  LABELABLE_SELECTOR,
  NAME_SOURCE_SELECTOR,
  SOURCE_TAGS,
  valueHolderTest,
} from './element-tests';
import { type Facets, type Needle, overlaps } from './facets';
import { candidatesIn, holds, MAX_CANDIDATES, safely } from './nodes';

/** Attributes whose text can become (part of) an accessible name or label. */
const NAME_ATTRIBUTES = new Set(['aria-label', 'title', 'alt']);
/** Attributes that connect a name or label to its source elsewhere. */
const REFERENCE_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby']);

const compactOf = (s: string) => normalize(s).replace(/ /g, '');

function hasNeedle(f: Facets): boolean {
  return (f.name !== null && f.name !== 'regex') || f.label !== null || f.text !== null;
}

/** The name and label strings of a facet: text that names an element from elsewhere may be one of them. */
function namingNeedles(f: Facets): Needle[] {
  const out: Needle[] = [];
  if (f.name !== null && f.name !== 'regex') out.push(f.name);
  if (f.label !== null) out.push(f.label);
  return out;
}

/** Only a `text` (no role, name, label or css): the page's text decides (see contentMayMatter). */
export function textOnly(f: Facets): boolean {
  return f.test === null && f.name === null && f.label === null;
}

function tokensIn(batch: Batch, node: Node, n: Needle): boolean {
  const text = batch.text(node);
  return n.tokens.every((token, i) => {
    if (text.includes(token)) return true;
    const attributes = n.attributes[i];
    return attributes !== undefined && attributes !== '' && holds(node, attributes);
  });
}

/** A candidate in the subtree may be named from outside it (`aria-labelledby`, `<label>`), or by a default. */
function externalName(node: Node, f: Facets): boolean {
  const candidates = candidatesIn(node, f.selectors[0] ?? LABELABLE_SELECTOR);
  if (candidates.length > MAX_CANDIDATES) return true;
  return candidates.some((el) => {
    if (safely(() => el.matches(EXTERNAL_NAME_SELECTOR), true)) return true;
    if (!LABELABLE.has(el.localName)) return false;
    const labels = (el as Partial<HTMLInputElement>).labels;
    return labels != null && labels.length > 0;
  });
}

/** A field in the subtree is labelled with the needle (as resolve compares labels, spaces aside). */
function labelledField(node: Node, n: Needle): boolean {
  const fields = candidatesIn(node, FIELD_SELECTOR);
  if (fields.length > MAX_CANDIDATES) return true;
  return fields.some((el) => labelTexts(el).some((text) => compactOf(normalizeLabel(text)) === n.compact));
}

/** Name, label and text could all be satisfied by something in the subtree. */
function plausible(batch: Batch, node: Node, f: Facets): boolean {
  if (f.name && f.name !== 'regex' && !tokensIn(batch, node, f.name) && !externalName(node, f)) return false;
  if (f.label && !tokensIn(batch, node, f.label) && !labelledField(node, f.label)) return false;
  if (f.text && !tokensIn(batch, node, f.text)) return false;
  return true;
}

/** The subtree holds text that names or labels an element elsewhere, and that text may be the needle. */
function namesOthers(batch: Batch, node: Node, f: Facets): boolean {
  if (!f.name && !f.label) return false;
  if (!holds(node, `${NAME_SOURCE_SELECTOR}, [id]`)) return false;
  if (batch.holdsReferenced(node)) return true;
  if (!holds(node, NAME_SOURCE_SELECTOR)) return false;
  if (f.name === 'regex') return true;
  const text = compactOf(batch.text(node));
  return namingNeedles(f).some((n) => overlaps(text, n.compact));
}

/** A subtree (added, or under a changed attribute) may hold a match of `f`, or name one. */
export function subtreeMayMatch(batch: Batch, node: Node, f: Facets, valueHolder: boolean): boolean {
  if (f.cssMode === 'volatile') return true;
  const structural = f.selectors.every((s) => holds(node, s));
  // Inside a field the text is the citizen's: resolve never reads it, so neither do we.
  if (valueHolder) return f.test !== null && structural;
  if (structural && plausible(batch, node, f)) return true;
  if (namesOthers(batch, node, f)) return true;
  return f.within !== null && subtreeMayMatch(batch, node, f.within, false);
}

/** The content under `parent` changed (children added or removed, or its text edited). */
export function contentMayMatter(batch: Batch, parent: Node, chain: readonly Element[], f: Facets): boolean {
  if (f.cssMode === 'volatile') return true;
  if (f.cssMode === 'siblings' && f.css !== null && holds(parent, f.css)) return true;
  // A candidate around the change: its name, text or box may be new.
  if (f.contentTest !== null) {
    for (const el of chain) {
      if (f.contentTest(el, el.localName, el.matches(ATTRIBUTES_READ)) && (!hasNeedle(f) || plausible(batch, el, f))) {
        return true;
      }
    }
  }
  // A label, legend, caption or `aria-labelledby` target around the change: what it names may be new.
  if (f.name || f.label) {
    for (const el of chain) {
      const tag = SOURCE_TAGS.has(el.localName);
      if (!tag && el.id === '') continue;
      if (!tag && !batch.referencedIds(el).has(el.id)) continue;
      if (f.name === 'regex') return true;
      const text = compactOf(batch.text(el));
      if (namingNeedles(f).some((n) => overlaps(text, n.compact))) return true;
    }
  }
  // Text: resolve first asks whether any tree's text holds it at all; when none does, nothing can match.
  if (f.text) {
    const want = f.text.tokens.join(' ');
    const trees = new Set<Node>([parent.getRootNode(), ...batch.known, ...batch.found]);
    for (const root of trees) if (batch.treeText(root).includes(want)) return true;
  }
  return f.within !== null && contentMayMatter(batch, parent, chain, f.within);
}

/** An attribute of `el` changed. */
export function attributeMayMatter(batch: Batch, el: Element, attribute: string | null, f: Facets): boolean {
  if (f.cssMode === 'volatile') return true;
  if (attribute !== null && REFERENCE_ATTRIBUTES.has(attribute) && (f.name || f.label)) return true;
  if (attribute !== null && NAME_ATTRIBUTES.has(attribute)) {
    if (f.name === 'regex' && el.id !== '') return true;
    const value = compactOf(el.getAttribute(attribute) ?? '');
    if (namingNeedles(f).some((n) => overlaps(value, n.compact))) return true;
  }
  if (subtreeMayMatch(batch, el, f, false)) return true;
  // What is inside open shadow roots below it may have become visible too.
  for (const root of batch.known) {
    if (batch.ancestry(root.host).includes(el) && subtreeMayMatch(batch, root, f, false)) return true;
  }
  return f.within !== null && attributeMayMatter(batch, el, attribute, f.within);
}

/**
 * A match of `f` may be somewhere in these trees: one of its candidates (a native query, then the
 * facet's element test) holds or gets its name, label and text as an added subtree would (the
 * same `plausible`). A field or editable region is a "maybe" without looking: its text is the
 * citizen's, never read. Without records to go by (after a pause) this stands in for a whole
 * resolve: it reads no layout and walks nothing, and it cannot see into trees not in `roots`.
 */
export function mayBeIn(batch: Batch, roots: readonly Node[], f: Facets): boolean {
  const test = f.test;
  const selector = f.selectors[0];
  if (f.cssMode === 'volatile' || test === null || selector === undefined) return true;
  for (const root of roots) {
    const candidates = candidatesIn(root, selector);
    if (candidates.length > MAX_CANDIDATES) return true;
    for (const el of candidates) {
      if (!test(el, el.localName, el.matches(ATTRIBUTES_READ))) continue;
      if (valueHolderTest(el) || plausible(batch, el, f)) return true;
    }
  }
  return false;
}

/** A facet whose selector the browser rejects matches nothing (as in resolve): it is dropped. */
export function validCss(f: Facets, probe: Element): boolean {
  const css = f.css;
  if (css !== null && !safely(() => probe.matches(css) || true, false)) return false;
  return f.within === null || validCss(f.within, probe);
}
