/**
 * A JSON value as rows of a pretty-printed tree: one row per line, objects and arrays foldable by
 * their path. Rows keep the list's fixed height, so an expanded message is just more rows.
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

export function jsonTreeLines(value: unknown, folded: ReadonlySet<string>): JsonTreeLine[] {
  const lines: JsonTreeLine[] = [];
  visit(value, '$', 0, undefined, false, folded, lines);
  return lines;
}

function visit(value: unknown, path: string, depth: number, key: string | undefined, comma: boolean, folded: ReadonlySet<string>, out: JsonTreeLine[]): void {
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
  if (folded.has(path)) {
    const count = isArray ? `${entries.length} items` : `${entries.length} keys`;
    out.push({ depth, key, text: `${open} … ${close}  ${count}`, token: 'open', comma, foldPath: path, folded: true });
    return;
  }
  out.push({ depth, key, text: open, token: 'open', comma: false, foldPath: path, folded: false });
  entries.forEach(([childKey, child], index) => {
    const childPath = isArray ? `${path}[${index}]` : `${path}.${childKey}`;
    visit(child, childPath, depth + 1, childKey, index < entries.length - 1, folded, out);
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
