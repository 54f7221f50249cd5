import { GraphQLError, Kind, type ASTNode, type DirectiveNode } from 'graphql';
import { GEN2_ONLY_DIRECTIVES, V1_ONLY_DIRECTIVES, V2_ONLY_DIRECTIVES } from './amplify-directive-definitions';
import type { AmplifySchemaModel } from './amplify-schema-model';
import type { ApiSettings } from './api-settings';
import type { LensDiagnostic, Range } from '../lens-diagnostic';
import { locateNode } from './schema-source-map';
import { TRANSFORMER_MIGRATION_GUIDE as MIGRATION_GUIDE } from './transformer-version/transformer-migration-guide';
import { v1DirectiveMigrationFixes } from './v1-directive-migration';

/** A graphql-js validation error and the rule that raised it. */
export interface SdlFinding {
  error: GraphQLError;
  ruleName: string;
}

/** Codes for graphql-js' SDL rules, so each finding can be told apart (and filtered) by users. */
const RULE_CODES: Record<string, string> = {
  LoneSchemaDefinitionRule: 'duplicate-schema-definition',
  UniqueOperationTypesRule: 'duplicate-operation-type',
  UniqueTypeNamesRule: 'duplicate-type',
  UniqueEnumValueNamesRule: 'duplicate-enum-value',
  UniqueFieldDefinitionNamesRule: 'duplicate-field',
  UniqueArgumentDefinitionNamesRule: 'duplicate-argument-definition',
  UniqueDirectiveNamesRule: 'duplicate-directive-definition',
  KnownTypeNamesRule: 'unknown-type',
  KnownDirectivesRule: 'unknown-directive',
  UniqueDirectivesPerLocationRule: 'duplicate-directive',
  PossibleTypeExtensionsRule: 'invalid-type-extension',
  KnownArgumentNamesOnDirectivesRule: 'unknown-argument',
  UniqueArgumentNamesRule: 'duplicate-argument',
  UniqueInputFieldNamesRule: 'duplicate-input-field',
  ProvidedRequiredArgumentsOnDirectivesRule: 'missing-argument',
  ValuesOfCorrectTypeRule: 'invalid-argument-value',
};

/**
 * A graphql-js finding as a Lens diagnostic, placed on the user's node (never the built-in
 * preamble's). Unknown directives get the transformer-version and generation explanations.
 */
export function sdlErrorToDiagnostic(
  { error, ruleName }: SdlFinding,
  model: AmplifySchemaModel,
  settings: ApiSettings,
): LensDiagnostic | undefined {
  // The last of the user's nodes: for "There can be only one type named X" that is the repeat.
  const node = error.nodes?.filter((candidate) => locateNode(candidate) !== undefined).at(-1);
  const location = locateNode(node);
  if (!node || !location) return undefined; // a clash inside the preamble alone is not the user's
  if (ruleName === 'UniqueTypeNamesRule' && isMergedAmplifyInput(error.nodes ?? [])) return undefined;
  const range = rangeOfName(node) ?? location.range;
  if (ruleName === 'KnownDirectivesRule' && node.kind === Kind.DIRECTIVE) {
    return { uri: location.uri, range, severity: 'error', ...directiveProblem(error, node, model, settings) };
  }
  return { uri: location.uri, range, severity: 'error', code: RULE_CODES[ruleName] ?? 'graphql-validation', message: error.message };
}

function directiveProblem(
  error: GraphQLError,
  node: DirectiveNode,
  model: AmplifySchemaModel,
  settings: ApiSettings,
): Pick<LensDiagnostic, 'code' | 'message' | 'fixes'> {
  const name = node.name.value;
  if (error.message.includes('may not be used on')) {
    return { code: 'misplaced-directive', message: error.message };
  }
  if (settings.transformerVersion === 2 && V1_ONLY_DIRECTIVES.has(name)) {
    const remedy =
      name === 'versioned'
        ? 'Remove it: v2 has no replacement (DataStore conflict resolution covers versioning).'
        : `Migrate it to ${name === 'key' ? '@primaryKey / @index' : '@hasOne, @hasMany, @belongsTo or @manyToMany'}.`;
    const fixes = v1DirectiveMigrationFixes(node, model);
    return {
      code: 'v1-directive',
      message: `"@${name}" is a directive of GraphQL transformer v1, and this project uses v2. ${remedy} See ${MIGRATION_GUIDE}`,
      ...(fixes.length ? { fixes } : {}),
    };
  }
  if (settings.transformerVersion === 1 && V2_ONLY_DIRECTIVES.has(name)) {
    // transformerversion: 2 alone keeps the CLI on v1 (transformer-feature-flags.ts); the migration
    // sets both flags and rewrites the v1 directives (graphql-transformer-migrator).
    return {
      code: 'v2-directive',
      message:
        `"@${name}" is a directive of GraphQL transformer v2, and this API uses v1` +
        `${settings.transformerVersionReason ? ` (${settings.transformerVersionReason})` : ''}. ` +
        `Use the v1 directives, or move the API to v2 with \`amplify migrate api\`. See ${MIGRATION_GUIDE}`,
    };
  }
  if (settings.generation === 1 && GEN2_ONLY_DIRECTIVES.has(name)) {
    return {
      code: 'gen2-only-directive',
      message: `"@${name}" is only available to Amplify Gen 2 data schemas; the Gen 1 CLI does not know it.`,
    };
  }
  return { code: 'unknown-directive', message: `${error.message} Amplify does not define it; check the spelling, or remove it.` };
}

/**
 * The Gen 1 CLI strips `input AMPLIFY` from `schema.graphql` and from `schema.sql.graphql` and
 * merges the two (graphql-transformer-core `transformConfig.ts` `readSchema`), so one in each file
 * is not a repeated type.
 */
function isMergedAmplifyInput(nodes: readonly ASTNode[]): boolean {
  // graphql-js reports the two definitions' name nodes.
  const uris = nodes.map((candidate) =>
    candidate.kind === Kind.NAME && candidate.value === 'AMPLIFY' ? locateNode(candidate)?.uri : undefined,
  );
  return (
    uris.length === 2 &&
    uris.every((uri) => uri !== undefined && (uri.endsWith('/schema.graphql') || uri.endsWith('/schema.sql.graphql'))) &&
    uris[0] !== uris[1]
  );
}

/** Underline a directive's `@name` rather than the whole directive with its arguments. */
function rangeOfName(node: ASTNode): Range | undefined {
  if (node.kind !== Kind.DIRECTIVE) return undefined;
  const at = locateNode(node);
  const name = locateNode(node.name);
  return at && name ? { start: at.range.start, end: name.range.end } : undefined;
}
