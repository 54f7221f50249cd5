import {
  GraphQLError,
  Kind,
  TypeInfo,
  ValuesOfCorrectTypeRule,
  buildASTSchema,
  visit,
  visitInParallel,
  visitWithTypeInfo,
  type ASTNode,
  type ASTVisitor,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { specifiedSDLRules } from 'graphql/validation/specifiedRules';
import { SDLValidationContext, ValidationContext } from 'graphql/validation/ValidationContext';
import {
  GEN2_ONLY_DIRECTIVES,
  V1_ONLY_DIRECTIVES,
  V2_ONLY_DIRECTIVES,
  directivePreamble,
} from './amplify-directive-definitions';
import type { ApiSettings } from './api-settings';
import type { LensDiagnostic } from './lens-diagnostic';
import { locateNode } from './schema-source-map';
import { v1DirectiveMigrationFixes } from './v1-directive-migration';
import type { AmplifySchemaModel } from './amplify-schema-model';

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

const MIGRATION_GUIDE = 'https://docs.amplify.aws/cli/migration/transformer-migration/';

const schemaCache = new WeakMap<DocumentNode, GraphQLSchema>();

/**
 * The layer the transformer runs first (transformer-core `validateModelSchema`): graphql-js' SDL
 * rules over the schema with Amplify's directives and scalars prepended, plus value checks of
 * directive arguments. Unlike the transformer it reports every error, each at its own node.
 */
export function validateSdl(
  userDocument: DocumentNode,
  model: AmplifySchemaModel,
  settings: ApiSettings,
): LensDiagnostic[] {
  const preamble = directivePreamble(settings);
  const combined: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [...preamble.definitions, ...userDocument.definitions],
  };
  const diagnostics: LensDiagnostic[] = [];
  const visitors: ASTVisitor[] = specifiedSDLRules.map((rule) => {
    const context = new SDLValidationContext(combined, undefined, (error) =>
      collect(error, rule.name, model, settings, diagnostics),
    );
    return rule(context);
  });
  visit(combined, visitInParallel(visitors));

  let schema = schemaCache.get(preamble);
  if (!schema) {
    schema = buildASTSchema(preamble, { assumeValidSDL: true });
    schemaCache.set(preamble, schema);
  }
  const typeInfo = new TypeInfo(schema);
  const valueContext = new ValidationContext(schema, userDocument, typeInfo, (error) =>
    collect(error, ValuesOfCorrectTypeRule.name, model, settings, diagnostics),
  );
  visit(userDocument, visitWithTypeInfo(typeInfo, ValuesOfCorrectTypeRule(valueContext)));
  return diagnostics;
}

function collect(
  error: GraphQLError,
  ruleName: string,
  model: AmplifySchemaModel,
  settings: ApiSettings,
  sink: LensDiagnostic[],
): void {
  const node = error.nodes?.find((candidate) => locateNode(candidate) !== undefined);
  const location = locateNode(node);
  if (!node || !location) return; // a clash inside the preamble alone is not the user's
  const unknownDirective = ruleName === 'KnownDirectivesRule' && node.kind === Kind.DIRECTIVE;
  const diagnostic: LensDiagnostic = unknownDirective
    ? directiveDiagnostic(error, node as DirectiveNode, model, settings)
    : {
        uri: location.uri,
        range: location.range,
        severity: 'error',
        code: RULE_CODES[ruleName] ?? 'graphql-validation',
        message: error.message,
      };
  diagnostic.uri = location.uri;
  diagnostic.range = rangeOfName(node) ?? location.range;
  sink.push(diagnostic);
}

/** Unknown or misplaced directives: explain transformer-version and generation mismatches. */
function directiveDiagnostic(
  error: GraphQLError,
  node: DirectiveNode,
  model: AmplifySchemaModel,
  settings: ApiSettings,
): LensDiagnostic {
  const name = node.name.value;
  const base = { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  if (error.message.includes('may not be used on')) {
    return { ...base, severity: 'error', code: 'misplaced-directive', message: error.message };
  }
  if (settings.transformerVersion === 2 && V1_ONLY_DIRECTIVES.has(name)) {
    return {
      ...base,
      severity: 'error',
      code: 'v1-directive',
      message:
        `"@${name}" is a directive of GraphQL transformer v1, and this project uses v2. ` +
        `${name === 'versioned' ? 'Remove it: v2 has no replacement (use conflict resolution instead).' : `Migrate it to ${name === 'key' ? '@primaryKey / @index' : '@hasOne, @hasMany, @belongsTo or @manyToMany'}.`} See ${MIGRATION_GUIDE}`,
      fixes: v1DirectiveMigrationFixes(node, model),
    };
  }
  if (settings.transformerVersion === 1 && V2_ONLY_DIRECTIVES.has(name)) {
    return {
      ...base,
      severity: 'error',
      code: 'v2-directive',
      message:
        `"@${name}" needs GraphQL transformer v2, and this project uses v1. Set ` +
        `"transformerversion": 2 under features.graphqltransformer in amplify/cli.json, or see ${MIGRATION_GUIDE}`,
    };
  }
  if (settings.generation === 1 && GEN2_ONLY_DIRECTIVES.has(name)) {
    return {
      ...base,
      severity: 'error',
      code: 'gen2-only-directive',
      message: `"@${name}" is only available to Amplify Gen 2 data schemas; the Gen 1 CLI does not know it.`,
    };
  }
  return {
    ...base,
    severity: 'error',
    code: 'unknown-directive',
    message: `${error.message} Amplify does not define it; check the spelling, or remove it.`,
  };
}

/** Underline a directive's or type reference's name rather than the whole node where possible. */
function rangeOfName(node: ASTNode) {
  if (node.kind === Kind.DIRECTIVE) {
    const at = locateNode(node);
    const name = locateNode(node.name);
    return at && name ? { start: at.range.start, end: name.range.end } : undefined;
  }
  return undefined;
}
