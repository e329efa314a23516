/**
 * While the target is absent: may a batch of mutation records change what `resolveTarget` finds?
 * `TargetInterest` asks the compiled facets about each record, with per-batch caches (`Batch`) and
 * one check per kind of change (nodes added, content changed, attribute changed: checks.ts). Why it
 * is shaped this way: the comment at the top of relevance.ts.
 */
import type { Target } from '@/utils/pack/types';
import { Batch } from './batch';
import { attributeMayMatter, contentMayMatter, mayBeIn, subtreeMayMatch, textOnly, validCss } from './checks';
import { ATTRIBUTES_READ, SOURCE_TAGS, type Test, valueHolderTest } from './element-tests';
import { compile, type Facets } from './facets';
import { isElement, isOwnUi, isStyle, OWN_UI_PREFIX, safely } from './nodes';
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

/**
 * More records than this under one parent in one batch: ask the parent's subtree as a whole
 * before opening any added node. About where the two cost the same on a list of a few hundred
 * elements (measured in an isolated world: ~1 µs per record opened, ~20 µs per subtree asked).
 */
export const BULK_RECORDS = 16;

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
   * While the target is absent, with no records to go by (the watch was paused): may a match be
   * anywhere in the document or the known open shadow roots? Each Target's candidates are asked
   * the questions an added subtree gets (checks.ts `mayBeIn`). A new shadow root is not seen:
   * the watch's periodic full resolve finds what is inside one.
   */
  mayBePresent(doc: Document, shadowRoots: readonly ShadowRoot[]): boolean {
    const batch = new Batch(shadowRoots, this.referenced);
    const roots: Node[] = [doc, ...shadowRoots];
    return this.facets.some((f) => mayBeIn(batch, roots, f));
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
