import { getNamedType, isEnumType, isInputObjectType } from 'graphql';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { AnalyzedSchema } from '../analyze-schema';
import type { ApiSettings } from '../api-settings';
import { schemaIndexOf, type SchemaIndex } from '../syntax/schema-index';
import { findAmplifyDirective, inputTypeAtPath } from '../docs/directive-schema';
import {
  argumentMarkdown,
  directiveDoc,
  directiveMarkdown,
  enumValueDoc,
  enumValueMarkdown,
  inputFieldMarkdown,
  scalarMarkdown,
} from '../docs/docs-markdown';
import type { Position } from '../../lens-diagnostic';
import { transformerVersionMarkdown } from '../transformer-version/transformer-version-lens';
import { hoverTargetAt, type HoverTarget } from './hover-target';

/** Hover documentation for directives, their arguments, AWS scalars and the user's types. */
export function hoverSchema(analysis: AnalyzedSchema, uri: string, position: Position): Hover | null {
  const file = analysis.files.find((candidate) => candidate.uri === uri);
  if (!file) return null;
  const index = schemaIndexOf(analysis);
  const target = hoverTargetAt(index.outlineOf(uri)!, file.lineIndex.offsetAt(position));
  const markdown = target && hoverMarkdown(target, analysis.settings, index, uri);
  // The first line of a Gen 1 schema file also tells which transformer checks it, and why.
  const version = position.line === 0 ? transformerVersionMarkdown(analysis.settings) : undefined;
  if (!target || !markdown) {
    if (!version) return null;
    const lineEnd = file.lineIndex.positionAt(firstLineLength(file.text));
    return { contents: { kind: MarkupKind.Markdown, value: version }, range: { start: { line: 0, character: 0 }, end: lineEnd } };
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: version ? `${markdown}\n\n---\n\n${version}` : markdown },
    range: { start: file.lineIndex.positionAt(target.start), end: file.lineIndex.positionAt(target.end) },
  };
}

function firstLineLength(text: string): number {
  const newline = text.indexOf('\n');
  const end = newline === -1 ? text.length : newline;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

function hoverMarkdown(target: HoverTarget, settings: ApiSettings, index: SchemaIndex, uri: string): string | undefined {
  if (target.kind === 'type') return scalarMarkdown(target.name) ?? userTypeMarkdown(target.name, index, uri);
  const directive = findAmplifyDirective(target.directive, settings);
  if (!directive) return undefined;
  switch (target.kind) {
    case 'directive':
      return directiveMarkdown(directive);
    case 'argument': {
      const argument = directive.args.find((candidate) => candidate.name === target.argument);
      return argument && argumentMarkdown(directive, argument);
    }
    case 'input-field': {
      const parent = getNamedType(inputTypeAtPath(directive, target.path.slice(0, -1)));
      const field = isInputObjectType(parent) ? parent.getFields()[target.path[target.path.length - 1]] : undefined;
      return field && inputFieldMarkdown(parent!.name, field, directiveDoc(directive.name)?.link);
    }
    case 'enum-value': {
      const type = getNamedType(inputTypeAtPath(directive, target.path));
      if (!isEnumType(type) || !type.getValue(target.value) || !enumValueDoc(type.name, target.value)) return undefined;
      return enumValueMarkdown(type.name, target.value, directiveDoc(directive.name)?.link);
    }
  }
}

/** The type's definition as written (cut when long), and where it lives when in another file. */
function userTypeMarkdown(name: string, index: SchemaIndex, uri: string): string | undefined {
  const source = index.definitionText(name);
  const found = index.definition(name);
  if (!source || !found) return undefined;
  const where = found.uri === uri ? '' : `\n\nDefined in \`${decodeURIComponent(found.uri.slice(found.uri.lastIndexOf('/') + 1))}\``;
  return '```graphql\n' + source + '\n```' + where;
}
