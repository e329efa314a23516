/** Where a JSON text first goes wrong, and what a librarian should look for there (Danish). */
export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly pos: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function show(ch: string | undefined): string {
  if (ch === undefined) return 'slutningen af filen';
  if (ch === '\n' || ch === '\r') return 'et linjeskift';
  return `"${ch}"`;
}

/**
 * A small JSON scanner used only to explain a text that `JSON.parse` refused: engines word (and
 * place) their errors differently, so we find the spot ourselves and say it in Danish. Returns
 * null when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const expectValue = (depth: number): void => {
    if (depth > 512) throw new Stop(i, 'filen er for dybt indlejret');
    skip();
    const ch = text[i];
    if (ch === undefined) throw new Stop(i, 'filen slutter for tidligt (mangler der en } eller ]?)');
    if (ch === '{') {
      object(depth);
      return;
    }
    if (ch === '[') {
      array(depth);
      return;
    }
    if (ch === '"') {
      string();
      return;
    }
    if (ch === "'") throw new Stop(i, 'brug lige dobbelte anførselstegn (") i stedet for \'');
    if (ch === '“' || ch === '”' || ch === '„')
      throw new Stop(i, `brug lige dobbelte anførselstegn (") i stedet for ${ch}`);
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') throw new Stop(i, 'et tal er skrevet forkert');
      i += m[0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    throw new Stop(
      i,
      `uventet ${show(ch)}: her skulle der stå en værdi (tekst i "…", et tal, true, false, null, { eller [)`,
    );
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) throw new Stop(i, 'en tekst er ikke afsluttet med "');
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'ugyldig \\u-kode i en tekst');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          throw new Stop(i, 'ugyldig \\ i en tekst (skriv \\\\ for at få en \\)');
        i += 2;
        continue;
      }
      if (ch < ' ') throw new Stop(i, 'en tekst må ikke indeholde linjeskift eller tabulator (skriv \\n)');
      i++;
    }
  };
  const object = (depth: number): void => {
    i++; // {
    skip();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skip();
      const ch = text[i];
      if (ch === '}') throw new Stop(i, 'der er et komma for meget før }');
      if (ch !== '"') {
        if (ch === "'") throw new Stop(i, 'brug lige dobbelte anførselstegn (") i stedet for \'');
        if (ch === undefined) throw new Stop(i, 'filen slutter for tidligt (mangler der en }?)');
        throw new Stop(i, `uventet ${show(ch)}: her skulle der stå et feltnavn i anførselstegn`);
      }
      string();
      skip();
      if (text[i] !== ':') throw new Stop(i, `mangler : efter feltnavnet (fandt ${show(text[i])})`);
      i++;
      expectValue(depth + 1);
      skip();
      const after = text[i];
      if (after === ',') {
        i++;
        continue;
      }
      if (after === '}') {
        i++;
        return;
      }
      if (after === undefined) throw new Stop(i, 'filen slutter for tidligt (mangler der en }?)');
      throw new Stop(i, `mangler et komma eller } før ${show(after)}`);
    }
  };
  const array = (depth: number): void => {
    i++; // [
    skip();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      skip();
      if (text[i] === ']') throw new Stop(i, 'der er et komma for meget før ]');
      expectValue(depth + 1);
      skip();
      const after = text[i];
      if (after === ',') {
        i++;
        continue;
      }
      if (after === ']') {
        i++;
        return;
      }
      if (after === undefined) throw new Stop(i, 'filen slutter for tidligt (mangler der en ]?)');
      throw new Stop(i, `mangler et komma eller ] før ${show(after)}`);
    }
  };

  try {
    skip();
    if (i >= text.length) throw new Stop(i, 'filen er tom');
    expectValue(0);
    skip();
    if (i < text.length) throw new Stop(i, 'der står mere efter pakkens afsluttende }');
    return null;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    return { ...lineAndColumn(text, err.pos), message: err.reason };
  }
}

function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < pos && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}
