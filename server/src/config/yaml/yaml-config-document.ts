import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { LineIndex } from '../../graphql/line-index';
import type { LensDiagnostic, Position, Range } from '../../lens-diagnostic';
import { INPUT_LIMITS, inputLimitDiagnostic, TOO_DEEP_CODE } from '../../limits/input-limits';
import {
  aliasProblemDiagnostic,
  duplicateKeyErrors,
  indexAliases,
  MAX_ALIAS_EXPANSION,
  MAX_ALIASES,
  type YamlError,
} from './yaml-document-bounds';

/** A path into the parsed value: mapping keys and sequence indexes, as Ajv's `instancePath` names them. */
export type ValuePath = (string | number)[];

/** What a path leads to in the YAML tree: the value node and, when it sits in a mapping, its pair. */
export interface LocatedValue {
  node: Node | null;
  pair?: Pair<Node, Node | null>;
}

/** The plain value the build reads, or why it cannot be had (an alias to nothing, too many alias expansions). */
export type YamlValue = { value: unknown; problem?: undefined } | { value?: undefined; problem: LensDiagnostic };

/**
 * One parsed YAML configuration file: the `yaml` package's document with source ranges, plus the
 * conversions between its offsets and LSP positions. Aliases are followed, so a finding inside an
 * anchored block points at the anchor's text.
 *
 * Bounded for untrusted files: a text past the size or nesting limits is not parsed (it reads as
 * one syntax error saying why), repeated keys are found in one pass (the parser's own check
 * compares every pair of keys: 20,000 keys took over a minute), aliases are resolved from one
 * index, and the value is built with a cap on alias expansion (alias bombs).
 */
export class YamlConfigDocument {
  readonly doc: Document.Parsed;
  readonly lines: LineIndex;
  /** Why the text was not parsed (too large or too deep), as the one diagnostic it gets. */
  private readonly unread: LensDiagnostic | undefined;
  private readonly errors: YamlError[];
  private readonly aliases: Map<Alias, Node | undefined>;
  private readonly pairIndexes = new WeakMap<YAMLMap, Map<string, Pair<Node, Node | null>>>();

  constructor(
    readonly uri: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    let unread = inputLimitDiagnostic(uri, text, 'yaml', INPUT_LIMITS.yamlConfigLength, 'Amplify Hosting YAML files');
    let doc: Document.Parsed | undefined;
    if (!unread) {
      try {
        doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
      } catch (error) {
        // Block nesting by indentation is not seen by the bracket scan; the parser recurses on it.
        if (!(error instanceof RangeError)) throw error;
        unread = this.tooDeepAtStart();
      }
    }
    this.unread = unread;
    this.doc = doc ?? parseDocument('');
    this.errors = unread ? [] : [...this.doc.errors, ...duplicateKeyErrors(this.doc)].sort((a, b) => a.pos[0] - b.pos[0]);
    this.aliases = unread ? new Map() : indexAliases(this.doc);
  }

  get hasSyntaxErrors(): boolean {
    return this.unread !== undefined || this.errors.length > 0;
  }

