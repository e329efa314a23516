/**
 * Pack text with its only markup: `**bold**` and line breaks. Built as text nodes and `<strong>`,
 * never as HTML, so a pack cannot inject markup.
 */
export function richText(doc: Document, text: string): Node[] {
  const nodes: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push(doc.createElement('br'));
    line.split('**').forEach((part, j) => {
      if (j % 2 === 0) {
        if (part) nodes.push(doc.createTextNode(part));
        return;
      }
      const strong = doc.createElement('strong');
      strong.textContent = part;
      nodes.push(strong);
    });
  });
  return nodes;
}

/** The same text without markup, for the live region and read aloud. */
export function plainText(text: string): string {
  return text.replaceAll('**', '');
}
