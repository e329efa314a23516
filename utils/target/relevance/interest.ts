/**
 * While the target is absent: may a batch of mutation records change what `resolveTarget` finds?
 * `TargetInterest` asks the compiled facets about each record, with per-batch caches (`Batch`) and
 * one check per kind of change (nodes added, content changed, attribute changed). Why it is shaped
 * this way: the comment at the top of relevance.ts.
 */
import type { Target } from '@/utils/pack/types';
import { labelTexts, normalizeLabel } from '../strategies';
import { normalize } from '../text';
import {
  ATTRIBUTES_READ,
  EXTERNAL_NAME_SELECTOR,
  FIELD_SELECTOR,
  LABELABLE,
  LABELABLE_SELECTOR,
  NAME_SOURCE_SELECTOR,
  SOURCE_TAGS,
  type Test,
  valueHolderTest,
} from './element-tests';
import { compile, type Facets, type Needle, overlaps } from './facets';
import {
  ancestry,
  candidatesIn,
  holds,
  isElement,
  isOwnUi,
  isStyle,
  MAX_CANDIDATES,
  OWN_UI_PREFIX,
  safely,
} from './nodes';
import type { MutationLike } from './records';

export interface AbsentContext {
  /** Visible matches of the last resolve's ambiguous Targets (`WatchResolution.contenders`). */
  readonly contenders: readonly Element[];
  /** Open shadow roots known to be in the page: an attribute change above one can show what is inside it. */
  readonly shadowRoots: Iterable<ShadowRoot>;
}

export interface Verdict {
  /** True when the records may change what `resolveTarget` finds: resolve again. */
  matters: boolean;
  /** Open shadow roots found inside added nodes: the caller should observe them too. */
  shadowRoots: ShadowRoot[];
}

/** Attributes whose text can become (part of) an accessible name or label. */
const NAME_ATTRIBUTES = new Set(['aria-label', 'title', 'alt']);
/** Attributes that connect a name or label to its source elsewhere. */
const REFERENCE_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby']);
/**
 * More records than this under one parent in one batch: ask the parent's subtree as a whole
 * before opening any added node. About where the two cost the same on a list of a few hundred
 * elements (measured in an isolated world: ~1 µs per record opened, ~20 µs per subtree asked).
 */
export const BULK_RECORDS = 16;

const compactOf = (s: string) => normalize(s).replace(/ /g, '');

// ---------- one batch of records ----------

/** Per-call caches: each node's text is read at most once per batch of records. */
class Batch {
  private readonly texts = new Map<Node, string>();
  private readonly ancestries = new Map<Node, Element[]>();
  private readonly treeTexts = new Map<Node, string>();
  readonly found: ShadowRoot[] = [];

  /**
   * @param referenced The ids `aria-labelledby` refers to, per tree: kept across batches by the
   *   caller and cleared when an `aria-labelledby` changes or an element carrying one is added
   *   (removed ones only leave extra ids: safe).
   */
  constructor(
    readonly known: readonly ShadowRoot[],
    private readonly referenced: Map<Node, Set<string>>,
  ) {}

  /** Lower-case NFC text of a subtree (all of it, hidden parts too: a superset of what resolve reads). */
  text(node: Node): string {
    let t = this.texts.get(node);
    if (t === undefined) {
      t = (node.textContent ?? '').normalize('NFC').toLowerCase();
      this.texts.set(node, t);
    }
    return t;
  }

  ancestry(node: Node): Element[] {
    let a = this.ancestries.get(node);
    if (!a) {
      a = ancestry(node);
      this.ancestries.set(node, a);
    }
    return a;
  }

