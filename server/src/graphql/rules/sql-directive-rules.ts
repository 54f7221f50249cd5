import { Kind } from 'graphql';
import { findArgument } from '../amplify-schema-model';
import type { SchemaRule } from '../rule-context';
import { fieldDirectiveUses } from './directive-rule-support';

/**
 * `@sql` (sql-transformer): custom SQL queries and mutations only, with exactly one of an inline
 * `statement` (not blank) or a `reference` to a file of `customSqlStatements`.
 */
export const sqlDirectiveRules: SchemaRule = {
  name: 'sql-directive',
  run({ settings, model, report }) {
    // Transformer v1 does not know @sql; the SDL layer already reports it as a v2 directive.
    if (settings.transformerVersion === 1) return;
    for (const { parent, field, directive } of fieldDirectiveUses(model, 'sql')) {
      const where = `Check type "${parent.name.value}" and field "${field.name.value}".`;
      // The transformer compares the literal names, not the schema's root operation types.
      if (parent.name.value !== 'Query' && parent.name.value !== 'Mutation') {
        report({
          node: directive,
          code: 'sql-not-on-query-or-mutation',
          message: `@sql directive can only be used on Query or Mutation types. ${where} Move the field to Query or Mutation.`,
        });
        continue;
      }
      const statement = findArgument(directive, 'statement');
      const reference = findArgument(directive, 'reference');
      if (!statement && !reference) {
        report({
          node: directive,
          code: 'sql-missing-statement',
          message: `@sql directive must have either a 'statement' or a 'reference' argument. ${where} Add statement: "SELECT …", or reference: "<name of a customSqlStatements entry>".`,
        });
        continue;
      }
      const statementText = statement?.value.kind === Kind.STRING ? statement.value.value : undefined;
      const referenceText = reference?.value.kind === Kind.STRING ? reference.value.value : undefined;
      if (statementText && referenceText) {
        report({
          node: directive,
          code: 'sql-statement-and-reference',
          message: `@sql directive can have either a 'statement' or a 'reference' argument but not both. ${where} Remove one of them.`,
        });
        continue;
      }
      if (statement?.value.kind === Kind.STRING && statementText?.trim() === '') {
        report({
          node: statement.value,
          code: 'sql-empty-statement',
          message: `@sql directive 'statement' argument must not be empty. ${where} Write the SQL statement to run.`,
        });
      }
    }
  },
};
