import {
  Kind,
  type ASTNode,
  type ArgumentNode,
  type Location,
  type DirectiveNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectFieldNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type ObjectValueNode,
  type ValueNode,
} from 'graphql';
import { findArgument, listItemNodes, type AmplifySchemaModel } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { isSqlDataSource, modelDataSource } from '../model-data-source';

export type AuthStrategy = 'owner' | 'groups' | 'private' | 'public' | 'custom';
export type AuthProvider = 'apiKey' | 'iam' | 'identityPool' | 'oidc' | 'userPools' | 'function';

const STRATEGIES = new Set<string>(['owner', 'groups', 'private', 'public', 'custom']);
const PROVIDERS = new Set<string>(['apiKey', 'iam', 'identityPool', 'oidc', 'userPools', 'function']);

/** The provider the transformer assigns when a rule names none (utils/index.ts getAuthDirectiveRules). */
export const DEFAULT_PROVIDER: Record<AuthStrategy, AuthProvider> = {
  owner: 'userPools',
  groups: 'userPools',
  private: 'userPools',
  public: 'apiKey',
  custom: 'function',
};

/** One value of a list-valued rule entry (`operations`, `groups`) with its node, for ranges. */
export interface ListItem {
  value: string;
  node: ValueNode;
}

/** A list-valued entry; `items` skips values of the wrong kind (SDL validation reports those). */
export interface ListEntry {
  field: ObjectFieldNode;
  items: ListItem[];
}

export interface StringEntry {
  field: ObjectFieldNode;
  value: string;
}

/** One `{ allow: …, … }` object of an `@auth(rules: [...])` list, read as the transformer reads it. */
export interface AuthRuleNode {
  node: ObjectValueNode;
  /** `undefined` when missing or not a known strategy (graphql-js reports it). */
  allow?: AuthStrategy;
  allowNode?: ValueNode;
  /** The provider written in the rule, if any and known. */
  provider?: AuthProvider;
  providerNode?: ValueNode;
  /** A `provider:` entry is present but its value is not a known provider. */
  providerUnreadable: boolean;
  operations?: ListEntry;
  groups?: ListEntry;
  groupsField?: StringEntry;
  ownerField?: StringEntry;
  identityClaim?: StringEntry;
  groupClaim?: StringEntry;
}

type StringEntryName = 'groupsField' | 'ownerField' | 'identityClaim' | 'groupClaim';

export type AuthParent = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode | ObjectTypeExtensionNode;

/** One `@auth` directive: on a type (`field` undefined) or on a field of `parent`. */
export interface AuthDirectiveUse {
  directive: DirectiveNode;
  parent: AuthParent;
  field?: FieldDefinitionNode;
  rulesArgument?: ArgumentNode;
  rules: AuthRuleNode[];
}

/** The provider in effect for a rule: the written one, else the strategy's default. */
export function effectiveProvider(rule: AuthRuleNode): AuthProvider | undefined {
  if (rule.provider) return rule.provider;
  if (rule.providerUnreadable || !rule.allow) return undefined;
  return DEFAULT_PROVIDER[rule.allow];
}

/**
 * Every `@auth` the transformer visits: on object types, on fields of object types and
 * interfaces, and on fields of root-type extensions (other extensions are rejected by the
 * model rules before auth is looked at) — grouped by the definition holding them, in schema order.
 */
export function authDirectiveUsesByDefinition(model: AmplifySchemaModel): { definition: AuthParent; uses: readonly AuthDirectiveUse[] }[] {
  const groups: { definition: AuthParent; uses: readonly AuthDirectiveUse[] }[] = [];
  for (const definition of model.definitions) {
    const isObjectOrInterface = definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION;
    const isRootExtension = definition.kind === Kind.OBJECT_TYPE_EXTENSION && model.isRootTypeName(definition.name.value);
    if (!isObjectOrInterface && !isRootExtension) continue;
    const uses = usesOf(definition);
    if (uses.length > 0) groups.push({ definition, uses });
  }
  return groups;
}

