/**
 * A small document-layout algebra in the spirit of Wadler's "prettier printer" (and of Prettier's
 * own doc builders, whose GraphQL output users already know): a group prints on one line when it
 * fits the width, otherwise its lines break. Layout decisions depend only on the doc, never on
 * the original text's layout, which is what makes formatting idempotent.
 */
export type Doc = string | readonly Doc[] | DocCommand;

type DocCommand =
  | { kind: 'line'; hard: boolean; soft: boolean }
  /** A line break only when the current line already holds text (before a comment on its own line). */
  | { kind: 'freshLine' }
  /** Nothing more may follow on this line (after a comment): the next text starts a new line. */
  | { kind: 'lineEnd' }
  | { kind: 'group'; contents: Doc; shouldBreak: boolean }
  | { kind: 'indent'; contents: Doc }
  | { kind: 'ifBreak'; broken: Doc; flat: Doc }
  /** Text deferred to the end of the line (a trailing `# comment`). */
  | { kind: 'lineSuffix'; text: string }
  /** Forces the enclosing groups to break. */
  | { kind: 'breakParent' };

/** A space when flat, a line break when broken. */
export const line: Doc = { kind: 'line', hard: false, soft: false };
/** Nothing when flat, a line break when broken. */
export const softline: Doc = { kind: 'line', hard: false, soft: true };
export const hardline: Doc = { kind: 'line', hard: true, soft: false };
export const freshLine: Doc = { kind: 'freshLine' };
export const lineEnd: Doc = { kind: 'lineEnd' };
export const breakParent: Doc = { kind: 'breakParent' };

export function group(contents: Doc): Doc {
  return { kind: 'group', contents, shouldBreak: false };
}

export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents };
}

export function ifBreak(broken: Doc, flat: Doc): Doc {
  return { kind: 'ifBreak', broken, flat };
}

export function lineSuffix(text: string): Doc {
  return { kind: 'lineSuffix', text };
}

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((doc, index) => (index === 0 ? [doc] : [separator, doc]));
}

export interface LayoutOptions {
  printWidth: number;
  /** One level of indentation: spaces or a tab. */
  indentUnit: string;
  /** Columns one indentation level takes (a tab counts as this many). */
  indentWidth: number;
}

const BREAK = 0;
const FLAT = 1;
type Mode = typeof BREAK | typeof FLAT;
interface Command {
  level: number;
  mode: Mode;
  doc: Doc;
}

/** Lays the doc out into lines (without line terminators). */
export function layoutDoc(root: Doc, options: LayoutOptions): string[] {
  propagateBreaks(root);
  const lines: string[] = [];
  let current = '';
  let suffixes: string[] = [];
  let lineEnded = false;
  const newline = (level: number) => {
    lineEnded = false;
    flushSuffixes();
    lines.push(current.trimEnd());
    current = options.indentUnit.repeat(level);
  };
  // A line-end comment still pending on a fresh line belongs to the line before, where its code is.
  const flushSuffixes = () => {
    if (suffixes.length === 0) return;
    if (current.trim() === '' && lines.length > 0 && lines[lines.length - 1] !== '') lines[lines.length - 1] += suffixes.join('');
    else current += suffixes.join('');
    suffixes = [];
  };
  const commands: Command[] = [{ level: 0, mode: BREAK, doc: root }];
  while (commands.length > 0) {
    const { level, mode, doc } = commands.pop()!;
    if (typeof doc === 'string') {
      if (lineEnded) {
        // Spacing that would follow a comment on its line is dropped; the text moves to the next line.
        if (doc.trim() === '') continue;
        newline(level);
      }
      // Verbatim multi-line text (a block string kept as written) is copied exactly.
      const [first, ...rest] = doc.split('\n');
      current += first;
      for (const part of rest) {
        lines.push(current);
        current = part;
      }
      continue;
    }
    if (isDocArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) commands.push({ level, mode, doc: doc[i] });
      continue;
    }
    switch (doc.kind) {
      case 'indent':
        commands.push({ level: level + 1, mode, doc: doc.contents });
        break;
      case 'group': {
        const flat: Command = { level, mode: FLAT, doc: doc.contents };
        const width = options.printWidth - columnsOf(current, options);
        if (!doc.shouldBreak && (mode === FLAT || fits(flat, commands, width, options))) commands.push(flat);
        else commands.push({ level, mode: BREAK, doc: doc.contents });
        break;
      }
      case 'ifBreak':
        commands.push({ level, mode, doc: mode === BREAK ? doc.broken : doc.flat });
        break;
      case 'lineSuffix':
        suffixes.push(doc.text);
        break;
      case 'breakParent':
        break;
      case 'freshLine':
        flushSuffixes();
        if (current.trim() !== '') newline(level);
        break;
      case 'lineEnd':
        lineEnded = true;
        break;
      case 'line':
        if (mode === FLAT && !doc.hard) current += doc.soft ? '' : ' ';
        else newline(level);
        break;
    }
  }
  flushSuffixes();
  lines.push(current.trimEnd());
  return lines;
}

function isDocArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

function columnsOf(text: string, options: LayoutOptions): number {
  let columns = 0;
  for (const char of text) columns += char === '\t' ? options.indentWidth : 1;
  return columns;
}

/**
 * Whether `next` printed flat fits in `width`, counting what follows it up to the next possible
 * line break (the rest of the line must fit too: `) {` after a directive's arguments).
 */
function fits(next: Command, rest: readonly Command[], width: number, options: LayoutOptions): boolean {
  let restIndex = rest.length;
  const stack: { mode: Mode; doc: Doc }[] = [next];
  let remaining = width;
  while (remaining >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[--restIndex]);
      continue;
    }
    const { mode, doc } = stack.pop()!;
    if (typeof doc === 'string') {
      const newlineAt = doc.indexOf('\n');
      remaining -= columnsOf(newlineAt === -1 ? doc : doc.slice(0, newlineAt), options);
      if (newlineAt !== -1) return remaining >= 0;
      continue;
    }
    if (isDocArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push({ mode, doc: doc[i] });
      continue;
    }
    switch (doc.kind) {
      case 'indent':
        stack.push({ mode, doc: doc.contents });
        break;
      case 'group':
        stack.push({ mode: doc.shouldBreak ? BREAK : mode, doc: doc.contents });
        break;
      case 'ifBreak':
        stack.push({ mode, doc: mode === BREAK ? doc.broken : doc.flat });
        break;
      case 'freshLine':
      case 'lineEnd':
        return true;
      case 'line':
        if (mode === BREAK || doc.hard) return true;
        if (!doc.soft) remaining -= 1;
        break;
      default:
        break;
    }
  }
  return false;
}

/** Marks every group that contains a forced break (hard line, comment, multi-line text) as broken. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === 'string') return doc.includes('\n');
  if (isDocArray(doc)) {
    let forced = false;
    for (const child of doc) forced = propagateBreaks(child) || forced;
    return forced;
  }
  switch (doc.kind) {
    case 'line':
      return doc.hard;
    case 'freshLine':
    case 'lineEnd':
    case 'breakParent':
      return true;
    case 'lineSuffix':
      return false;
    case 'indent':
      return propagateBreaks(doc.contents);
    case 'ifBreak': {
      const broken = propagateBreaks(doc.broken);
      return propagateBreaks(doc.flat) || broken;
    }
    case 'group':
      if (propagateBreaks(doc.contents)) doc.shouldBreak = true;
      return doc.shouldBreak;
  }
}
