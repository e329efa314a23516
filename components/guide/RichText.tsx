import { Fragment } from 'preact';

/**
 * Pack text with its only markup: `**bold**` and line breaks. Built as Preact nodes, never as
 * HTML, so a pack cannot inject markup.
 */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line
            .split('**')
            .map((part, j) => (j % 2 === 1 ? <strong key={j}>{part}</strong> : <Fragment key={j}>{part}</Fragment>))}
        </Fragment>
      ))}
    </>
  );
}

/** The same text without markup, for the live region and read aloud. */
export function plainText(text: string): string {
  return text.replaceAll('**', '');
}
