import { isCollection, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import { compareDiagnostics, type LensDiagnostic, type Position } from '../../lens-diagnostic';
import { validatorFor, yamlConfigSchema, YAML_CONFIG_FILE_NAMES, type YamlConfigKind } from './yaml-config-schemas';
import { keyName, YamlConfigDocument } from './yaml-config-document';
import { cursorContextAt } from './yaml-cursor-context';
import { schemaErrorDiagnostics } from './yaml-schema-diagnostics';
import {
  descriptionOf,
  enumOf,
  propertyNamesOf,
  resolveSchema,
  schemaAt,
  typesOf,
  type SchemaNode,
  type SchemaPathSegment,
} from './yaml-schema-navigation';

export type { YamlConfigKind } from './yaml-config-schemas';

/**
 * Diagnostics for an Amplify Hosting YAML file: syntax errors where the parser stopped, otherwise
 * the schema's findings on the exact key or value. Schema checks wait for valid syntax, so one
 * typo does not cascade into findings about a half-read file; an empty file gets none.
 */
export function validateYamlConfig(kind: YamlConfigKind, uri: string, text: string): LensDiagnostic[] {
  const document = new YamlConfigDocument(uri, text);
  if (document.hasSyntaxErrors) return document.syntaxDiagnostics();
  const read = document.value();
  if (read.problem) return [read.problem];
  const value = read.value;
  if (value === null || value === undefined) return [];
  const schema = yamlConfigSchema(kind);
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  return schemaErrorDiagnostics(document, schema, validate.errors ?? []).sort(compareDiagnostics);
}

/** Keys the schema allows in the mapping at the cursor and not yet there; allowed values after `key: `. */
export function completeYamlConfig(kind: YamlConfigKind, uri: string, text: string, position: Position): CompletionItem[] {
  const document = new YamlConfigDocument(uri, text);
  const offset = document.offsetAt(position);
  const context = cursorContextAt(text, offset);
  if (!context) return [];
  const schema = yamlConfigSchema(kind);
  const mapping = schemaAt(schema, context.mappingPath);
  if (!mapping) return [];
  const range = document.rangeOfOffsets(context.wordStart, context.wordEnd);

  if (context.kind === 'value') {
    const site = context.key === undefined ? undefined : schemaAt(schema, [...context.mappingPath, context.key]);
    if (!site) return [];
    return valuesOf(schema, site).map((value, index) => ({
      label: value,
      kind: CompletionItemKind.Value,
      sortText: String(index).padStart(3, '0'),
      textEdit: { range, newText: value },
    }));
  }

  const resolved = resolveSchema(schema, mapping);
  return propertyNamesOf(schema, mapping)
    .filter((name) => !context.presentKeys.has(name))
    .map((name, index) => {
      const site = resolved.properties?.[name] as SchemaNode;
      const types = typesOf(schema, site);
      const isCollectionValue = types.includes('object') || types.includes('array');
      const description = descriptionOf(schema, site);
      const required = (resolved.required ?? []).includes(name);
      return {
        label: name,
        kind: CompletionItemKind.Property,
        detail: `${YAML_CONFIG_FILE_NAMES[kind]}${required ? ' · required' : ''}`,
        ...(description ? { documentation: { kind: MarkupKind.Markdown, value: description } } : {}),
        sortText: `${required ? 0 : 1}${String(index).padStart(3, '0')}`,
        textEdit: { range, newText: isCollectionValue ? `${name}:` : `${name}: ` },
      };
    });
}

/** The schema's description of the key under the cursor (or of the key whose value is under it). */
export function hoverYamlConfig(kind: YamlConfigKind, uri: string, text: string, position: Position): Hover | null {
  const document = new YamlConfigDocument(uri, text);
  const offset = document.offsetAt(position);
  const found = pairAt(document, document.root(), offset, []);
  if (!found) return null;
  const schema = yamlConfigSchema(kind);
  const site = schemaAt(schema, found.path);
  const description = site ? descriptionOf(schema, site) : undefined;
  const keyRange = document.rangeOf(found.pair.key);
  if (!description || !keyRange) return null;
  const name = found.path[found.path.length - 1];
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${name}** (${YAML_CONFIG_FILE_NAMES[kind]})\n\n${description}` },
    range: keyRange,
  };
}

function valuesOf(schema: SchemaNode, site: SchemaNode): string[] {
  const values = new Set<string>();
  for (const value of enumOf(schema, site) ?? []) values.add(String(value));
  for (const value of resolveSchema(schema, site).examples ?? []) {
    if (typeof value !== 'object') values.add(String(value));
  }
  if (typesOf(schema, site).includes('boolean') && values.size === 0) {
    values.add('true');
    values.add('false');
  }
  return [...values];
}

interface PairAtCursor {
  pair: Pair<Node, Node | null>;
  path: SchemaPathSegment[];
}

/** The innermost pair whose key, or scalar value, holds the offset; with its path from the root. */
function pairAt(document: YamlConfigDocument, node: Node | null, offset: number, path: SchemaPathSegment[]): PairAtCursor | undefined {
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const name = keyName(pair);
      if (name === undefined) continue;
      const value = document.resolve(pair.value);
      if (covers(pair.key, offset) || (isScalar(value) && value === pair.value && covers(value, offset))) {
        return { pair, path: [...path, name] };
      }
      if (isCollection(value) && value === pair.value && covers(value, offset)) {
        return pairAt(document, value, offset, [...path, name]);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items as Node[]) {
      if (isCollection(item) && covers(item, offset)) return pairAt(document, item, offset, [...path, 0]);
    }
  }
  return undefined;
}

function covers(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && range[0] <= offset && offset <= range[1];
}
