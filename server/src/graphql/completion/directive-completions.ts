import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  print,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLInputType,
} from 'graphql';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { amplifyDirectives, findAmplifyDirective, isListInput } from '../docs/directive-schema';
import { argumentMarkdown, directiveDoc, directiveMarkdown } from '../docs/docs-markdown';
import type { Frame } from '../syntax/cursor-scan';
import { completionItem, nextCharacter, type CompletionRequest } from './completion-request';

/** Arguments the Gen 1 CLI's directive definitions (graphql-directives 1.x) do not have yet. */
const GEN2_ONLY_ARGUMENTS = new Set(['index.projection']);

/** `@…` — the directives valid at this location, with argument snippets where they are needed. */
export function directiveNameItems(request: CompletionRequest, location: string, applied: readonly string[]): CompletionItem[] {
  const appliedSet = new Set(applied);
  const addArguments = nextCharacter(request) !== '(';
  return amplifyDirectives(request.settings)
    .filter((directive) => (directive.locations as string[]).includes(location))
    .filter((directive) => directive.isRepeatable || !appliedSet.has(directive.name))
    .map((directive) => {
      const doc = directiveDoc(directive.name);
      const snippet = addArguments ? (doc?.snippet ?? requiredArgumentsSnippet(directive)) : undefined;
      return completionItem(request, {
        label: directive.name,
        kind: CompletionItemKind.Function,
        detail: directive.astNode ? print(directive.astNode) : `@${directive.name}`,
        documentation: directiveMarkdown(directive),
        insert: snippet ?? directive.name,
        snippet: snippet !== undefined,
        sortText: `${directive.name.startsWith('aws_') ? 2 : directive.name === 'deprecated' ? 3 : 1}${directive.name}`,
      });
    });
}

/** A snippet with every required argument, for directives the catalog gives none. */
function requiredArgumentsSnippet(directive: GraphQLDirective): string | undefined {
  const required = directive.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined);
  if (required.length === 0) return undefined;
  const args = required.map((argument, n) => `${argument.name}: ${valueSnippet(argument.type, n + 1)}`);
  return `${directive.name}(${args.join(', ')})`;
}

/** A placeholder shaped like the type: `"$1"`, `[$1]`, `{ $1 }`. */
export function valueSnippet(type: GraphQLInputType, tabStop = 1): string {
  const named = getNamedType(type);
  const inner = isInputObjectType(named)
    ? `{ $${tabStop} }`
    : isEnumType(named)
      ? `$${tabStop}`
      : named.name === 'String'
        ? `"$${tabStop}"`
        : `$${tabStop}`;
  return isListInput(type) ? `[${inner}]` : inner;
}

/** `@directive(…)` — its arguments not yet written. */
export function argumentNameItems(request: CompletionRequest, directiveName: string, frame: Frame): CompletionItem[] {
  const directive = findAmplifyDirective(directiveName, request.settings);
  if (!directive) return [];
  const addValue = nextCharacter(request) !== ':';
  return directive.args
    .filter((argument) => !frame.keys.has(argument.name))
    .filter((argument) => request.settings.generation === 2 || !GEN2_ONLY_ARGUMENTS.has(`${directive.name}.${argument.name}`))
    .map((argument) => argumentItem(request, directive, argument, addValue));
}

function argumentItem(request: CompletionRequest, directive: GraphQLDirective, argument: GraphQLArgument, addValue: boolean): CompletionItem {
  return completionItem(request, {
    label: argument.name,
    kind: CompletionItemKind.Property,
    detail: String(argument.type),
    documentation: argumentMarkdown(directive, argument),
    insert: addValue ? `${argument.name}: ${valueSnippet(argument.type)}` : argument.name,
    snippet: addValue,
    // Required arguments first, in the definition's order.
    sortText: `${isNonNullType(argument.type) ? 0 : 1}${String(directive.args.indexOf(argument)).padStart(2, '0')}`,
    retrigger: addValue,
  });
}
