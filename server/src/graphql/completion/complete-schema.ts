import type { CompletionItem } from 'vscode-languageserver-types';
import type { AnalyzedSchema } from '../analyze-schema';
import type { Position } from '../lens-diagnostic';

/** Completions at `position` in schema file `uri`, aware of Amplify's directives and their arguments. */
export function completeSchema(_analysis: AnalyzedSchema, _uri: string, _position: Position): CompletionItem[] {
  return [];
}
