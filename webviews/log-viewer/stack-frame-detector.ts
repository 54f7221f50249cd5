/**
 * Finds stack frames in a line of text: Node's `at fn (/var/task/index.js:12:5)`, Python's
 * `File "/var/task/app.py", line 8`, and a plain `src/handler.ts:40:3`. Frames into layers
 * (`/opt/…`), Lambda's runtime (`/var/runtime/…`, `/var/lang/…`), Node's internals and
 * node_modules are not the project's sources and stay text.
 *
 * Log lines are whatever a function printed, so the scan is linear and bounded: a regular
 * expression for `path:line` backtracked over every way to split a 100 KB run of `a/a/a/…` into
 * folders, for every position, on every render. Here each `:` is looked at once and its path is
 * read backwards from it, never past the previous `:`; and lines longer than any stack frame line
 * are not scanned at all.
 */
export interface FoundFrame {
  /** Offsets in the text of the part that becomes the link. */
  start: number;
  end: number;
  path: string;
  line: number;
  column?: number;
}

/** Longer lines are data (a serialized payload), not a stack trace; their text stays plain. */
export const MAX_SCANNED_LINE_LENGTH = 4096;

const PYTHON_FRAME = 'File "';

export function findFrames(text: string): FoundFrame[] {
  // Cheap test first: most lines hold neither form.
  if (text.length > MAX_SCANNED_LINE_LENGTH || (!text.includes(':') && !text.includes(PYTHON_FRAME))) return [];
  const frames: FoundFrame[] = [];
  // Where the search goes on from, and where the last frame (kept or not) ended: a path never
  // reaches back into it.
  let from = 0;
  let taken = 0;
  let python = text.indexOf(PYTHON_FRAME);
  for (;;) {
    if (python !== -1 && python < from) python = text.indexOf(PYTHON_FRAME, from);
    const colon = text.indexOf(':', from);
    if (python === -1 && colon === -1) break;
    const pythonFirst = python !== -1 && (colon === -1 || python < colon);
    const found = pythonFirst ? pythonFrameAt(text, python) : pathFrameAt(text, colon, taken);
    if (!found) {
      from = (pythonFirst ? python : colon) + 1;
      continue;
    }
    if (isProjectPath(found.path) && found.line > 0) frames.push(found);
    from = taken = found.end;
  }
  return frames;
}

/** `File "<path>", line <n>` at `start`. */
function pythonFrameAt(text: string, start: number): FoundFrame | undefined {
  const pathStart = start + PYTHON_FRAME.length;
  // Paths are short: an unclosed quote is not looked for through the rest of the line.
  const quote = pathStart + text.slice(pathStart, pathStart + 1024).indexOf('"');
  if (quote <= pathStart) return undefined;
  if (!text.startsWith(', line ', quote + 1)) return undefined;
  const digitsEnd = digitsFrom(text, quote + 8);
  if (digitsEnd === quote + 8) return undefined;
  return { start, end: digitsEnd, path: text.slice(pathStart, quote), line: Number(text.slice(quote + 8, digitsEnd)) };
}

/**
 * `<path>.<ext>:<line>[:<column>]` whose first `:` is at `colon`. The path is read backwards over
 * name characters and `/` — so never past the previous `:` — nor past `floor`, with a drive letter
 * (`C:`) right before it.
 */
function pathFrameAt(text: string, colon: number, floor: number): FoundFrame | undefined {
  const lineEnd = digitsFrom(text, colon + 1);
  if (lineEnd === colon + 1) return undefined;
  let end = lineEnd;
  let column: number | undefined;
  if (text[lineEnd] === ':') {
    const columnEnd = digitsFrom(text, lineEnd + 1);
    if (columnEnd > lineEnd + 1) {
      column = Number(text.slice(lineEnd + 1, columnEnd));
      end = columnEnd;
    }
  }
  let start = colon;
  while (start > floor && isPathChar(text.charCodeAt(start - 1))) start--;
  const drive = start - 2 >= floor && text[start - 1] === ':' && isLetter(text.charCodeAt(start - 2));
  const path = trimToPath(text.slice(drive ? start - 2 : start, colon));
  if (path === undefined) return undefined;
  return { start: colon - path.length, end, path, line: Number(text.slice(colon + 1, lineEnd)), ...(column === undefined ? {} : { column }) };
}

function digitsFrom(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end;
}

/**
 * The longest suffix of `candidate` (name characters and `/`, perhaps after a drive letter) that
 * reads as a source path: a file name with an extension of one to five letters after folders of
 * name characters, with an optional leading `/` and drive letter. One pass over the segments.
 */
function trimToPath(candidate: string): string | undefined {
  const drive = /^[A-Za-z]:/.test(candidate) ? candidate.slice(0, 2) : '';
  const segments = candidate.slice(drive.length).split('/');
  const file = segments.pop()!;
  const dot = file.lastIndexOf('.');
  if (dot <= 0 || !/^[A-Za-z]{1,5}$/.test(file.slice(dot + 1))) return undefined;
  let kept = 0;
  while (kept < segments.length && segments[segments.length - 1 - kept] !== '') kept++;
  const folders = segments.slice(segments.length - kept);
  // An empty segment before the folders is a `/`: the path's root (or the second of `//`).
  const rooted = kept < segments.length;
  const path = `${rooted ? '/' : ''}${folders.map((folder) => `${folder}/`).join('')}${file}`;
  return kept === segments.length || (rooted && kept === segments.length - 1) ? `${drive}${path}` : path;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isPathChar(code: number): boolean {
  return isNameChar(code) || code === 47; /* / */
}

/** `[\w@.+-]`. */
function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 /* _ */ ||
    code === 64 /* @ */ ||
    code === 46 /* . */ ||
    code === 43 /* + */ ||
    code === 45 /* - */
  );
}

function isProjectPath(path: string): boolean {
  if (path.startsWith('/opt/') || path.startsWith('/var/runtime/') || path.startsWith('/var/lang/')) return false;
  if (path.startsWith('node:') || path.includes('node_modules/')) return false;
  if (path.startsWith('internal/')) return false;
  // A plain `name.ext:12` with no folder is also what `host:port` and times look like; a frame
  // without a folder must at least carry a source extension.
  if (!path.includes('/')) return /\.(m?[jt]sx?|cjs|cts|py|rb|go|java|cs)$/.test(path);
  return true;
}
