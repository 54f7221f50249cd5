/**
 * Finds stack frames in a line of text: Node's `at fn (/var/task/index.js:12:5)`, Python's
 * `File "/var/task/app.py", line 8`, and a plain `src/handler.ts:40:3`. Frames into layers
 * (`/opt/…`), Lambda's runtime (`/var/runtime/…`, `/var/lang/…`), Node's internals and
 * node_modules are not the project's sources and stay text.
 */
export interface FoundFrame {
  /** Offsets in the text of the part that becomes the link. */
  start: number;
  end: number;
  path: string;
  line: number;
  column?: number;
}

// One alternation, so frames come out in text order: Python's form, then path:line[:col].
const FRAME = /File "([^"]+)", line (\d+)|((?:[A-Za-z]:)?(?:\/|\.{0,2}\/?)?(?:[\w@.+-]+\/)*[\w@.+-]+\.[A-Za-z]{1,5}):(\d+)(?::(\d+))?/g;

export function findFrames(text: string): FoundFrame[] {
  // Cheap test first: most lines hold neither form.
  if (!text.includes(':') && !text.includes('File "')) return [];
  const frames: FoundFrame[] = [];
  for (const match of text.matchAll(FRAME)) {
    const path = match[1] ?? match[3];
    const line = Number(match[2] ?? match[4]);
    if (!isProjectPath(path) || !(line > 0)) continue;
    const column = match[5] === undefined ? undefined : Number(match[5]);
    frames.push({ start: match.index, end: match.index + match[0].length, path, line, column });
  }
  return frames;
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
