import { Kind, type DirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';
import { findArgument, findDirective } from '../amplify-schema-model';
import type { QuickFix } from '../../lens-diagnostic';
import type { RuleContext, SchemaRule } from '../rule-context';
import { closestName, fieldDirectiveUses, renameStringFix } from './directive-rule-support';
import { dataSourcesKnown, hasSqlModels, isSqlDataSource, isSqlSchemaFile, modelDataSource, sqlEngineOf } from './model-data-source';

/** Directives the Gen 1 CLI refuses on SQL models and on Query once the API has SQL models. */
const UNSUPPORTED_ON_SQL = ['searchable', 'predictions', 'function', 'manyToMany', 'http', 'mapsTo'];
const REFERENCING_DIRECTIVES = ['hasOne', 'hasMany', 'belongsTo'];

/**
 * Models backed by a SQL database, as the deploy reads them.
 * - Gen 1, `schema.sql.graphql`: the CLI reads the engine from the file's `input AMPLIFY`
 *   (graphql-transformer-core `transformConfig.ts` `getRDSDBTypeFromInput`: "engine is not
 *   defined in the RDS schema file", "engine <e> specified in the RDS schema file is not
 *   supported"), and refuses some directives on SQL models and on Query
 *   (amplify-category-api `rds-resources/utils.ts` `checkForUnsupportedDirectives`).
 * - A SQL model needs a `@primaryKey` (model-transformer: `SQL model "<T>" must contain a primary key field`).
 * - Its relationships use `references` (relational-transformer `utils.ts` `ensureReferencesArray`).
 * - `@sql` needs a SQL data source: without SQL models the Gen 1 CLI and a Gen 2 string schema
 *   give the transformer none ("Could not find custom SQL strategy for <T>.<f>"), and a
 *   `reference` must name a statement ("… references a custom SQL statement "<r>" that doesn't exist …").
 */
export const sqlDataSourceRules: SchemaRule = {
  name: 'sql-datasource',
  run(context) {
    if (context.settings.transformerVersion === 1) return;
    if (context.settings.generation === 1) checkEngineDeclarations(context);
    const sqlModels = context.model.modelTypes.filter((type) => isSqlDataSource(modelDataSource(type, context)));
    for (const type of sqlModels) {
      checkPrimaryKey(type, context);
      checkReferences(type, context);
    }
    if (context.settings.generation === 1 && sqlModels.length > 0) checkUnsupportedDirectives(sqlModels, context);
    checkSqlQueries(context);
  },
};

function checkEngineDeclarations(context: RuleContext): void {
  for (const file of context.files) {
    if (!isSqlSchemaFile(file.uri) || file.definitions.length === 0) continue;
    const { amplifyInput, engine } = sqlEngineOf(file.definitions);
    const engineField = amplifyInput?.fields?.find((field) => field.name.value === 'engine');
    if (engine) continue;
    if (engineField?.defaultValue) {
      const written = engineField.defaultValue.kind === Kind.STRING ? engineField.defaultValue.value : undefined;
      context.report({
        node: engineField.defaultValue,
        code: 'sql-engine-unsupported',
        message: `engine ${written ?? '(not a string)'} specified in the RDS schema file is not supported. Use "mysql" or "postgres".`,
        fixes: written ? renameStringFix(engineField.defaultValue, closestName(written, ['mysql', 'postgres'])) : [],
      });
      continue;
    }
    const node = engineField ?? amplifyInput?.name ?? firstNamed(file.definitions);
    if (!node) continue;
    context.report({
      node,
      code: 'sql-engine-missing',
      message:
        'engine is not defined in the RDS schema file: schema.sql.graphql must say which database it describes. ' +
        'Add `input AMPLIFY { engine: String = "mysql" }` (or "postgres") at the top of the file.',
      fixes: amplifyInput ? [] : insertEngineFix(file.uri),
    });
  }
}

function firstNamed(definitions: readonly { kind: string }[]) {
  for (const definition of definitions) if ('name' in definition && definition.name) return definition.name as ObjectTypeDefinitionNode['name'];
  return undefined;
}

function insertEngineFix(uri: string): QuickFix[] {
  const start = { line: 0, character: 0 };
  return ['mysql', 'postgres'].map((engine) => ({
    title: `Declare the engine: ${engine}`,
    edits: [{ uri, range: { start, end: start }, newText: `input AMPLIFY {\n  engine: String = "${engine}"\n}\n\n` }],
  }));
}

function checkPrimaryKey(type: ObjectTypeDefinitionNode, { report }: RuleContext): void {
  if ((type.fields ?? []).some((field) => findDirective(field, 'primaryKey'))) return;
  report({
    node: type.name,
    code: 'sql-model-without-primary-key',
    message: `SQL model "${type.name.value}" must contain a primary key field. Mark the field of the table's primary key with @primaryKey.`,
  });
}

function checkReferences(type: ObjectTypeDefinitionNode, { report }: RuleContext): void {
  for (const field of type.fields ?? []) {
    for (const directive of field.directives ?? []) {
      if (!REFERENCING_DIRECTIVES.includes(directive.name.value)) continue;
      const where = `${type.name.value}.${field.name.value}`;
      const fields = findArgument(directive, 'fields');
      if (fields) {
        report({
          node: fields,
          code: 'sql-relation-fields',
          message: `'fields' defined on ${where} @${directive.name.value}. Expecting 'references' only. SQL models relate through references: name the foreign key fields of the related model.`,
        });
      } else if (!findArgument(directive, 'references')) {
        report({
          node: directive,
          code: 'sql-relation-without-references',
          message: `Reference fields must be passed to @${directive.name.value} directive for SQL models. Add references: ["<foreign key field>"] to ${where}.`,
        });
      }
    }
  }
}

/** The CLI's literal `Query` name and the SQL models' own names, field and type directives alike. */
function checkUnsupportedDirectives(sqlModels: readonly ObjectTypeDefinitionNode[], context: RuleContext): void {
  const targets = [...sqlModels, ...context.model.objectTypes.filter((type) => type.name.value === 'Query')];
  for (const type of targets) {
    for (const directive of type.directives ?? []) reportUnsupported(directive, type.name.value, undefined, context);
    for (const field of type.fields ?? []) {
      for (const directive of field.directives ?? []) reportUnsupported(directive, type.name.value, field.name.value, context);
    }
  }
}

function reportUnsupported(directive: DirectiveNode, typeName: string, fieldName: string | undefined, { report }: RuleContext): void {
  if (!UNSUPPORTED_ON_SQL.includes(directive.name.value)) return;
  report({
    node: directive,
    code: 'sql-unsupported-directive',
    message:
      `@${directive.name.value} directive on type "${typeName}" ${fieldName ? `and field "${fieldName}" ` : ''}is not supported on a SQL datasource. ` +
      `Following directives are not supported on a SQL datasource: ${UNSUPPORTED_ON_SQL.join(', ')}.` +
      (typeName === 'Query' ? ' With SQL models in the API this includes Query fields: resolve the field with @sql instead.' : ''),
  });
}

function checkSqlQueries(context: RuleContext): void {
  const uses = fieldDirectiveUses(context.model, 'sql').filter(
    ({ parent }) => parent.name.value === 'Query' || parent.name.value === 'Mutation',
  );
  if (uses.length === 0) return;
  // Gen 1 builds a SQL data source only for SQL models (amplify-category-api transform-graphql-schema-v2.ts
  // `fixUpDataSourceStrategiesProvider`); Gen 2 for a schema configured with a database.
  const declaredSql = Object.values(context.settings.schemaFileDataSources ?? {}).some((source) => source !== 'dynamodb');
  const noSqlDataSource =
    !declaredSql &&
    !hasSqlModels(context) &&
    dataSourcesKnown(context) &&
    uses.every(({ parent }) => modelDataSource(parent, context) !== undefined);
  for (const { parent, field, directive } of uses) {
    if (noSqlDataSource) {
      context.report({
        node: directive,
        code: 'sql-without-sql-datasource',
        message:
          `Could not find custom SQL strategy for ${parent.name.value}.${field.name.value}: this API has no SQL data source. ` +
          (context.settings.generation === 1
            ? 'Import your database with `amplify import api` (its models go to schema.sql.graphql), or resolve the field otherwise.'
            : 'Define the query in a schema generated from your database (`npx ampx generate schema-from-database`) with a.handler.inlineSql or sqlReference.'),
      });
      continue;
    }
    checkReference(parent.name.value, field.name.value, directive, context);
  }
}

function checkReference(typeName: string, fieldName: string, directive: DirectiveNode, { settings, report }: RuleContext): void {
  const names = settings.sqlStatementNames;
  const reference = findArgument(directive, 'reference')?.value;
  if (!names || reference?.kind !== Kind.STRING || names.has(reference.value) || findArgument(directive, 'statement')) return;
  const suggestion = closestName(reference.value, names);
  report({
    node: reference,
    code: 'sql-reference-not-found',
    message:
      `The ${typeName} field "${fieldName}" references a custom SQL statement "${reference.value}" that doesn't exist. ` +
      (suggestion ? `Did you mean '${suggestion}'? ` : '') +
      `Add sql-statements/${reference.value}.sql to the API folder${names.size ? `, or use one of ${[...names].sort().join(', ')}` : ''}.`,
    fixes: renameStringFix(reference, suggestion),
  });
}