  /** The plain value the build reads (null for an empty or comment-only file). */
  value(): YamlValue {
    const unresolved = [...this.aliases].find(([, target]) => target === undefined)?.[0];
    if (unresolved) return { problem: aliasProblemDiagnostic(this.uri, unresolved, this.rangeOf(unresolved), 'unresolved') };
    const first = this.aliases.keys().next().value;
    // Past this many aliases the package's own expansion count would take quadratic time to reach.
    if (this.aliases.size <= MAX_ALIASES) {
      try {
        return { value: this.doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }) };
      } catch (error) {
        // ReferenceError: "Excessive alias count"; RangeError: a value nested too deep to build.
        if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
      }
    }
    return { problem: aliasProblemDiagnostic(this.uri, first, first && this.rangeOf(first), 'excessive') };
  }

  root(): Node | null {
    return this.resolve(this.doc.contents);
  }

  resolve(node: unknown): Node | null {
    if (isAlias(node)) return this.aliases.get(node) ?? null;
    return (node as Node | null) ?? null;
  }

  /** The pair of `key` in a mapping (the last one, as in the value the build reads), from an index built once per mapping. */
  pairNamed(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
    let index = this.pairIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items as Pair<Node, Node | null>[]) {
        const name = keyName(pair);
        if (name !== undefined) index.set(name, pair);
      }
      this.pairIndexes.set(map, index);
    }
    return index.get(key);
  }

  /** Follows an Ajv-style path from the root; undefined when the tree does not have it. */
  locate(path: ValuePath): LocatedValue | undefined {
    let located: LocatedValue = { node: this.root() };
    for (const segment of path) {
      const node = located.node;
      if (isMap(node)) {
        const pair = this.pairNamed(node, String(segment));
        if (!pair) return undefined;
        located = { node: this.resolve(pair.value), pair };
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) return undefined;
        located = { node: this.resolve(isPair(item) ? item.value : item) };
      } else {
        return undefined;
      }
    }
    return located;
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  rangeOfOffsets(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /**
   * The range of a node's own text: a scalar's characters, or a collection from its first to its last
   * character (trailing comments and blank lines excluded). Undefined for an empty value with no text.
   */
  rangeOf(node: Node | null | undefined): Range | undefined {
    if (!node?.range) return undefined;
    const [start, valueEnd] = node.range;
    if (valueEnd <= start) return undefined;
    return this.rangeOfOffsets(start, trimEnd(this.text, start, valueEnd));
  }

  /** The source text of a node, as written (quotes included). */
  sourceOf(node: Node): string {
    const [start, valueEnd] = node.range ?? [0, 0];
    return this.text.slice(start, trimEnd(this.text, start, valueEnd));
  }

  private tooDeepAtStart(): LensDiagnostic {
    return {
      uri: this.uri,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'warning',
      code: TOO_DEEP_CODE,
      message: 'This file nests deeper than Amplify Lens reads, so it was not checked. Remove the extra levels of nesting.',
    };
  }

  /**
   * The characters a syntax error is about. An error at the very end (an unclosed `[`) moves back to
   * the last character written; a repeated key spans the whole key rather than its first letter.
   */
  private errorSpan(code: string, [start, end]: [number, number]): [number, number] {
    const lastWritten = trimEnd(this.text, 0, this.text.length);
    if (start >= lastWritten && lastWritten > 0) return [lastWritten - 1, lastWritten];
    if (code === 'DUPLICATE_KEY') {
      const lineEnd = this.text.indexOf('\n', start);
      const line = this.text.slice(start, lineEnd === -1 ? this.text.length : lineEnd);
      const colon = line.search(/:(\s|$)/);
      if (colon > 0) return [start, trimEnd(this.text, start, start + colon)];
    }
    return [start, Math.max(end, Math.min(start + 1, this.text.length))];
  }

  /** Syntax errors as diagnostics at the parser's position, with a remedy for the common ones. */
  syntaxDiagnostics(): LensDiagnostic[] {
    if (this.unread) return [this.unread];
    return this.errors.map((error) => {
      const [start, end] = this.errorSpan(error.code, error.pos);
      const range = this.rangeOfOffsets(start, end);
      return {
        uri: this.uri,
        range,
        severity: 'error',
        code: 'yaml-syntax',
        message: syntaxMessage(error.code, error.message.replace(/\s+at line \d+, column \d+.*$/s, '')),
      };
    });
  }
}

export function keyName(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  if (key === null || key === undefined || isCollection(key)) return undefined;
  return String(key);
}

function trimEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last;
}

const SYNTAX_REMEDIES: Record<string, string> = {
  DUPLICATE_KEY: 'Remove the repeated key or merge the two entries.',
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Align the line with its siblings, and close any open `[` or `{`.',
  MULTIPLE_DOCS: 'Keep a single document: remove the `---` separator and what follows, or merge it.',
  MISSING_CHAR: 'Add the missing character.',
  BLOCK_AS_IMPLICIT_KEY: 'Put the nested mapping on its own, more indented lines, or quote the value.',
  MULTILINE_IMPLICIT_KEY: 'Write the key on a single line, or quote a value that contains `: `.',
};

function syntaxMessage(code: string, parserMessage: string): string {
  const remedy = SYNTAX_REMEDIES[code] ?? 'Fix the YAML so Amplify Hosting can read the file.';
  return `YAML syntax error: ${parserMessage.replace(/\.$/, '')}. ${remedy}`;
}
