/**
 * A JSON value as rows of a pretty-printed tree: one row per line, objects and arrays foldable by
 * their path. Rows keep the list's fixed height, so an expanded message is just more rows.
 *
 * Depth is bounded: a log line may hold JSON nested thousands of levels deep, and building its rows
 * recursively overflowed the stack on every render — the viewer then showed no new line at all.
 * Past `FOLD_DEPTH` levels below the top (or below a level the user opened further) an object or
 * array starts folded, with "expand further" in its summary; opening it shows the next levels.
 */
export type JsonToken = 'string' | 'number' | 'boolean' | 'null' | 'open' | 'close' | 'text';

export interface JsonTreeLine {
  depth: number;
  key?: string;
  /** The value's text (`"abc"`, `12`, `{`, `}`) or, folded, a summary (`{…} 3 keys`). */
  text: string;
  token: JsonToken;
  comma: boolean;
  /** Set on the opening line of an object or array: the path that folds it. */
  foldPath?: string;
  folded?: boolean;
}

/** Levels shown open at once; deeper objects and arrays start folded. */
export const FOLD_DEPTH = 32;

/**
 * `toggled` holds the paths the user flipped from their default: a shallow object in it is folded,
 * an object at the fold depth in it is open (and the depth counts again from there).
 */
export function jsonTreeLines(value: unknown, toggled: ReadonlySet<string>): JsonTreeLine[] {
  const lines: JsonTreeLine[] = [];
  visit(value, '$', 0, FOLD_DEPTH, undefined, false, toggled, lines);
  return lines;
}

function visit(
  value: unknown,
  path: string,
  depth: number,
  openLevels: number,
  key: string | undefined,
  comma: boolean,
  toggled: ReadonlySet<string>,
  out: JsonTreeLine[],
): void {
  if (value === null || typeof value !== 'object') {
    out.push({ depth, key, text: JSON.stringify(value) ?? 'null', token: scalarToken(value), comma });
    return;
  }
  const isArray = Array.isArray(value);
  const entries: [string | undefined, unknown][] = isArray ? value.map((item) => [undefined, item]) : Object.entries(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    out.push({ depth, key, text: `${open}${close}`, token: 'close', comma });
    return;
  }
  const atFoldDepth = openLevels === 0;
  if (atFoldDepth !== toggled.has(path)) {
    const count = isArray
      ? `${entries.length} ${entries.length === 1 ? 'item' : 'items'}`
      : `${entries.length} ${entries.length === 1 ? 'key' : 'keys'}`;
    out.push({
      depth,
      key,
      text: `${open} … ${close}  ${count}${atFoldDepth ? ' · expand further' : ''}`,
      token: 'open',
      comma,
      foldPath: path,
      folded: true,
    });
    return;
  }
  out.push({ depth, key, text: open, token: 'open', comma: false, foldPath: path, folded: false });
  const childLevels = atFoldDepth ? FOLD_DEPTH - 1 : openLevels - 1;
  entries.forEach(([childKey, child], index) => {
    const childPath = isArray ? `${path}[${index}]` : `${path}.${childKey}`;
    visit(child, childPath, depth + 1, childLevels, childKey, index < entries.length - 1, toggled, out);
  });
  out.push({ depth, text: close, token: 'close', comma });
}

function scalarToken(value: unknown): JsonToken {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}
