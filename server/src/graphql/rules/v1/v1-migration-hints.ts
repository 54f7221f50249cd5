import { Kind, type DirectiveNode } from 'graphql';
import { namedTypeNode } from '../../amplify-schema-model';
import type { Position } from '../../../lens-diagnostic';
import type { Finding, RuleContext, SchemaRule } from '../../rule-context';
import { locateNode } from '../../schema-source-map';
import { v1DirectiveMigrationFixes, type DirectiveOwner } from '../../v1-directive-migration';
import { fieldDirectiveUses, typeDirectiveUses } from '../directive-rule-support';

const REPLACEMENTS: Record<string, string> = {
  key: 'v2 uses @primaryKey and @index',
  connection: 'v2 uses @hasMany, @hasOne and @belongsTo',
  versioned: 'v2 has no @versioned',
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
      if (parent.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      // The rewrite to @belongsTo or @hasOne looks at the related type.
      const related = context.model.types.get(namedTypeNode(field.type).name.value);
      hint(directive, { type: parent, field }, context, related);
    }
  },
};

interface KnownHint {
  uri: string;
  start: Position;
  related: unknown;
  finding: Finding | undefined;
}

/**
 * A hint per directive node, kept while the node stands where it stood: its fixes are built from
 * the definition it sits in (whose nodes are new when its text changes) and, for @connection, the
 * related type. Rebuilding every rewrite after each keystroke would cost a large v1 schema ~40 ms.
 */
const known = new WeakMap<DirectiveNode, KnownHint>();

function hint(directive: DirectiveNode, owner: DirectiveOwner, context: RuleContext, related?: unknown): void {
  const location = locateNode(directive);
  if (!location) return;
  const cached = known.get(directive);
  if (cached && cached.uri === location.uri && samePosition(cached.start, location.range.start) && cached.related === related) {
    if (cached.finding) context.report(cached.finding);
    return;
  }
  const finding = buildHint(directive, owner, context);
  known.set(directive, { uri: location.uri, start: location.range.start, related, finding });
  if (finding) context.report(finding);
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function buildHint(directive: DirectiveNode, owner: DirectiveOwner, context: RuleContext): Finding | undefined {
  const fixes = v1DirectiveMigrationFixes(directive, context.model, owner);
  if (fixes.length === 0) return undefined;
  const name = directive.name.value;
  return {
    node: directive,
    code: 'v1-directive-migratable',
    severity: 'hint',
    // Short: a large v1 schema carries hundreds of these. The API's note explains the migration.
    message: `@${name} is right under transformer v1; ${REPLACEMENTS[name]}. The quick fix writes the v2 form, for when the API moves to v2.`,
    fixes: fixes.map((fix) => ({ ...fix, isPreferred: false, title: `${fix.title} (transformer v2)` })),
  };
}