  /** The ids `aria-labelledby` refers to in the node's tree (names and labels can come from them). */
  referencedIds(node: Node): Set<string> {
    const root = node.getRootNode();
    let ids = this.referenced.get(root);
    if (!ids) {
      ids = new Set();
      const refs = (root as Partial<ParentNode>).querySelectorAll?.call(root, '[aria-labelledby]') ?? [];
      for (const el of refs) for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) ids.add(id);
      ids.delete('');
      this.referenced.set(root, ids);
    }
    return ids;
  }

  /** The node is, or holds, an element that `aria-labelledby` refers to. */
  holdsReferenced(node: Node): boolean {
    const ids = this.referencedIds(node);
    if (ids.size === 0) return false;
    const root = node.getRootNode() as Partial<Document | ShadowRoot>;
    if (isElement(node) && node.id && ids.has(node.id)) return true;
    for (const id of ids) {
      const el = root.getElementById?.call(root, id);
      if (el && node.contains(el)) return true;
    }
    return false;
  }

  /** A tree's whole text in resolve's comparison form (its first check for a `text` Target). */
  treeText(root: Node): string {
    let t = this.treeTexts.get(root);
    if (t === undefined) {
      const node = root.nodeType === 9 ? (root as Document).documentElement : root;
      t = normalize(node?.textContent ?? '');
      this.treeTexts.set(root, t);
    }
    return t;
  }
}

