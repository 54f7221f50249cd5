import type { Hover } from 'vscode-languageserver-types';
import type { AnalyzedSchema } from '../analyze-schema';
import type { Position } from '../lens-diagnostic';

/** Hover documentation for directives, their arguments, AWS scalars and the user's types. */
export function hoverSchema(_analysis: AnalyzedSchema, _uri: string, _position: Position): Hover | null {
  return null;
}
