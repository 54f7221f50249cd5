import { Kind } from 'graphql';
import type { DirectiveOwner } from '../../v1-directive-migration';
import { v1DirectiveMigrationFixes } from '../../v1-directive-migration';
import type { RuleContext, SchemaRule } from '../../rule-context';
import { fieldDirectiveUses, typeDirectiveUses } from '../directive-rule-support';

const REPLACEMENTS: Record<string, string> = {
  key: 'v2 replaces it with @primaryKey and @index',
  connection: 'v2 replaces it with @hasMany, @hasOne and @belongsTo',
  versioned: 'v2 has no @versioned; DataStore conflict resolution takes its place',
};

/**
 * Under v1 the v1 directives are right, so their v2 rewrites (v1-directive-migration.ts, the
 * same the v2 error offers) come as hints: editors show them faintly and keep them out of the
 * problem list, and the light bulb still offers the rewrite to whoever is migrating by hand.
 */
export const v1MigrationHints: SchemaRule = {
  name: 'v1-migration-hints',
  run(context) {
    for (const name of ['key', 'versioned']) {
      for (const { type, directive } of typeDirectiveUses(context.model, name)) hint(directive, { type }, context);
    }
    for (const { parent, field, directive } of fieldDirectiveUses(context.model, 'connection')) {
      if (parent.kind === Kind.OBJECT_TYPE_DEFINITION) hint(directive, { type: parent, field }, context);
    }
  },
};

function hint(directive: Parameters<typeof v1DirectiveMigrationFixes>[0], owner: DirectiveOwner, context: RuleContext): void {
  const fixes = v1DirectiveMigrationFixes(directive, context.model, owner);
  if (fixes.length === 0) return;
  const name = directive.name.value;
  context.report({
    node: directive,
    code: 'v1-directive-migratable',
    severity: 'hint',
    message:
      `"@${name}" is a directive of GraphQL transformer v1, which this API uses; ${REPLACEMENTS[name]}. ` +
      'The quick fix writes the v2 form: apply it only while moving the API to v2 (`amplify migrate api` migrates the whole schema and the project flags).',
    fixes: fixes.map((fix) => ({ ...fix, isPreferred: false, title: `${fix.title} (transformer v2)` })),
  });
}
