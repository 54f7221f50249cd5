import { Kind, valueFromASTUntyped, type DirectiveNode, type StringValueNode, type ValueNode } from 'graphql';
import { findArgument } from '../../amplify-schema-model';

/**
 * Directive arguments as the v1 transformers read them: graphql-transformer-core
 * `getDirectiveArguments` and graphql-transformer-common `getDirectiveArgument` both return
 * `valueFromASTUntyped(argument.value)`, with no input coercion. So `fields: "email"` stays the
 * string "email" (the transformers then iterate its characters), and `name: null` is null.
 */
export function v1ArgumentValue(directive: DirectiveNode, name: string): unknown {
  const argument = findArgument(directive, name);
  return argument ? valueFromASTUntyped(argument.value) : undefined;
}

/** A string argument's value; `undefined` when absent, null or not a string. */
export function v1StringArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = v1ArgumentValue(directive, name);
  return typeof value === 'string' ? value : undefined;
}

export interface StringListItem {
  value: string;
  node: StringValueNode;
}

/** How a `[String!]` argument such as `fields` is written. */
export type V1StringList =
  | { kind: 'absent' }
  /** A list literal of string literals (the only form the v1 transformers read correctly). */
  | { kind: 'list'; node: ValueNode; items: StringListItem[] }
  /** A single string where the definition says list: graphql-js coerces it, the v1 transformers do not. */
  | { kind: 'single'; node: StringValueNode }
  /** Anything else (variables, nulls, mixed lists): the SDL layer or nothing has a say; rules stay quiet. */
  | { kind: 'other' };

export function v1StringList(directive: DirectiveNode, name: string): V1StringList {
  const value = findArgument(directive, name)?.value;
  if (!value) return { kind: 'absent' };
  if (value.kind === Kind.STRING) return { kind: 'single', node: value };
  if (value.kind !== Kind.LIST) return { kind: 'other' };
  const items: StringListItem[] = [];
  for (const item of value.values) {
    if (item.kind !== Kind.STRING) return { kind: 'other' };
    items.push({ value: item.value, node: item });
  }
  return { kind: 'list', node: value, items };
}
