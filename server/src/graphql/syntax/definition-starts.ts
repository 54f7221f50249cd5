/**
 * Where a top-level definition begins: a line that starts, in column 0, with a definition keyword
 * followed by a name (or `@` / `{` for directives and `schema`), `extend` allowed before it. The
 * one rule both splits of a schema file follow — the parser's chunks (definition-chunks.ts) and the
 * outline's pieces (outline-pieces.ts) — so the parser and completion cut a file at the same
 * places. An unindented field such as `type: String` does not start a definition.
 */
const DEFINITION_START = /^(?:extend\s+)?(?:(?:type|input|enum|interface|union|scalar)\s+[_A-Za-z]|directive\s+@|schema\s*[{@])/;

/** First letters of the keywords above: most lines (fields, braces, blank lines) are ruled out without the regular expression. */
const DEFINITION_INITIALS = new Set([...'etiusd'].map((letter) => letter.charCodeAt(0)));

/** The longest line start the expression needs to see (`extend interface` and the name's first letter, with room for spacing). */
const WINDOW = 256;

/** Whether the line `text.slice(lineStart, lineEnd)` starts a definition. */
export function startsDefinition(text: string, lineStart: number, lineEnd: number): boolean {
  return (
    DEFINITION_INITIALS.has(text.charCodeAt(lineStart)) && DEFINITION_START.test(text.slice(lineStart, Math.min(lineEnd, lineStart + WINDOW)))
  );
}

/** Line starts (after `\n`, `\r\n` or a lone `\r`) whose first letter could begin a definition keyword; found natively, not character by character. */
const CANDIDATE_LINE = /[\n\r](?=[deistu])/g;
const LINE_BREAK = /[\n\r]/g;

/**
 * The offsets of every line that starts a definition, in order. Lines end at `\n`, `\r\n` or a
 * lone `\r`, as the outline's column-0 test counts them. Strings are not tracked here: a caller
 * that cares (a definition keyword on a line inside a block string) checks its own pieces.
 */
export function definitionLineStarts(text: string): number[] {
  const starts: number[] = [];
  const consider = (lineStart: number) => {
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = LINE_BREAK.exec(text)?.index ?? text.length;
    if (startsDefinition(text, lineStart, lineEnd)) starts.push(lineStart);
  };
  consider(0);
  CANDIDATE_LINE.lastIndex = 0;
  for (let match = CANDIDATE_LINE.exec(text); match; match = CANDIDATE_LINE.exec(text)) consider(match.index + 1);
  return starts;
}
