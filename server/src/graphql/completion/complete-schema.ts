import type { CompletionItem } from 'vscode-languageserver-types';
import type { AnalyzedSchema } from '../analyze-schema';
import type { Position } from '../../lens-diagnostic';
import { completionSite } from './completion-context';
import type { CompletionRequest } from './completion-request';
import { argumentNameItems, directiveNameItems } from './directive-completions';
import { namedReferenceItems } from './field-reference-completions';
import { enumValueItems, objectKeyItems } from './input-value-completions';
import { schemaIndexOf } from '../syntax/schema-index';
import { interfaceNameItems, typeNameItems } from './type-name-completions';

/**
 * Completions at `position` in schema file `uri`, aware of Amplify's directives and their arguments.
 * Works from the file's text rather than its AST, so it also completes text that does not parse yet.
 */
export function completeSchema(analysis: AnalyzedSchema, uri: string, position: Position): CompletionItem[] {
  const file = analysis.files.find((candidate) => candidate.uri === uri);
  if (!file) return [];
  const index = schemaIndexOf(analysis);
  const outline = index.outlineOf(uri)!;
  const site = completionSite(outline, file.lineIndex.offsetAt(position));
  if (!site) return [];
  const request: CompletionRequest = { site, settings: analysis.settings, index, lineIndex: file.lineIndex, text: file.text };
  const { context } = site;
  switch (context.kind) {
    case 'directive-name':
      return directiveNameItems(request, context.location, context.applied);
    case 'argument-name':
      return argumentNameItems(request, context.directive, context.frame);
    case 'object-key':
      return objectKeyItems(request, context.directive, context.frame);
    case 'value':
      return (
        namedReferenceItems(request, context.directive, context.path, site.state) ??
        enumValueItems(request, context.directive, context.path, site.state)
      );
    case 'type':
      return typeNameItems(request, context.input);
    case 'interface':
      return interfaceNameItems(request);
    default:
      return [];
  }
}
