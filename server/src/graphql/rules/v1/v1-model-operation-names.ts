import type { ObjectTypeDefinitionNode } from 'graphql';
import { findDirective } from '../../amplify-schema-model';
import { flag, type ApiSettings } from '../../api-settings';
import { v1ArgumentValue } from './v1-directive-arguments';

export type RootOperation = 'query' | 'mutation' | 'subscription';

/** A root field a v1 @model adds, and which argument of @model names it. */
export interface GeneratedOperation {
  operation: RootOperation;
  name: string;
  /** `get`, `list`, `create`, … as in `@model(queries: { get: … })`. */
  kind: string;
}

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * The root fields v1's @model generates for a type whose names are certain (graphql-dynamodb-
 * transformer `DynamoDBModelTransformer.ts` createQueries/createMutations/createSubscriptions and
 * `resources.ts`): `get<T>`, `create<T>`, …, and `list<T>s` while `improvePluralization` is off
 * (graphql-transformer-common `plurality`; with it on, the `pluralize` package decides). An
 * argument map replaces the defaults; a missing key means no such operation; `null` means none.
 */
export function v1GeneratedOperations(type: ObjectTypeDefinitionNode, settings: ApiSettings): GeneratedOperation[] {
  const simplePlural = flag(settings, 'improvePluralization') !== true;
  // Per type node and pluralization: read on every analysis by two rules, for every model.
  const cached = operationsByType.get(type);
  if (cached && cached.simplePlural === simplePlural) return cached.operations;
  const operations = readOperations(type, simplePlural);
  operationsByType.set(type, { simplePlural, operations });
  return operations;
}

const operationsByType = new WeakMap<ObjectTypeDefinitionNode, { simplePlural: boolean; operations: GeneratedOperation[] }>();

function readOperations(type: ObjectTypeDefinitionNode, simplePlural: boolean): GeneratedOperation[] {
  const directive = findDirective(type, 'model');
  if (!directive) return [];
  const typeName = upperFirst(type.name.value);
  const defaults: Record<string, string | undefined> = {
    get: `get${typeName}`,
    list: simplePlural ? `list${typeName}s` : undefined,
    create: `create${typeName}`,
    update: `update${typeName}`,
    delete: `delete${typeName}`,
  };
  const result: GeneratedOperation[] = [];
  const collect = (operation: RootOperation, argument: string, kinds: string[]) => {
    const value = v1ArgumentValue(directive, argument);
    if (value === null) return;
    for (const kind of kinds) {
      if (value === undefined) {
        const name = defaults[kind];
        if (name) result.push({ operation, name, kind });
      } else if (typeof value === 'object' && !Array.isArray(value)) {
        const name = (value as Record<string, unknown>)[kind];
        if (typeof name === 'string' && name) result.push({ operation, name, kind });
      }
    }
  };
  collect('query', 'queries', ['get', 'list']);
  collect('mutation', 'mutations', ['create', 'update', 'delete']);
  // Subscriptions only when left to their defaults: named ones depend on which mutations exist.
  const subscriptions = v1ArgumentValue(directive, 'subscriptions');
  const mutations = v1ArgumentValue(directive, 'mutations');
  if (subscriptions === undefined && mutations === undefined) {
    for (const kind of ['onCreate', 'onUpdate', 'onDelete']) {
      result.push({ operation: 'subscription', name: `${kind}${typeName}`, kind });
    }
  }
  return result;
}
