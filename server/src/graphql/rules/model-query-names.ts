import { Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { findArgument, findDirective, objectFieldNode, type AmplifySchemaModel } from '../amplify-schema-model';
import { flag, type ApiSettings } from '../api-settings';

/** Where a name on the Query type comes from, for messages. */
export interface QueryFieldOrigin {
  name: string;
  source: 'declared' | 'generated' | 'index';
  description: string;
}

/**
 * Query field names that exist before any `@index` adds its own: fields the user declares on the
 * query type (and its extensions), and the queries `@model` generates whose names are certain.
 * `list<T>s` uses the `pluralize` package's rules, so it is known only when `@model(queries:)`
 * names it; the `get<T>` name is a plain prefix and is computed.
 */
export function existingQueryFields(model: AmplifySchemaModel, settings: ApiSettings): Map<string, QueryFieldOrigin> {
  const names = new Map<string, QueryFieldOrigin>();
  const queryTypeName = model.rootTypeName('query');
  for (const definition of model.definitions) {
    const isQueryType =
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === queryTypeName;
    if (!isQueryType) continue;
    for (const field of definition.fields ?? []) {
      const name = field.name.value;
      if (!names.has(name)) names.set(name, { name, source: 'declared', description: `the field ${queryTypeName}.${name}` });
    }
  }
  for (const type of model.modelTypes) {
    for (const [operation, name] of modelQueryNames(type, settings)) {
      if (!names.has(name))
        names.set(name, { name, source: 'generated', description: `the '${operation}' query that @model generates for ${type.name.value}` });
    }
  }
  return names;
}

/**
 * The `get` and `list` query names of one model that can be known exactly. With
 * `shouldDeepMergeDirectiveConfigDefaults` off (Gen 1's default) a `queries` map replaces the
 * defaults entirely, so a missing `get` key means no get query.
 */
function modelQueryNames(type: ObjectTypeDefinitionNode, settings: ApiSettings): [string, string][] {
  const directive = findDirective(type, 'model');
  if (!directive) return [];
  const defaultGet = `get${type.name.value.charAt(0).toUpperCase()}${type.name.value.slice(1)}`;
  const queries = findArgument(directive, 'queries')?.value;
  if (!queries) return [['get', defaultGet]];
  if (queries.kind !== Kind.OBJECT) return [];
  const deepMerge = settings.generation === 2 || flag(settings, 'shouldDeepMergeDirectiveConfigDefaults') === true;
  const result: [string, string][] = [];
  const get = objectFieldNode(queries, 'get');
  if (get?.value.kind === Kind.STRING) {
    if (get.value.value) result.push(['get', get.value.value]);
  } else if (!get && deepMerge) result.push(['get', defaultGet]);
  const list = objectFieldNode(queries, 'list');
  if (list?.value.kind === Kind.STRING && list.value.value) result.push(['list', list.value.value]);
  return result;
}
