import { findNodeAtLocation, getNodeValue, parseTree, type Node as JsonNode, type JSONPath } from 'jsonc-parser';
import { URI } from 'vscode-uri';
import type { LensDiagnostic, Range, Severity } from '../../lens-diagnostic';
import { INPUT_LIMITS } from '../../limits/input-limits';
import { findExcessiveNesting } from 'amplify-lens-model/files';
import { absolutePathOf, type ProjectFiles } from 'amplify-lens-model/files';

export type { JsonNode };

/** A JSON file of the project with its syntax tree, so findings can point into the raw text. */
export class JsonDocument {
  private lineStarts: number[] | undefined;

  constructor(
    readonly relativePath: string,
    readonly uri: string,
    readonly text: string,
    readonly root: JsonNode | undefined,
  ) {}

  /** The plain value (undefined when the file does not parse to anything). */
  get value(): unknown {
    return this.root ? getNodeValue(this.root) : undefined;
  }

  node(path: JSONPath): JsonNode | undefined {
    return this.root ? findNodeAtLocation(this.root, path) : undefined;
  }

  /** The key of the property at `path` (`"name"` with its quotes), for findings about the entry as a whole. */
  keyNode(path: JSONPath): JsonNode | undefined {
    const value = this.node(path);
    return value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  }

  rangeOf(node: JsonNode): Range {
    return { start: this.positionAt(node.offset), end: this.positionAt(node.offset + node.length) };
  }

  positionAt(offset: number): Range['start'] {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - starts[low] };
  }

  /** The range of the root value's opening character: where a finding about the whole file goes. */
  topRange(): Range {
    const offset = this.root?.offset ?? 0;
    return { start: this.positionAt(offset), end: this.positionAt(Math.min(offset + 1, this.text.length)) };
  }

  diagnostic(node: JsonNode | undefined, severity: Severity, code: string, message: string): LensDiagnostic {
    return { uri: this.uri, range: node ? this.rangeOf(node) : this.topRange(), severity, code, message };
  }
}

export function fileUri(files: ProjectFiles, relativePath: string): string {
  return URI.file(absolutePathOf(files, relativePath)).toString();
}

/**
 * Reads and parses a JSON file; undefined when it is missing or has no value at all, or nests
 * past Lens' limit (the parser recurses per level; the file's own check reports the limit).
 */
export async function readJsonDocument(files: ProjectFiles, relativePath: string): Promise<JsonDocument | undefined> {
  const text = await files.readText(relativePath);
  if (text === undefined || text.length > INPUT_LIMITS.jsonConfigLength) return undefined;
  if (findExcessiveNesting(text, 'json', INPUT_LIMITS.nestingDepth) !== -1) return undefined;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  return new JsonDocument(relativePath, fileUri(files, relativePath), text, root);
}

/** The properties of an object node, as [key, value node, key node]. */
export function objectEntries(node: JsonNode | undefined): [string, JsonNode, JsonNode][] {
  if (node?.type !== 'object') return [];
  const entries: [string, JsonNode, JsonNode][] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string' && value) entries.push([String(key.value), value, key]);
  }
  return entries;
}

export function arrayItems(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** The value node of `key` in an object node. */
export function propertyValue(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return objectEntries(node).find(([name]) => name === key)?.[1];
}

export function stringValue(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' ? String(node.value) : undefined;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}
