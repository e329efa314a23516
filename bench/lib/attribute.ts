import { SourceMapConsumer } from 'source-map-js';

/** The repository root (npm runs scripts there): our own sources are shown relative to it. */
const ROOT = `${process.cwd()}/`;

/** `node_modules/@scope/pkg/...` → `@scope/pkg` (WXT itself per file: it is several features); our files by path. */
export function ownerOf(source: string): string {
  const wxt = /node_modules\/wxt\/dist\/(.+)$/.exec(source);
  if (wxt) return `wxt/${wxt[1]}`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1] as string;
  const abs = source.startsWith('/') ? source : `/${source.replace(/^(\.\.\/)+/, '')}`;
  return abs.startsWith(ROOT) ? abs.slice(ROOT.length) : abs;
}

/** Characters of `code` per source (≈ bytes for minified code): each mapped segment owns the characters up to the next one. */
export function attribute(code: string, map: string, owner: (source: string) => string = ownerOf): Map<string, number> {
  const consumer = new SourceMapConsumer(JSON.parse(map));
  const lines = code.split('\n');
  const segments: { line: number; col: number; source: string }[] = [];
  consumer.eachMapping((m) => {
    segments.push({ line: m.generatedLine, col: m.generatedColumn, source: m.source ? owner(m.source) : '(unmapped)' });
  });
  segments.sort((a, b) => a.line - b.line || a.col - b.col);
  const lineStart: number[] = [];
  let offset = 0;
  for (const l of lines) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  const bytes = new Map<string, number>();
  const at = (s: { line: number; col: number }) => (lineStart[s.line - 1] ?? 0) + s.col;
  const first = segments[0];
  if (first) bytes.set('(unmapped)', at(first));
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as (typeof segments)[number];
    const end = i + 1 < segments.length ? at(segments[i + 1] as (typeof segments)[number]) : code.length;
    bytes.set(s.source, (bytes.get(s.source) ?? 0) + Math.max(0, end - at(s)));
  }
  return bytes;
}
