import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import type { LensDiagnostic, Range } from '../../lens-diagnostic';

/**
 * The parts of reading a YAML document that the `yaml` package does in quadratic time or without a
 * bound, done here in one pass each: finding repeated keys, resolving aliases, and deciding whether
 * building the plain value would expand aliases past reason.
 */

/** A syntax error in the shape of the parser's own (`doc.errors`). */
export interface YamlError {
  code: string;
  message: string;
  pos: [number, number];
}

/**
 * Aliases Lens follows in one file. An Amplify Hosting file uses a handful; past this many the
 * `yaml` package's expansion count (which walks the document for each nested alias) would itself
 * take quadratic time.
 */
export const MAX_ALIASES = 1000;

/**
 * Values the aliases may expand to while the plain value is built (the `yaml` package's
 * `maxAliasCount`): an anchor used a thousand times passes, an alias bomb (a few dozen aliases
 * reaching billions of values) stops here.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Every node in document order (a mapping's key before its value), without recursion. */
export function walkNodes(doc: Document, visit: (node: Node) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const node = item as Node;
    visit(node);
    if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
}

/**
 * Each alias and the node it stands for: the last node with that anchor before it, as YAML reads
 * it (undefined when there is none). The `yaml` package looks this up by walking the whole
 * document for every alias.
 */
export function indexAliases(doc: Document): Map<Alias, Node | undefined> {
  const anchored = new Map<string, Node>();
  const aliases = new Map<Alias, Node | undefined>();
  walkNodes(doc, (node) => {
    if (isAlias(node)) {
      aliases.set(node, anchored.get(node.source));
      return;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchored.set(anchor, node);
  });
  return aliases;
}

/** Repeated keys in any mapping, as the parser reports them with `uniqueKeys` on. */
export function duplicateKeyErrors(doc: Document): YamlError[] {
  const errors: YamlError[] = [];
  walkNodes(doc, (node) => {
    if (!isMap(node)) return;
    // The parser's notion of equal keys: the same scalar value (collections never repeat).
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key)) continue;
      if (seen.has(key.value) && key.range) {
        errors.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range[0], key.range[1]] });
      }
      seen.add(key.value);
    }
  });
  return errors;
}

/** Why the file's value could not be built, on the alias at fault (or the file's start). */
export function aliasProblemDiagnostic(
  uri: string,
  alias: Alias | undefined,
  range: Range | undefined,
  kind: 'unresolved' | 'excessive',
): LensDiagnostic {
  const at = range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (kind === 'unresolved') {
    const name = alias?.source ?? '';
    return {
      uri,
      range: at,
      severity: 'error',
      code: 'yaml-unresolved-alias',
      message:
        `The alias \`*${name}\` refers to no anchor: YAML reads an alias only after a value marked \`&${name}\` earlier in the file. ` +
        `Add \`&${name}\` to the value it should repeat, or write the value out instead of the alias.`,
    };
  }
  return {
    uri,
    range: at,
    severity: 'warning',
    code: 'yaml-alias-limit',
    message:
      `This file's aliases (\`*name\`) are more than ${MAX_ALIASES}, or expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values: past what Amplify Lens follows (a guard against alias bombs), ` +
      'so it was not checked against the schema. Use fewer aliases, or write the repeated values out.',
  };
}
