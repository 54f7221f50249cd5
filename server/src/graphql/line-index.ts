import type { Position } from '../lens-diagnostic';

/**
 * Offset ⇄ line/character conversion for one text (binary search per lookup). The line starts are
 * found on the first lookup: every analysis builds one per changed file, and an analysis that
 * reports nothing in a file never asks.
 */
export class LineIndex {
  private starts?: number[];

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    this.starts ??= findLineStarts(this.text);
    return this.starts;
  }

  positionAt(offset: number): Position {
    const lineStarts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - lineStarts[low] };
  }

  offsetAt(position: Position): number {
    const lineStarts = this.lineStarts;
    if (position.line >= lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = lineStarts[position.line];
    const nextLineStart = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + position.character, nextLineStart));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** Lines end at `\n`, `\r\n` or a lone `\r`. */
function findLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // The usual case: `indexOf` finds line feeds much faster than a loop over every character.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) starts.push(i + 1);
    else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