/**
 * Uses read before, by definition node: nodes never change, and a definition the user did not
 * edit keeps its nodes across analyses, so its rules are read once (see node-lookups.ts).
 */
const usesByDefinition = new WeakMap<AuthParent, readonly AuthDirectiveUse[]>();

function usesOf(definition: AuthParent): readonly AuthDirectiveUse[] {
  let uses = usesByDefinition.get(definition);
  if (!uses) {
    const read: AuthDirectiveUse[] = [];
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const directive = definition.directives?.find((d) => d.name.value === 'auth');
      if (directive) read.push(readUse(directive, definition));
    }
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'auth');
      if (directive) read.push(readUse(directive, definition, field));
    }
    uses = read;
    usesByDefinition.set(definition, uses);
  }
  return uses;
}

function readUse(directive: DirectiveNode, parent: AuthParent, field?: FieldDefinitionNode): AuthDirectiveUse {
  const rulesArgument = findArgument(directive, 'rules');
  const rules = listItemNodes(rulesArgument?.value)
    .filter((item): item is ObjectValueNode => item.kind === Kind.OBJECT)
    .map(readRule);
  return { directive, parent, field, rulesArgument, rules };
}

function readRule(node: ObjectValueNode): AuthRuleNode {
  const rule: AuthRuleNode = { node, providerUnreadable: false };
  for (const entry of node.fields) {
    const value = entry.value;
    switch (entry.name.value) {
      case 'allow':
        rule.allowNode = value;
        if (value.kind === Kind.ENUM && STRATEGIES.has(value.value)) rule.allow = value.value as AuthStrategy;
        break;
      case 'provider':
        if (value.kind === Kind.NULL) break;
        rule.providerNode = value;
        if (value.kind === Kind.ENUM && PROVIDERS.has(value.value)) rule.provider = value.value as AuthProvider;
        else rule.providerUnreadable = true;
        break;
      case 'operations':
        rule.operations = readList(entry, Kind.ENUM);
        break;
      case 'groups':
        rule.groups = readList(entry, Kind.STRING);
        break;
      case 'groupsField':
      case 'ownerField':
      case 'identityClaim':
      case 'groupClaim':
        if (value.kind === Kind.STRING) rule[entry.name.value as StringEntryName] = { field: entry, value: value.value };
        break;
    }
  }
  return rule;
}

/** `null` counts as absent, as in the transformer (`rule.groups && …`). */
function readList(entry: ObjectFieldNode, kind: Kind.ENUM | Kind.STRING): ListEntry | undefined {
  if (entry.value.kind === Kind.NULL) return undefined;
  const items: ListItem[] = [];
  for (const node of listItemNodes(entry.value)) {
    if (node.kind === kind) items.push({ value: node.value, node });
  }
  return { field: entry, items };
}

/** The `@auth` of a directive, without its arguments: the part to underline when its placement is wrong. */
export function directiveHead(directive: DirectiveNode): ASTNode {
  const { loc, name } = directive;
  if (!loc || !name.loc) return directive;
  return { ...name, loc: { ...name.loc, start: loc.start } as Location };
}

/**
 * Whether a SQL database backs the model, as the deploy decides it (`model-data-source.ts`: Gen 1's
 * `schema.sql.graphql`, a Gen 2 schema built with `a.sql`); unknown counts as DynamoDB, as before.
 */
export function isSqlBacked(parent: AuthParent, context: Pick<RuleContext, 'settings' | 'files'>): boolean {
  return isSqlDataSource(modelDataSource(parent, context));
}

/** The name the transformer uses for a field-level directive in messages (`Post.title`). */
export function useLabel(use: AuthDirectiveUse): string {
  return use.field ? `${use.parent.name.value}.${use.field.name.value}` : use.parent.name.value;
}
