import { type CompiledPattern, compilePattern, literalHostname } from '@/utils/pack/url-pattern';

interface Entry<T> {
  item: T;
  /** Insertion order, so results come out in the order the items were given. */
  order: number;
  patterns: CompiledPattern[];
}

/**
 * Finds the items (guides) whose URL patterns match a page, without testing every pattern:
 * patterns with a literal hostname are filed under that host; only patterns whose host has a
 * wildcard are tested for every page. Built once per change of the stored guides.
 */
export class HostIndex<T> {
  private readonly byHost = new Map<string, Entry<T>[]>();
  private readonly wildcard: Entry<T>[] = [];

  constructor(items: readonly T[], patternsOf: (item: T) => readonly string[]) {
    items.forEach((item, order) => {
      const literal = new Map<string, CompiledPattern[]>();
      const wild: CompiledPattern[] = [];
      for (const source of patternsOf(item)) {
        const pattern = compilePattern(source);
        if (!pattern) continue; // validated packs never get here; be safe anyway
        const host = literalHostname(pattern);
        if (host) literal.set(host, [...(literal.get(host) ?? []), pattern]);
        else wild.push(pattern);
      }
      for (const [host, patterns] of literal) {
        const list = this.byHost.get(host) ?? [];
        // Wildcard patterns of the same item must be tried on this host too.
        list.push({ item, order, patterns: [...patterns, ...wild] });
        this.byHost.set(host, list);
      }
      if (wild.length) this.wildcard.push({ item, order, patterns: wild });
    });
  }

  /** Items with a pattern matching `url`, in the order they were given, each once. */
  lookup(url: string): T[] {
    let hostname: string;
    try {
      hostname = new URL(url).hostname;
    } catch {
      return [];
    }
    const hits = new Map<number, T>();
    for (const entry of [...(this.byHost.get(hostname) ?? []), ...this.wildcard]) {
      if (hits.has(entry.order)) continue;
      if (entry.patterns.some((p) => p.test(url))) hits.set(entry.order, entry.item);
    }
    return [...hits.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  }
}
