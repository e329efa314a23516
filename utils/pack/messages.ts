import { closest } from './edit-distance';

/**
 * Danish wording shared by the pack schema's messages. Every message is meant for a librarian:
 * what is wrong, and what to write instead where that is obvious.
 */

export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'et objekt';
  return String(value);
}

/** What the value is, in words ("en tekst", "et tal" …), for "skal være X, ikke Y". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  switch (typeof value) {
    case 'string':
      return 'en tekst';
    case 'number':
      return 'et tal';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'et objekt';
    default:
      return 'ingenting';
  }
}

export function mentDu(suggestion: string | undefined): string {
  return suggestion ? ` (mente du "${suggestion}"?)` : '';
}

/** "a", "a og b", "a, b og c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

export function unknownField(key: string, known: readonly string[]): string {
  const suggestion = closest(key, known);
  return suggestion
    ? `"${key}" er ikke et kendt felt${mentDu(suggestion)}`
    : `"${key}" er ikke et kendt felt her (kendte felter: ${listing(known.map((k) => `"${k}"`))})`;
}

/** A valid id for `input`, if one can be made: lower case, æ/ø/å spelled out, dashes. */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

export function badId(input: unknown): string {
  if (typeof input !== 'string') return `skal være en tekst, ikke ${kindOf(input)}`;
  if (input === '') return 'må ikke være tomt';
  const slug = slugify(input);
  return `${quote(input)} er ikke et gyldigt id: brug kun små bogstaver a-z, tal og bindestreg, højst 64 tegn${mentDu(slug && slug !== input ? slug : undefined)}`;
}

/** Why a regex source does not compile, in words a librarian can act on. */
export function explainBadRegex(source: string): string {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const ch = source[k];
    if (ch === '\\') {
      k++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth < 0) return `${quote(source)} er ikke et gyldigt regulært udtryk: der er en ) for meget`;
    }
  }
  if (inClass) return `${quote(source)} er ikke et gyldigt regulært udtryk: en [ er ikke lukket med ]`;
  if (depth > 0) return `${quote(source)} er ikke et gyldigt regulært udtryk: en ( er ikke lukket med )`;
  if (/^[*+?{]/.test(source) || /[(|][*+?]/.test(source))
    return `${quote(source)} er ikke et gyldigt regulært udtryk: *, + eller ? står uden noget foran (skriv \\* for en stjerne)`;
  return `${quote(source)} er ikke et gyldigt regulært udtryk`;
}
