import {
  GraphQLError,
  Kind,
  TypeInfo,
  ValuesOfCorrectTypeRule,
  buildASTSchema,
  getEnterLeaveForKind,
  visit,
  visitInParallel,
  visitWithTypeInfo,
  type ASTVisitor,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import * as graphqlValidation from 'graphql/validation';
import { KnownArgumentNamesOnDirectivesRule } from 'graphql/validation/rules/KnownArgumentNamesRule';
import { ProvidedRequiredArgumentsOnDirectivesRule } from 'graphql/validation/rules/ProvidedRequiredArgumentsRule';
import { specifiedSDLRules } from 'graphql/validation/specifiedRules';
import { SDLValidationContext, ValidationContext, type SDLValidationRule } from 'graphql/validation/ValidationContext';
import { appendAll } from '../collections/append-all';
import { directivePreamble } from './amplify-directive-definitions';
import { boundedKnownTypeNamesRule } from './bounded-known-type-names';
import type { AmplifySchemaModel } from './amplify-schema-model';
import type { ApiSettings } from './api-settings';
import type { LensDiagnostic } from '../lens-diagnostic';
import { sdlErrorToDiagnostic, type SdlFinding } from './sdl-error-diagnostic';

/**
 * graphql-js' validation rules by the names they are exported under (the two SDL-only rules the
 * package does not re-export, from their modules). A minified bundle renames functions but never
 * an export's name, so the rules are told apart by these, not by `rule.name`; a test checks every
 * SDL rule has its name here.
 */
const GRAPHQL_RULE_NAMES = new Map<unknown, string>(
  Object.entries({ ...graphqlValidation, KnownArgumentNamesOnDirectivesRule, ProvidedRequiredArgumentsOnDirectivesRule })
    .filter(([name, rule]) => name.endsWith('Rule') && typeof rule === 'function')
    .map(([name, rule]) => [rule, name]),
);
// The bounded rule stands in for graphql-js' own and is reported under its name.
GRAPHQL_RULE_NAMES.set(boundedKnownTypeNamesRule, 'KnownTypeNamesRule');

/** Rules that only look at top-level definitions: run over all of them, without descending. */
const TOP_LEVEL_RULES = new Set<SDLValidationRule>(
  specifiedSDLRules.filter((rule) =>
    [
      'LoneSchemaDefinitionRule',
      'UniqueOperationTypesRule',
      'UniqueTypeNamesRule',
      'UniqueDirectiveNamesRule',
      'PossibleTypeExtensionsRule',
    ].includes(ruleNameOf(rule)),
  ),
);
/**
 * Rules whose findings depend on one type (with its extensions) and the set of names: cacheable per
 * type. Known type names are checked with a bound on the cost of suggestions (see its file).
 */
const PER_TYPE_RULES = specifiedSDLRules
  .filter((rule) => !TOP_LEVEL_RULES.has(rule))
  .map((rule) => (ruleNameOf(rule) === 'KnownTypeNamesRule' ? boundedKnownTypeNamesRule : rule));

const schemaCache = new WeakMap<DocumentNode, GraphQLSchema>();

interface UnitResult {
  nodes: readonly DefinitionNode[];
  signature: string;
  findings: SdlFinding[];
}

/**
 * Findings per schema unit (a type with its extensions, a directive definition), keyed by the
 * unit's first AST node. Unchanged definitions keep their nodes across edits (parse-schema-file.ts),
 * so after a one-character edit only the edited unit is validated again.
 */
export class SdlValidationCache {
  readonly units = new WeakMap<DefinitionNode, UnitResult>();
}

/**
 * The layer the transformer runs first (transformer-core `validateModelSchema`): graphql-js' SDL
 * rules over the schema with Amplify's directives and scalars prepended, plus value checks of
 * directive arguments. Unlike the transformer it reports every error, each at its own node.
 */
export function validateSdl(
  userDocument: DocumentNode,
  model: AmplifySchemaModel,
  settings: ApiSettings,
  cache: SdlValidationCache = new SdlValidationCache(),
): LensDiagnostic[] {
  const preamble = directivePreamble(settings);
  const combined: DocumentNode = { kind: Kind.DOCUMENT, definitions: [...preamble.definitions, ...userDocument.definitions] };
  const findings: SdlFinding[] = [];

  for (const rule of TOP_LEVEL_RULES) {
    const visitor = rule(new SDLValidationContext(combined, undefined, (error) => findings.push({ error, ruleName: ruleNameOf(rule) })));
    for (const definition of combined.definitions) {
      const { enter, leave } = getEnterLeaveForKind(visitor, definition.kind);
      enter?.call(visitor, definition as never, undefined, undefined, [], []);
      leave?.call(visitor, definition as never, undefined, undefined, [], []);
    }
  }

  const signature = environmentSignature(userDocument, settings);
  let unitFindings: SdlFinding[] = [];
  let visitors: ASTVisitor | undefined;
  for (const { nodes: unit, duplicate } of groupIntoUnits(userDocument.definitions)) {
    const cached = cache.units.get(unit[0]);
    if (cached && cached.signature === signature && sameNodes(cached.nodes, unit)) {
      appendAll(findings, cached.findings);
      continue;
    }
    unitFindings = [];
    // A second definition of a name gets rules of its own: with the shared ones, every field and
    // directive of it would also be reported as a duplicate of the first definition's.
    const unitVisitor = duplicate
      ? unitVisitors(combined, userDocument, preamble, (finding) => unitFindings.push(finding))
      : (visitors ??= unitVisitors(combined, userDocument, preamble, (finding) => unitFindings.push(finding)));
    // Visited inside a document of their own: some rules read the ancestors' shape (SDL vs operations).
    visit({ kind: Kind.DOCUMENT, definitions: unit }, unitVisitor);
    cache.units.set(unit[0], { nodes: unit, signature, findings: unitFindings });
    appendAll(findings, unitFindings);
  }

  return findings.flatMap((finding) => sdlErrorToDiagnostic(finding, model, settings) ?? []);
}

/** A rule's name as graphql-js exports it. */
export function ruleNameOf(rule: SDLValidationRule | typeof ValuesOfCorrectTypeRule): string {
  return GRAPHQL_RULE_NAMES.get(rule) ?? 'graphql-validation';
}

/** The per-type SDL rules and the argument-value rule, reporting to `sink`. */
function unitVisitors(
  combined: DocumentNode,
  userDocument: DocumentNode,
  preamble: DocumentNode,
  sink: (finding: SdlFinding) => void,
): ASTVisitor {
  const visitors = PER_TYPE_RULES.map((rule) =>
    rule(new SDLValidationContext(combined, undefined, (error: GraphQLError) => sink({ error, ruleName: ruleNameOf(rule) }))),
  );
  let schema = schemaCache.get(preamble);
  if (!schema) {
    schema = buildASTSchema(preamble, { assumeValidSDL: true });
    schemaCache.set(preamble, schema);
  }
  const typeInfo = new TypeInfo(schema);
  const valueContext = new ValidationContext(schema, userDocument, typeInfo, (error) =>
    sink({ error, ruleName: ruleNameOf(ValuesOfCorrectTypeRule) }),
  );
  visitors.push(visitWithTypeInfo(typeInfo, ValuesOfCorrectTypeRule(valueContext)));
  return visitInParallel(visitors);
}

interface SchemaUnit {
  nodes: DefinitionNode[];
  /** A repeated definition of a name already defined (graphql-js reports the duplicate type). */
  duplicate: boolean;
}

/** A type is validated together with its extensions; a repeated definition stands alone. */
function groupIntoUnits(definitions: readonly DefinitionNode[]): SchemaUnit[] {
  const byName = new Map<string, SchemaUnit>();
  const units: SchemaUnit[] = [];
  for (const definition of definitions) {
    const name =
      'name' in definition && definition.name
        ? `${definition.kind === Kind.DIRECTIVE_DEFINITION ? '@' : ''}${definition.name.value}`
        : undefined;
    const existing = name === undefined ? undefined : byName.get(name);
    if (existing && (isExtension(definition) || existing.nodes.every(isExtension))) {
      existing.nodes.push(definition);
      continue;
    }
    const unit = { nodes: [definition], duplicate: existing !== undefined };
    if (name !== undefined && !existing) byName.set(name, unit);
    units.push(unit);
  }
  return units;
}

function isExtension(definition: DefinitionNode): boolean {
  return definition.kind.endsWith('Extension');
}

/** What per-type findings depend on besides the type itself: the names and kinds of all types, and user directives. */
function environmentSignature(document: DocumentNode, settings: ApiSettings): string {
  const parts = [`${settings.generation}/${settings.transformerVersion}`];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) {
      parts.push(definition.loc ? definition.loc.source.body.slice(definition.loc.start, definition.loc.end) : definition.name.value);
    } else if ('name' in definition && definition.name) {
      parts.push(`${definition.kind}:${definition.name.value}`);
    }
  }
  return parts.join('\n');
}

function sameNodes(a: readonly DefinitionNode[], b: readonly DefinitionNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node === b[i]);
}
