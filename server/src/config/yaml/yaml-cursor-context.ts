import { appendAll } from '../../collections/append-all';

/**
 * Where the cursor is in a block-style YAML file, read from indentation rather than from the parse
 * tree: while a key is being typed the file is usually incomplete (`phases:` with nothing under
 * it, a lone `- `), and the indentation still says which mapping the new key belongs to.
 */
export interface CursorContext {
  /** The path of the mapping the cursor is in: keys, and 0 for "an item of this sequence". */
  mappingPath: (string | number)[];
  /** Typing a key, or the value after `key: `. */
  kind: 'key' | 'value';
  /** For value completion: the key whose value is being typed. */
  key?: string;
  /** The partial word before the cursor, as offsets into the text, to be replaced by the completion. */
  wordStart: number;
  wordEnd: number;
  /** Keys the mapping already has (other lines than the cursor's). */
  presentKeys: Set<string>;
}

interface LineShape {
  blank: boolean;
  /** Column of the first character of the line's content. */
  indent: number;
  /** Columns of the `- ` indicators at the start of the line. */
  dashColumns: number[];
  /** Column where the mapping content starts (after the dashes). */
  contentColumn: number;
  /** True when nothing follows the dashes: a `-` whose item starts on the next line. */
  bareDash?: boolean;
  key?: string;
  /** The text after `key:`, comments removed. */
  valueText?: string;
}

const KEY_PATTERN = /^(?:'([^']*)'|"([^"]*)"|([^\s:#'"][^:#]*?))\s*:(?:\s+(.*))?$/;

function shapeOf(line: string): LineShape {
  const indent = line.length - line.trimStart().length;
  const body = line.slice(indent);
  if (body === '' || body.startsWith('#')) return { blank: true, indent, dashColumns: [], contentColumn: indent };
  const dashColumns: number[] = [];
  let column = indent;
  let rest = body;
  for (let match = /^-(\s+|$)/.exec(rest); match; match = /^-(\s+|$)/.exec(rest)) {
    dashColumns.push(column);
    column += match[0].length;
    rest = rest.slice(match[0].length);
  }
  const content = rest.replace(/(^|\s+)#.*$/, '');
  const keyMatch = KEY_PATTERN.exec(content);
  if (!keyMatch) return { blank: false, indent, dashColumns, contentColumn: column, bareDash: dashColumns.length > 0 && content.trim() === '' };
  const key = keyMatch[1] ?? keyMatch[2] ?? keyMatch[3];
  return { blank: false, indent, dashColumns, contentColumn: column, key, valueText: (keyMatch[4] ?? '').trim() };
}

/** A value that opens nothing on its line: what a parent key of deeper lines looks like. */
function opensBlock(shape: LineShape): boolean {
  const value = shape.valueText ?? '';
  return value === '' || /^[&!][^\s]*$/.test(value);
}

export function cursorContextAt(text: string, offset: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndIndex = text.indexOf('\n', offset);
  const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
  const prefix = text.slice(lineStart, offset).replace(/\r$/, '');
  const lines = text.split(/\r?\n/);
  const cursorLine = text.slice(0, lineStart).split('\n').length - 1;

  const valueMatch = /^(\s*)((?:-\s+)*)(?:'([^']*)'|"([^"]*)"|([^\s:#'"][^:#]*?))\s*:\s+(\S*)$/.exec(prefix);
  const keyMatch = valueMatch ? undefined : /^(\s*)((?:-\s+)*)([^\s:#'"\-][^\s:#]*|)$/.exec(prefix);
  const match = valueMatch ?? keyMatch;
  if (!match) return undefined;
  const typed = valueMatch ? valueMatch[6] : (keyMatch as RegExpExecArray)[3];
  const wordEnd = offset + (/^[^\s:#]*/.exec(text.slice(offset, lineEnd))?.[0].length ?? 0);
  const base = {
    kind: valueMatch ? ('value' as const) : ('key' as const),
    key: valueMatch ? (valueMatch[3] ?? valueMatch[4] ?? valueMatch[5]) : undefined,
    wordStart: offset - typed.length,
    wordEnd: valueMatch ? lineEnd - trailingSpace(text.slice(offset, lineEnd)) : wordEnd,
  };

  const indent = match[1].length;
  const dashes = match[2];
  const column = indent + dashes.length;
  const inner: (string | number)[] = [];
  const presentKeys = new Set<string>();
  let mode: 'mapping' | 'sequence' = 'mapping';
  let target = column;
  if (dashes !== '') {
    // A new item: the mapping starts on this line, so nothing above belongs to it.
    appendAll(
      inner,
      dashes
        .split(/\s+/)
        .filter(Boolean)
        .map(() => 0),
    );
    mode = 'sequence';
    target = indent;
  }
  let collectingSiblings = mode === 'mapping';

  for (let i = cursorLine - 1; i >= 0; i--) {
    const shape = shapeOf(lines[i]);
    if (shape.blank) continue;
    const hasDash = shape.dashColumns.length > 0;
    if (mode === 'mapping') {
      if (hasDash) {
        const lastDash = shape.dashColumns[shape.dashColumns.length - 1];
        if (shape.contentColumn === target || (shape.bareDash && lastDash < target)) {
          if (collectingSiblings && shape.key !== undefined) presentKeys.add(shape.key);
          appendAll(
            inner,
            shape.dashColumns.map(() => 0),
          );
          mode = 'sequence';
          target = shape.dashColumns[0];
          collectingSiblings = false;
        } else if (shape.contentColumn < target && shape.key !== undefined && opensBlock(shape)) {
          inner.push(shape.key, ...shape.dashColumns.map(() => 0));
          mode = 'sequence';
          target = shape.dashColumns[0];
          collectingSiblings = false;
        } else if (lastDash < target) {
          return undefined;
        }
        continue;
      }
      if (shape.indent > target) continue;
      if (shape.indent === target) {
        if (collectingSiblings && shape.key !== undefined) presentKeys.add(shape.key);
        continue;
      }
      if (shape.key === undefined || !opensBlock(shape)) return undefined;
      inner.push(shape.key);
      target = shape.indent;
      collectingSiblings = false;
      continue;
    }
    // Sequence mode: looking for the key that holds the sequence whose dashes sit at `target`.
    if (hasDash) {
      if (shape.dashColumns[0] >= target) continue;
      if (shape.key !== undefined && shape.contentColumn <= target && opensBlock(shape)) {
        inner.push(shape.key, ...shape.dashColumns.map(() => 0));
        target = shape.dashColumns[0];
        continue;
      }
      return undefined;
    }
    if (shape.indent > target) continue;
    if (shape.key === undefined || !opensBlock(shape)) return undefined;
    inner.push(shape.key);
    mode = 'mapping';
    target = shape.indent;
  }
  if (mode === 'sequence') return undefined;

  // Siblings below the cursor, until the mapping ends.
  for (let i = cursorLine + 1; i < lines.length; i++) {
    const shape = shapeOf(lines[i]);
    if (shape.blank) continue;
    if (shape.dashColumns.length > 0 ? shape.dashColumns[0] < column : shape.indent < column) break;
    if (shape.dashColumns.length === 0 && shape.indent === column && shape.key !== undefined) presentKeys.add(shape.key);
  }
  return { ...base, mappingPath: inner.reverse(), presentKeys };
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
