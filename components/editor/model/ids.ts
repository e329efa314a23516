/** The id rule of the pack format: `[a-z0-9][a-z0-9-]{0,63}`. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'u', ö: 'oe', ä: 'ae' };

/** Make an id from Danish text: "Log på" → "log-paa". Never empty. */
export function slugify(text: string, fallback = 'trin'): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (c) => DANISH[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 60)}-${n}`;
    if (!used.has(id)) return id;
  }
}
