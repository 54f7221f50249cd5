import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  type DocumentNode,
  type GraphQLDirective,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { directivePreamble, directivesFor } from '../amplify-directive-definitions';
import type { ApiSettings } from '../api-settings';

const schemaCache = new WeakMap<DocumentNode, GraphQLSchema>();

/**
 * Amplify's directives as a graphql-js schema, built from the very SDL the package ships, so
 * argument types, input types and enum values are looked up rather than retyped.
 */
export function directiveSchema(settings: ApiSettings): GraphQLSchema {
  const preamble = directivePreamble(settings);
  let schema = schemaCache.get(preamble);
  if (!schema) {
    schema = buildASTSchema(preamble, { assumeValidSDL: true });
    schemaCache.set(preamble, schema);
  }
  return schema;
}

/** The directives available to this API (graphql-js' own @skip/@include/… left out). */
export function amplifyDirectives(settings: ApiSettings): GraphQLDirective[] {
  const names = new Set(directivesFor(settings).map((directive) => directive.name));
  return directiveSchema(settings)
    .getDirectives()
    .filter((directive) => names.has(directive.name));
}

export function findAmplifyDirective(name: string, settings: ApiSettings): GraphQLDirective | undefined {
  return amplifyDirectives(settings).find((directive) => directive.name === name);
}

/**
 * The input type expected at `path` inside a directive's arguments: `['rules', 'provider']` is the
 * type of `provider` in `@auth(rules: [{ provider: … }])`. Lists are kept (callers unwrap them).
 */
export function inputTypeAtPath(directive: GraphQLDirective, path: readonly string[]): GraphQLInputType | undefined {
  if (path.length === 0) return undefined;
  let type: GraphQLInputType | undefined = directive.args.find((argument) => argument.name === path[0])?.type;
  for (const key of path.slice(1)) {
    if (!type) return undefined;
    const named = getNamedType(type);
    if (!isInputObjectType(named)) return undefined;
    type = named.getFields()[key]?.type;
  }
  return type;
}

/** True when the type (under any non-null) is a list. */
export function isListInput(type: GraphQLInputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** `directive @x(a: T, …) on …`, broken over lines when long, for hover and completion detail. */
export function directiveSignature(directive: GraphQLDirective): string {
  const oneLine = directive.astNode ? print(directive.astNode) : `directive @${directive.name}`;
  if (oneLine.length <= 80 || directive.args.length === 0) return oneLine;
  const args = directive.args.map((argument) => {
    const defaultValue = argument.astNode?.defaultValue ? ` = ${print(argument.astNode.defaultValue)}` : '';
    return `  ${argument.name}: ${String(argument.type)}${defaultValue}`;
  });
  const repeatable = directive.isRepeatable ? ' repeatable' : '';
  return `directive @${directive.name}(\n${args.join('\n')}\n)${repeatable} on ${directive.locations.join(' | ')}`;
}
