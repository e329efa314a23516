import { MAX_LIX, MAX_WORDS, readability } from './model/readability';

/**
 * Live word count and LIX under a hint text. Danish readability only makes sense for Danish, so
 * other languages get the word count alone.
 */
export function ReadabilityMeter({ text, lang }: { text: string; lang: string }) {
  const { words, lix } = readability(text);
  const tooLong = words > MAX_WORDS;
  const tooHard = lang === 'da' && lix > MAX_LIX;
  return (
    <p class={`meter${tooLong || tooHard ? ' warn' : ''}`}>
      <span>
        {words} ord{tooLong ? ` (sigt efter højst ${MAX_WORDS})` : ''}
      </span>
      {lang === 'da' && (
        <span>
          {' · '}LIX {lix}
          {tooHard ? ` (sigt efter højst ${MAX_LIX}: kortere ord og sætninger)` : ' (let at læse)'}
        </span>
      )}
    </p>
  );
}
