import { Kind, type ASTNode, type DefinitionNode, type InputObjectTypeDefinitionNode } from 'graphql';
import type { ModelDataSourceKind } from '../api-settings';
import type { RuleContext } from '../rule-context';
import { uriOf } from '../schema-source-map';

/**
 * What backs a model: DynamoDB, MySQL or Postgres; `sql` for a SQL file whose engine the CLI
 * cannot read; `undefined` when Lens cannot know, and rules that depend on it stay quiet.
 */
export type ModelDataSource = ModelDataSourceKind | 'sql' | undefined;

/**
 * The data source of the models defined in `node`'s file, as the deploy would decide it.
 *
 * - The project's own word first (`settings.schemaFileDataSources`, e.g. a Gen 2 `a.sql` schema).
 * - Gen 1: the CLI reads `schema.graphql` (and a `schema/` folder) as DynamoDB and
 *   `schema.sql.graphql` as the SQL database its `input AMPLIFY { engine }` names
 *   (graphql-transformer-core `transformConfig.ts` `readSchema` / `getRDSDBTypeFromInput`, at the
 *   commit before amplify-category-api 0cedc2472).
 * - Gen 2: a GraphQL string given to `defineData` is DynamoDB (amplify-backend `convert_schema.ts`,
 *   `DYNAMO_DATA_SOURCE_STRATEGY`); any other source is unknown unless the project says.
 */
export function modelDataSource(node: ASTNode, context: Pick<RuleContext, 'settings' | 'files'>): ModelDataSource {
  const uri = uriOf(node);
  if (!uri) return undefined;
  const declared = context.settings.schemaFileDataSources?.[uri];
  if (declared) return declared;
  if (context.settings.generation === 1) {
    if (!isSqlSchemaFile(uri)) return 'dynamodb';
    const file = context.files.find((candidate) => candidate.uri === uri);
    return file ? (sqlEngineOf(file.definitions).engine ?? 'sql') : 'sql';
  }
  return uri.endsWith('.graphql') && !isSqlSchemaFile(uri) ? 'dynamodb' : undefined;
}

export function isSqlDataSource(source: ModelDataSource): boolean {
  return source === 'mysql' || source === 'postgres' || source === 'sql';
}

/** Gen 1's file of SQL models, beside (or instead of) `schema.graphql`. */
export function isSqlSchemaFile(uri: string): boolean {
  return uri.endsWith('/schema.sql.graphql') || uri === 'schema.sql.graphql';
}

export interface SqlEngineDeclaration {
  /** The file's `input AMPLIFY`, if any. */
  amplifyInput?: InputObjectTypeDefinitionNode;
  engine?: 'mysql' | 'postgres';
}

/**
 * The engine a SQL schema file declares: `input AMPLIFY { engine: String = "mysql" }`. The CLI
 * reads the first `input AMPLIFY` of the file and its `engine` default (`removeAmplifyInput`,
 * `getRDSDBTypeFromInput`): `mysql` or `postgres`, anything else fails the build.
 */
export function sqlEngineOf(definitions: readonly DefinitionNode[]): SqlEngineDeclaration {
  const amplifyInput = definitions.find(
    (definition): definition is InputObjectTypeDefinitionNode =>
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && definition.name.value === 'AMPLIFY',
  );
  const engine = amplifyInput?.fields?.find((field) => field.name.value === 'engine')?.defaultValue;
  const value = engine?.kind === Kind.STRING ? engine.value : undefined;
  return { amplifyInput, engine: value === 'mysql' || value === 'postgres' ? value : undefined };
}

/** Whether any model of the schema is backed by SQL (the CLI builds SQL resources only then). */
export function hasSqlModels(context: Pick<RuleContext, 'settings' | 'files' | 'model'>): boolean {
  return context.model.modelTypes.some((type) => isSqlDataSource(modelDataSource(type, context)));
}

/** Whether every model's data source is known, so "no SQL model" is a fact rather than a guess. */
export function dataSourcesKnown(context: Pick<RuleContext, 'settings' | 'files' | 'model'>): boolean {
  return context.model.modelTypes.every((type) => modelDataSource(type, context) !== undefined);
}
