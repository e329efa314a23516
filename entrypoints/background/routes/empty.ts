/** The check for a request that carries nothing: exactly `{}` (not an array, not null). */
export function isEmptyRequest(data: unknown): string | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0
    ? null
    : 'expected {}';
}
