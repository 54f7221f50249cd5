import {
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type FieldDefinitionNode,
  type ObjectFieldNode,
  type ObjectTypeDefinitionNode,
  type ObjectValueNode,
} from 'graphql';
import { findArgument, findDirectives } from '../../amplify-schema-model';
import type { AmplifySchemaModel } from '../../amplify-schema-model';
import { fieldDirectiveUses, type FieldParent } from '../directive-rule-support';

/** The provider v1 assigns to a rule that names none (ModelAuthTransformer `ensureDefaultAuthProviderAssigned`). */
export const V1_DEFAULT_PROVIDER: Record<string, string> = {
  owner: 'userPools',
  groups: 'userPools',
  private: 'userPools',
  public: 'apiKey',
};

/** One `{ allow: …, … }` rule, its entries as `valueFromASTUntyped` reads them, with their nodes. */
export interface V1AuthRule {
  node: ObjectValueNode;
  allow?: string;
  /** The provider written, or the default the transformer assigns. */
  provider?: string;
  /** The node to underline for the provider: the written one, else the strategy. */
  providerNode: ObjectFieldNode | ObjectValueNode;
  providerWritten: boolean;
  /** Present entries by name (`operations: null` is present with value null). */
  entries: Map<string, { node: ObjectFieldNode; value: unknown }>;
}

/** One `@auth`: on an object type (`field` undefined), or on a field of an object or interface. */
export interface V1AuthUse {
  directive: DirectiveNode;
  parent: FieldParent;
  field?: FieldDefinitionNode;
  rules: V1AuthRule[];
}

/**
 * Every @auth the v1 transform visits: type definitions and fields of object and interface
 * definitions (GraphQLTransform walks `inputDocument.definitions`; extensions are skipped).
 */
export function v1AuthUses(model: AmplifySchemaModel): V1AuthUse[] {
  const uses: V1AuthUse[] = [];
  for (const type of model.objectTypes) {
    for (const directive of findDirectives(type, 'auth'))
      uses.push({ directive, parent: type as ObjectTypeDefinitionNode, rules: readRules(directive) });
  }
  for (const { parent, field, directive } of fieldDirectiveUses(model, 'auth')) {
    uses.push({ directive, parent, field, rules: readRules(directive) });
  }
  return uses;
}

/** Rules read per directive node: unchanged definitions keep their nodes between analyses. */
const rulesByDirective = new WeakMap<DirectiveNode, V1AuthRule[]>();

function readRules(directive: DirectiveNode): V1AuthRule[] {
  let rules = rulesByDirective.get(directive);
  if (!rules) {
    rules = parseRules(directive);
    rulesByDirective.set(directive, rules);
  }
  return rules;
}

function parseRules(directive: DirectiveNode): V1AuthRule[] {
  const value = findArgument(directive, 'rules')?.value;
  if (!value) return [];
  const items = value.kind === Kind.LIST ? value.values : [value];
  const rules: V1AuthRule[] = [];
  for (const item of items) {
    if (item.kind !== Kind.OBJECT) continue;
    const entries = new Map<string, { node: ObjectFieldNode; value: unknown }>();
    for (const entry of item.fields) entries.set(entry.name.value, { node: entry, value: valueFromASTUntyped(entry.value) });
    const allow = stringValue(entries.get('allow')?.value);
    const written = stringValue(entries.get('provider')?.value);
    rules.push({
      node: item,
      allow,
      provider: written ?? (allow ? V1_DEFAULT_PROVIDER[allow] : undefined),
      providerNode: entries.get('provider')?.node ?? entries.get('allow')?.node ?? item,
      providerWritten: written !== undefined,
      entries,
    });
  }
  return rules;
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Whether an entry holds something the transformer treats as set (a truthy value). */
export function isSet(rule: V1AuthRule, name: string): boolean {
  return Boolean(rule.entries.get(name)?.value);
}