// ---------- the checks ----------

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
function textOnly(f: Facets): boolean {
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
function subtreeMayMatch(batch: Batch, node: Node, f: Facets, valueHolder: boolean): boolean {
  if (f.cssMode === 'volatile') return true;
  const structural = f.selectors.every((s) => holds(node, s));
  // Inside a field the text is the citizen's: resolve never reads it, so neither do we.
  if (valueHolder) return f.test !== null && structural;
  if (structural && plausible(batch, node, f)) return true;
  if (namesOthers(batch, node, f)) return true;
  return f.within !== null && subtreeMayMatch(batch, node, f.within, false);
}

/** The content under `parent` changed (children added or removed, or its text edited). */
function contentMayMatter(batch: Batch, parent: Node, chain: readonly Element[], f: Facets): boolean {
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
function attributeMayMatter(batch: Batch, el: Element, attribute: string | null, f: Facets): boolean {
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

/** Where a change happened, worked out once per node per batch. */
interface Place {
  chain: Element[];
  /** The document itself (a new document element) or a style sheet's text: anything can follow. */
  revealing: boolean;
  /** In `<head>` or in our own UI: nothing there is ever a target (resolve skips both). */
  outOfScope: boolean;
  /** Inside a field or editable region: its content is the citizen's. */
  valueHolder: boolean;
  /** Inside a contender: a change there may take it away. */
  inContender: boolean;
}

/** A facet whose selector the browser rejects matches nothing (as in resolve): it is dropped. */
function validCss(f: Facets, probe: Element): boolean {
  const css = f.css;
  if (css !== null && !safely(() => probe.matches(css) || true, false)) return false;
  return f.within === null || validCss(f.within, probe);
}

/** `resolve`: something was added that can change anything (a style sheet, a new `aria-labelledby`). */
type Survey = 'resolve' | 'closer' | 'quiet';

/** The compiled form of a step's Target(s), asked about each batch of mutation records. */
export class TargetInterest {
  private facets: Facets[];
  private checkedCss = false;
  /** Element tests of every facet (and `within`) that has one; see `closer`. */
  private tests: Test[] = [];
  /** Some facet may match any element (a `name` without a role). */
  private anyElement = false;
  /** Some facet has a name or label (their text can come from a label or an id elsewhere). */
  private named = false;
  /** The union of the facets' summaries (null: some facet's candidates cannot be summarized). */
  private summary: Set<string> | null = null;

  constructor(target: Target | Target[]) {
    const list = Array.isArray(target) ? target : [target];
    this.facets = list.map((t) => compile(t, 0)).filter((f): f is Facets => f !== null);
    this.prepare();
  }

  private prepare(): void {
    this.tests = [];
    this.anyElement = false;
    this.named = false;
    let summary: Set<string> | null = new Set();
    for (const top of this.facets) {
      for (let f: Facets | null = top; f; f = f.within) {
        if (f.cssMode === 'volatile') this.anyElement = true;
        if (f.test) this.tests.push(f.test);
        else if (!textOnly(f)) this.anyElement = true;
        if (f.name || f.label) this.named = true;
        if (!f.summary) summary = null;
        for (const sel of f.summary ?? []) summary?.add(sel);
      }
    }
    // Of the name sources only <label> names elements elsewhere (a legend, caption or svg title
    // names an ancestor, which the content check looks at); a new `aria-labelledby` changes which
    // ids name something, which the per-node survey keeps track of.
    if (summary && this.named) {
      summary.add('label');
      summary.add('[aria-labelledby]');
    }
    this.summary = summary;
  }

  /** False when no Target can ever match (all malformed): no change can matter. */
  get canMatch(): boolean {
    return this.facets.length > 0;
  }

  /**
   * Whether an element deserves the closer (selector) checks: it could be a candidate of some
   * facet, or name one. Property reads only: this runs on every element a page adds.
   */
  private closer(el: Element, tag: string, attrs: boolean): boolean {
    if (this.anyElement) return true;
    if (this.named && (SOURCE_TAGS.has(tag) || (attrs && el.id !== ''))) return true;
    for (const test of this.tests) if (test(el, tag, attrs)) return true;
    return false;
  }

  /**
   * Whether anything inside `root` (not inside shadow roots) could be a candidate or name one,
   * asked of the whole subtree at once. Used when a parent gets many records in one batch: then
   * this is far cheaper than opening each added node (each costs a wrapper in our world).
   */
  private mayHold(root: Node, batch: Batch): boolean {
    if (this.summary === null) return true;
    const query = (root as Partial<ParentNode>).querySelector;
    if (typeof query !== 'function') return true;
    for (const selector of this.summary) if (safely(() => query.call(root, selector) !== null, true)) return true;
    return this.named && batch.holdsReferenced(root);
  }

  /**
   * One walk of an added subtree: a style sheet, elements worth a closer look, open shadow roots
   * (pushed to `roots`). Runs on every element a page adds, so it reads as little as it can.
   */
  private survey(node: Element, roots: ShadowRoot[]): Survey {
    let result: Survey = 'quiet';
    const stack = this.stack;
    stack.length = 0;
    stack.push(node);
    for (let el = stack.pop(); el; el = stack.pop()) {
      const tag = el.localName;
      if (tag === 'style' || tag === 'link') return 'resolve';
      const attrs = el.matches(ATTRIBUTES_READ);
      if (attrs && el.hasAttribute('aria-labelledby')) {
        this.referenced.clear();
        return 'resolve';
      }
      if (result === 'quiet' && this.closer(el, tag, attrs)) result = 'closer';
      const root = el.shadowRoot;
      if (root) {
        roots.push(root);
        for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
      }
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    }
    return result;
  }

  private readonly stack: Element[] = [];
  /** See Batch: the ids `aria-labelledby` refers to, per tree. */
  private readonly referenced = new Map<Node, Set<string>>();

  /**
   * One content record's nodes: 'matters', 'changed' (something of the page was added or removed)
   * or 'ours' (only our own host moved, into or out of a page's modal dialog).
   */
  private recordMayMatter(
    record: MutationLike,
    place: Place,
    batch: Batch,
    aroundContenders: ReadonlySet<Node>,
    found: ShadowRoot[],
  ): 'matters' | 'changed' | 'ours' {
    const any = (check: (f: Facets) => boolean) => this.facets.some(check);
    let changed = record.type === 'characterData';
    const removed = record.removedNodes;
    for (let i = 0, n = removed.length; i < n; i++) {
      const node = removed[i] as Node;
      if (isOwnUi(node)) continue;
      changed = true;
      // A removed contender may leave another Target one match (a removed style sheet: StyleSheetWatch).
      if (aroundContenders.has(node)) return 'matters';
    }
    const added = record.addedNodes;
    for (let i = 0, n = added.length; i < n; i++) {
      const node = added[i] as Node;
      if (!isElement(node)) {
        changed = true;
        continue;
      }
      if (node.localName.startsWith(OWN_UI_PREFIX)) continue;
      changed = true;
      const from = found.length;
      const survey = this.survey(node, found);
      if (survey === 'resolve') return 'matters';
      if (survey === 'quiet') continue;
      // `text`-only facets are decided by the content check, from the page's text.
      if (any((f) => !textOnly(f) && subtreeMayMatch(batch, node, f, place.valueHolder))) return 'matters';
      for (const root of found.slice(from)) {
        if (any((f) => !textOnly(f) && subtreeMayMatch(batch, root, f, false))) return 'matters';
      }
    }
    return changed ? 'changed' : 'ours';
  }

  /**
   * While the target is absent (no Target found exactly one element): may these records change
   * what `resolveTarget` finds? Also lists the open shadow roots found in added nodes.
   */
  mayChangeResolution(records: readonly MutationLike[], ctx: AbsentContext): Verdict {
    const batch = new Batch([...ctx.shadowRoots], this.referenced);
    const found = batch.found;
    const no: Verdict = { matters: false, shadowRoots: found };
    const yes: Verdict = { matters: true, shadowRoots: found };
    const first = records[0]?.target;
    if (!this.checkedCss && first) {
      const probe = isElement(first) ? first : first.ownerDocument?.documentElement;
      if (probe) {
        this.facets = this.facets.filter((f) => validCss(f, probe));
        this.prepare();
        this.checkedCss = true;
      }
    }
    if (!this.canMatch) return no;
    const facets = this.facets;
    const any = (check: (f: Facets) => boolean) => facets.some(check);

    // Around the contenders: a change that touches one may take it away, and another Target may win.
    const contenders = new Set<Node>(ctx.contenders);
    const aroundContenders = new Set<Node>();
    for (const el of ctx.contenders) for (const a of batch.ancestry(el)) aroundContenders.add(a);

    // Records come in runs with the same parent (a list being filled): compare before looking up.
    const places = new Map<Node, Place>();
    let lastNode: Node | null = null;
    let lastPlace: Place | null = null;
    const placeOf = (node: Node): Place => {
      if (node === lastNode && lastPlace) return lastPlace;
      let place = places.get(node);
      if (!place) {
        const chain = batch.ancestry(node);
        place = {
          chain,
          revealing: node.nodeType === 9 || isStyle(node),
          outOfScope: chain.some((el) => el.localName === 'head' || el.localName.startsWith(OWN_UI_PREFIX)),
          valueHolder: chain.some(valueHolderTest),
          inContender: contenders.size > 0 && chain.some((el) => contenders.has(el)),
        };
        places.set(node, place);
      }
      lastNode = node;
      lastPlace = place;
      return place;
    };

    // Content records (children, text) by parent, in order; attributes are decided at once.
    const groups = new Map<Node, MutationLike[]>();
    let lastParent: Node | null = null;
    let lastGroup: MutationLike[] = [];
    for (const record of records) {
      const type = record.type;
      const target = record.target;
      if (type === 'attributes') {
        if (!isElement(target)) continue;
        if (record.attributeName === 'aria-labelledby') this.referenced.clear();
        if (isStyle(target)) return yes;
        const place = placeOf(target);
        if (place.outOfScope) continue;
        if (place.inContender || aroundContenders.has(target)) return yes;
        if (any((f) => attributeMayMatter(batch, target, record.attributeName, f))) return yes;
        continue;
      }
      const parent = type === 'characterData' ? target.parentNode : target;
      if (!parent) continue;
      if (parent !== lastParent) {
        lastParent = parent;
        lastGroup = groups.get(parent) ?? [];
        if (lastGroup.length === 0) groups.set(parent, lastGroup);
      }
      lastGroup.push(record);
    }

    for (const [parent, group] of groups) {
      const place = placeOf(parent);
      if (place.revealing || place.inContender) return yes;
      if (place.outOfScope) {
        // Nothing in <head> is a target, but a style sheet added there can reveal one.
        for (const r of group) {
          if (Array.from(r.addedNodes).some(isStyle) || Array.from(r.removedNodes).some(isStyle)) return yes;
        }
        continue;
      }
      // Many records under one parent (a list being filled): ask its subtree as a whole first.
      const bulk = group.length > BULK_RECORDS && aroundContenders.size === 0 && !place.valueHolder;
      const open = !bulk || this.mayHold(parent, batch);
      let pageChanged = bulk;
      if (open) {
        for (const record of group) {
          const changed = this.recordMayMatter(record, place, batch, aroundContenders, found);
          if (changed === 'matters') return yes;
          if (changed === 'changed') pageChanged = true;
        }
      }
      if (!pageChanged || place.valueHolder) continue;
      if (any((f) => contentMayMatter(batch, parent, place.chain, f))) return yes;
    }
    return no;
  }
}
