import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { scalarMarkdown } from '../docs/docs-markdown';
import type { DefinitionKeyword } from '../syntax/schema-outline';
import { STANDARD_SCALARS } from '../syntax/schema-index';
import { completionItem, type CompletionRequest } from './completion-request';

/** Which definitions may appear where: output fields take objects, interfaces, unions, enums and scalars; arguments and input fields take inputs, enums and scalars. */
const OUTPUT_KINDS = new Set<DefinitionKeyword>(['type', 'interface', 'union', 'enum', 'scalar']);
const INPUT_KINDS = new Set<DefinitionKeyword>(['input', 'enum', 'scalar']);

const ITEM_KINDS: Record<string, CompletionItemKind> = {
  type: CompletionItemKind.Class,
  interface: CompletionItemKind.Interface,
  union: CompletionItemKind.Class,
  enum: CompletionItemKind.Enum,
  scalar: CompletionItemKind.TypeParameter,
  input: CompletionItemKind.Struct,
};

/** Type names after `:` in a field or argument definition: the user's types, then the scalars. */
export function typeNameItems(request: CompletionRequest, input: boolean): CompletionItem[] {
  const kinds = input ? INPUT_KINDS : OUTPUT_KINDS;
  const items: CompletionItem[] = [];
  for (const { definition } of request.index.definitions()) {
    // `input AMPLIFY { … }` is configuration the CLI strips, not a type to reference.
    if (!definition.name || !kinds.has(definition.keyword) || definition.name === 'AMPLIFY') continue;
    items.push(userTypeItem(request, definition.name, definition.keyword));
  }
  STANDARD_SCALARS.forEach((scalar, order) =>
    items.push(
      completionItem(request, {
        label: scalar,
        kind: CompletionItemKind.TypeParameter,
        detail: order < 5 ? 'GraphQL scalar' : 'AWS AppSync scalar',
        documentation: scalarMarkdown(scalar),
        insert: scalar,
        sortText: `1${String(order).padStart(2, '0')}`,
      }),
    ),
  );
  return items;
}

/** `implements …` — the user's interfaces. */
export function interfaceNameItems(request: CompletionRequest): CompletionItem[] {
  return request.index
    .definitions()
    .filter(({ definition }) => definition.keyword === 'interface' && definition.name && definition.name !== request.site.definition.name)
    .map(({ definition }) => userTypeItem(request, definition.name!, 'interface'));
}

function userTypeItem(request: CompletionRequest, name: string, keyword: DefinitionKeyword): CompletionItem {
  const source = request.index.definitionText(name);
  const isModel = request.index.definition(name)?.definition.directives.includes('model');
  return completionItem(request, {
    label: name,
    kind: ITEM_KINDS[keyword],
    detail: `${isModel ? '@model ' : ''}${keyword} ${name}`,
    documentation: source ? '```graphql\n' + source + '\n```' : undefined,
    insert: name,
    sortText: `0${name}`,
  });
}
