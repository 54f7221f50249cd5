import type { Position, Range } from '../lens-diagnostic';

/**
 * An inline GraphQL template as the schema analysis reads it: the file's lines kept (so line
 * numbers match), everything outside the template emptied, and the template dedented — the
 * schema features expect definitions at the start of a line, while templates are indented with
 * the code around them. Positions convert both ways by each line's removed prefix.
 */
export class InlineGraphqlText {
  readonly text: string;
  private readonly shifts: number[];

  constructor(fileText: string, contentStart: number, contentEnd: number) {
    const lines = fileText.split('\n');
    const startLine = fileText.slice(0, contentStart).split('\n').length - 1;
    const endLine = fileText.slice(0, contentEnd).split('\n').length - 1;
    const firstColumn = contentStart - (fileText.lastIndexOf('\n', contentStart - 1) + 1);
    const lastColumn = contentEnd - (fileText.lastIndexOf('\n', contentEnd - 1) + 1);
    const inner = (line: number) => {
      const text = lines[line].replace(/\r$/, '');
      const from = line === startLine ? firstColumn : 0;
      const to = line === endLine ? lastColumn : text.length;
      return { text: text.slice(from, to), from };
    };
    let indent = Infinity;
    for (let line = startLine + 1; line <= endLine; line++) {
      const { text } = inner(line);
      if (text.trim() !== '') indent = Math.min(indent, /^[ \t]*/.exec(text)![0].length);
    }
    if (!Number.isFinite(indent)) indent = 0;
    this.shifts = lines.map(() => 0);
    const out = lines.map((_, line) => {
      if (line < startLine || line > endLine) return '';
      const { text, from } = inner(line);
      const removed = line === startLine ? 0 : Math.min(indent, /^[ \t]*/.exec(text)![0].length);
      this.shifts[line] = from + removed;
      return text.slice(removed);
    });
    this.text = out.join('\n');
  }

  toInner(position: Position): Position {
    return { line: position.line, character: Math.max(0, position.character - (this.shifts[position.line] ?? 0)) };
  }

  toOuter(position: Position): Position {
    return { line: position.line, character: position.character + (this.shifts[position.line] ?? 0) };
  }

  rangeToOuter(range: Range): Range {
    return { start: this.toOuter(range.start), end: this.toOuter(range.end) };
  }
}
