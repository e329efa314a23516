import { type CompiledPattern, compilePattern, patternKey, type UrlParts, urlParts } from '@/utils/pack/url-pattern';

/** One distinct pattern in the index and the items that use it. */
interface Group<T> {
  source: string;
  /** Compiled on the first lookup that needs it (undefined until then). */
  compiled?: CompiledPattern | null;
  /** The items carrying this pattern, by their place in the input. */
  items: { order: number; item: T }[];
}

/** Patterns filed by the literal beginning of their first path segment. */
class Bucket<T> {
  private readonly byPrefix = new Map<string, Group<T>[]>();
  /** The distinct prefix lengths, ascending: a lookup tries only these. */
  private lengths: number[] = [];

  add(prefix: string, group: Group<T>): void {
    const list = this.byPrefix.get(prefix);
    if (list) list.push(group);
    else {
      this.byPrefix.set(prefix, [group]);
      if (!this.lengths.includes(prefix.length)) this.lengths = [...this.lengths, prefix.length].sort((a, b) => a - b);
    }
  }

  /** Every group whose prefix is a beginning of `segment` (the URL's first path segment). */
  *candidates(segment: string): Iterable<Group<T>> {
    for (const length of this.lengths) {
      if (length > segment.length) return;
      const list = this.byPrefix.get(length === segment.length ? segment : segment.slice(0, length));
      if (list) yield* list;
    }
  }
}

/**
 * Finds the items (guides) whose URL patterns match a page, testing only a few patterns:
 * - a simple pattern with a literal host is filed under that host and the literal beginning of
 *   its first path segment (`https://www.borger.dk/flytning*` under `www.borger.dk` + `flytning`;
 *   `https://www.borger.dk/*` under the host's "any path" prefix `''`);
 * - a simple pattern whose host has a `*` goes to the wildcard-host bucket, filed the same way by path;
 * - any other pattern (groups, ports, other schemes) is tried on every page.
 * A lookup takes the URL's host and first path segment and tries only the groups whose prefix
 * begins that segment. Filing reads the pattern's text (`patternKey`); a pattern is compiled the
 * first time a lookup needs it, and once (`compilePattern` memoises), so building the index after
 * the service worker starts costs no compilation. Built once per change of the stored guides.
 */
export class HostIndex<T> {
  private readonly byHost = new Map<string, Bucket<T>>();
  private readonly wildcardHosts = new Bucket<T>();
  private readonly other: Group<T>[] = [];

  constructor(items: readonly T[], patternsOf: (item: T) => readonly string[]) {
    const groups = new Map<string, Group<T>>();
    items.forEach((item, order) => {
      for (const source of patternsOf(item)) {
        let group = groups.get(source);
        if (!group) {
          group = { source, items: [] };
          groups.set(source, group);
          this.file(group);
        }
        const last = group.items[group.items.length - 1];
        if (last?.order !== order) group.items.push({ order, item });
      }
    });
  }

  private file(group: Group<T>): void {
    const key = patternKey(group.source);
    if (key.kind === 'other') {
      this.other.push(group);
      return;
    }
    let bucket = this.wildcardHosts;
    if (key.kind === 'host') {
      bucket = this.byHost.get(key.host) ?? new Bucket<T>();
      this.byHost.set(key.host, bucket);
    }
    bucket.add(key.prefix, group);
  }

  /** Items with a pattern matching `url`, in the order they were given, each once. */
  lookup(href: string): T[] {
    const url = parse(href);
    if (!url) return [];
    const hits = new Map<number, T>();
    for (const group of this.candidates(url)) {
      if (group.compiled === undefined) group.compiled = compilePattern(group.source);
      // validated packs never hold an invalid pattern; one that is simply matches nothing
      if (!group.compiled?.test(url)) continue;
      for (const { order, item } of group.items) hits.set(order, item);
    }
    return [...hits.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  }

  /** How many distinct patterns a lookup of `href` would test (for the tests and the bench). */
  candidateCount(href: string): number {
    const url = parse(href);
    return url ? [...this.candidates(url)].length : 0;
  }

  /** The groups a lookup tests: the URL's host bucket, the wildcard-host bucket, then every other pattern. */
  private *candidates(url: UrlParts): Iterable<Group<T>> {
    const path = url.pathname;
    const end = path.indexOf('/', 1);
    const segment = path.startsWith('/') ? path.slice(1, end < 0 ? undefined : end) : '';
    const host = this.byHost.get(url.hostname);
    if (host) yield* host.candidates(segment);
    yield* this.wildcardHosts.candidates(segment);
    yield* this.other;
  }
}

function parse(href: string): UrlParts | null {
  try {
    return urlParts(new URL(href));
  } catch {
    return null;
  }
}
