/**
 * Make text safe for an HTTP header value. Control characters (a line break in a policy value)
 * become spaces so they cannot split the header; non-ASCII text (æ, ø, å, "PC 7 ved vinduet på
 * 1. sal") is sent as an RFC 2047 encoded word, which ntfy decodes — `fetch` would otherwise send
 * it as Latin-1 bytes or refuse it.
 */
export function headerText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  const bytes = new TextEncoder().encode(clean);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

/** Decode what `headerText` made (for tests and receivers written in TypeScript). */
export function decodeHeaderText(value: string): string {
  const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/i.exec(value);
  if (!m) return value;
  const binary = atob(m[1] ?? '');
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
