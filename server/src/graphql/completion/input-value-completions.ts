import { getNamedType, isEnumType, isInputObjectType, isNonNullType, type GraphQLEnumType, type GraphQLInputField } from 'graphql';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { findAmplifyDirective, inputTypeAtPath } from '../docs/directive-schema';
import { directiveDoc, enumValueMarkdown, inputFieldMarkdown } from '../docs/docs-markdown';
import { operationFits, providerNotConfigured, providersForStrategy, ruleKeyFits } from '../auth-rule-options';
import type { ScanState, Frame } from '../syntax/cursor-scan';
import { innermost } from '../syntax/cursor-scan';
import { valueSnippet } from './directive-completions';
import { completionItem, nextCharacter, type CompletionRequest } from './completion-request';
import { stringContent } from '../syntax/schema-tokens';

/** `{ … }` inside a directive argument: the input object's fields not yet written. */
export function objectKeyItems(request: CompletionRequest, directiveName: string, frame: Frame): CompletionItem[] {
  const directive = findAmplifyDirective(directiveName, request.settings);
  const type = directive && getNamedType(inputTypeAtPath(directive, frame.path));
  if (!directive || !isInputObjectType(type)) return [];
  const isAuthRule = directive.name === 'auth' && type.name === 'AuthRule';
  const strategy = isAuthRule ? writtenValue(frame, 'allow') : undefined;
  const addValue = nextCharacter(request) !== ':';
  const fields = Object.values(type.getFields()).filter(
    (field) => !frame.keys.has(field.name) && !field.deprecationReason && (!isAuthRule || ruleKeyFits(field.name, strategy)),
  );
  return fields.map((field: GraphQLInputField, order) =>
    completionItem(request, {
      label: field.name,
      kind: CompletionItemKind.Property,
      detail: `${type.name}.${field.name}: ${String(field.type)}`,
      documentation: inputFieldMarkdown(type.name, field, directiveDoc(directive.name)?.link),
      insert: addValue ? `${field.name}: ${valueSnippet(field.type)}` : field.name,
      snippet: addValue,
      sortText: `${isNonNullType(field.type) ? 0 : 1}${String(order).padStart(2, '0')}`,
      retrigger: addValue,
    }),
  );
}

/** The enum values allowed at `path`, narrowed for `@auth` rules by what the rule already says. */
export function enumValueItems(request: CompletionRequest, directiveName: string, path: readonly string[], state: ScanState): CompletionItem[] {
  if (request.site.inString) return [];
  const directive = findAmplifyDirective(directiveName, request.settings);
  const type = directive && getNamedType(inputTypeAtPath(directive, path));
  if (!directive || !isEnumType(type)) return [];
  const link = directiveDoc(directive.name)?.link;
  const rule = directive.name === 'auth' ? innermost(state, 'object') : undefined;
  const values = type.getValues().filter((value) => !value.deprecationReason);
  if (type.name === 'AuthProvider' && rule) return providerItems(request, type, writtenValue(rule, 'allow'), link);
  const list = state.stack.at(-1)?.role === 'list' ? state.stack.at(-1) : undefined;
  const written = new Set(list?.items.map((item) => item.text) ?? []);
  const onField = state.stack.some((frame) => frame.role === 'fields');
  const fieldType = state.field?.typeName;
  return values
    .filter((value) => (type.name === 'ModelOperation' ? operationFits(value.name, written, onField) : !written.has(value.name)))
    .filter((value) => type.name !== 'ValidationType' || validationFits(value.name, fieldType))
    .map((value, order) =>
      completionItem(request, {
        label: value.name,
        kind: CompletionItemKind.EnumMember,
        detail: type.name,
        documentation: enumValueMarkdown(type.name, value.name, link),
        insert: value.name,
        sortText: String(order).padStart(2, '0'),
      }),
    );
}

function providerItems(request: CompletionRequest, type: GraphQLEnumType, strategy: string | undefined, link?: string): CompletionItem[] {
  const fitting = providersForStrategy(strategy, request.settings);
  const names = fitting?.providers ?? type.getValues().map((value) => value.name);
  return names.map((name, order) => {
    const notConfigured = providerNotConfigured(name, request.settings);
    const isDefault = fitting?.defaultProvider === name;
    const notes = [isDefault ? `default for allow: ${strategy}` : '', notConfigured ? 'not configured on this API' : ''].filter(Boolean);
    return completionItem(request, {
      label: name,
      kind: CompletionItemKind.EnumMember,
      detail: notes.length ? `AuthProvider (${notes.join('; ')})` : 'AuthProvider',
      documentation: enumValueMarkdown('AuthProvider', name, link),
      insert: name,
      sortText: `${notConfigured ? 1 : 0}${String(order).padStart(2, '0')}`,
      preselect: isDefault && !notConfigured,
    });
  });
}

/**
 * `@validate(type:)` values the field's type takes (validate-transformer `validators.ts`): number
 * checks on Int and Float, string checks on String. Other types take none; all are offered there,
 * and the diagnostic explains.
 */
function validationFits(validation: string, fieldType: string | undefined): boolean {
  const numeric = ['gt', 'lt', 'gte', 'lte'].includes(validation);
  if (fieldType === 'Int' || fieldType === 'Float') return numeric;
  if (fieldType === 'String') return !numeric;
  return true;
}

/** The single-token value written for `key` in an arguments/object frame (`allow: owner` → `owner`). */
export function writtenValue(frame: Frame, key: string): string | undefined {
  const token = frame.keys.get(key);
  return token ? stringContent(token) : undefined;
}
