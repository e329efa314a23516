/**
 * Wraps text in Unicode first-strong isolates (FSI … PDI): a Danish PC label or button name inside
 * a right-to-left sentence then keeps its own direction and does not reorder the sentence.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
