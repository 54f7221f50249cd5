import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { findAmplifyDirective, inputTypeAtPath, isListInput } from '../docs/directive-schema';
import { directiveDoc } from '../docs/docs-markdown';
import type { ScanState } from '../syntax/cursor-scan';
import { completionItem, type CompletionRequest } from './completion-request';
import type { OutlineField } from '../syntax/schema-outline';
import { stringContent } from '../syntax/schema-tokens';
import { manyToManyRelationNames } from './relation-names';

/**
 * String arguments that name something in the schema: fields (`references`, `fields`,
 * `sortKeyFields`, `ownerField`, …), `@manyToMany` relation names, Lambda function names,
 * `@aws_subscribe` mutations, the models and queries of `@conversation` tools and the custom
 * SQL statements of `@sql(reference:)`. Returns undefined when the argument is not one of them.
 */
export function namedReferenceItems(
  request: CompletionRequest,
  directiveName: string,
  path: readonly string[],
  state: ScanState,
): CompletionItem[] | undefined {
  const candidates = referenceCandidates(request, `${directiveName}.${path.join('.')}`, state);
  if (!candidates) return undefined;
  const directive = findAmplifyDirective(directiveName, request.settings);
  const argumentType = directive && inputTypeAtPath(directive, path);
  const top = state.stack.at(-1);
  const inList = top?.role === 'list';
  const written = new Set(inList ? top.items.map(stringContent) : []);
  const wrapInList = !inList && argumentType !== undefined && isListInput(argumentType);
  const argumentText = directiveDoc(directiveName)?.arguments[path[path.length - 1]];
  return candidates
    .filter((candidate) => !written.has(candidate.name))
    .map((candidate, order) => {
      const quoted = request.site.inString ? candidate.name : `"${candidate.name}"`;
      return completionItem(request, {
        label: candidate.name,
        kind: candidate.kind,
        detail: candidate.detail,
        documentation: [candidate.documentation, argumentText].filter(Boolean).join('\n\n'),
        insert: wrapInList ? `[${quoted}]` : quoted,
        filterText: request.site.inString ? undefined : candidate.name,
        sortText: `${candidate.rank ?? 0}${String(order).padStart(3, '0')}`,
      });
    });
}

interface Candidate {
  name: string;
  kind: typeof CompletionItemKind.Field | typeof CompletionItemKind.Value | typeof CompletionItemKind.Function;
  detail: string;
  documentation?: string;
  /** Lower sorts first. */
  rank?: number;
}

function referenceCandidates(request: CompletionRequest, argument: string, state: ScanState): Candidate[] | undefined {
  const { index } = request;
  const thisType = state.definition.name;
  const field = state.field;
  const thisFields = thisType ? index.fieldsOf(thisType) : [];
  const keyable = (fields: OutlineField[], typeName: string | undefined) =>
    fields.filter((candidate) => index.isKeyable(candidate)).map((candidate) => fieldCandidate(candidate, typeName));
  switch (argument) {
    case 'hasMany.references':
    case 'hasOne.references':
      return field?.typeName ? keyable(index.fieldsOf(field.typeName), field.typeName) : [];
    case 'hasMany.fields':
    case 'hasOne.fields':
    case 'belongsTo.fields':
    case 'belongsTo.references':
    case 'connection.fields':
    case 'key.fields':
      return keyable(thisFields, thisType);
    case 'primaryKey.sortKeyFields':
    case 'index.sortKeyFields':
      return keyable(thisFields, thisType).filter((candidate) => candidate.name !== field?.name);
    case 'index.projection.nonKeyAttributes':
      return thisFields.filter((candidate) => candidate.name !== field?.name).map((candidate) => fieldCandidate(candidate, thisType));
    case 'auth.rules.ownerField':
      return ownerLikeFields(thisFields, thisType, 'owner');
    case 'auth.rules.groupsField':
      return ownerLikeFields(thisFields, thisType, 'groups');
    case 'manyToMany.relationName':
      return relationNameCandidates(request);
    case 'function.name':
      return functionCandidates(request);
    case 'conversation.tools.modelName':
      return modelCandidates(request);
    case 'conversation.tools.queryName':
      // The conversation transformer looks the tool's query up on the type named Query.
      return index.fieldsOf('Query').map((candidate) => ({ ...fieldCandidate(candidate, 'Query'), kind: CompletionItemKind.Function }));
    case 'sql.reference':
      return [...(request.settings.sqlStatementNames ?? [])].sort().map((name) => ({
        name,
        kind: CompletionItemKind.Value,
        detail: `sql-statements/${name}.sql`,
      }));
    case 'aws_subscribe.mutations': {
      const mutation = index.fieldsOf('Mutation');
      return mutation.map((candidate) => ({ ...fieldCandidate(candidate, 'Mutation'), kind: CompletionItemKind.Function }));
    }
    default:
      return undefined;
  }
}

function fieldCandidate(field: OutlineField, typeName: string | undefined): Candidate {
  const type = field.typeName ? (field.isList ? `[${field.typeName}]` : field.typeName) : '?';
  return { name: field.name, kind: CompletionItemKind.Field, detail: `${typeName ?? ''}.${field.name}: ${type}` };
}

/** `ownerField` / `groupsField` hold a String or [String]; Amplify adds the default field when absent. */
function ownerLikeFields(fields: OutlineField[], typeName: string | undefined, defaultName: string): Candidate[] {
  const candidates = fields
    .filter((field) => field.typeName === 'String' || field.typeName === 'ID')
    .map((field) => fieldCandidate(field, typeName));
  if (!fields.some((field) => field.name === defaultName)) {
    candidates.push({
      name: defaultName,
      kind: CompletionItemKind.Value,
      detail: `${defaultName}: String (added by Amplify when the type lacks it)`,
      rank: 1,
    });
  }
  return candidates;
}

function relationNameCandidates(request: CompletionRequest): Candidate[] {
  const uses = manyToManyRelationNames(request.index, request.site);
  return [...uses.entries()].map(([name, locations]) => ({
    name,
    kind: CompletionItemKind.Value,
    detail:
      locations.length === 1
        ? `@manyToMany relation used on ${locations[0]} — pair it here`
        : `@manyToMany relation used on ${locations.join(', ')}`,
    documentation: `The join model \`${name.charAt(0).toUpperCase()}${name.slice(1)}\` is created from this name; each relation name must appear on exactly two fields.`,
    // A name used once is waiting for its other side.
    rank: locations.length === 1 ? 0 : 1,
  }));
}

/** @model types: a model tool lists their records through the generated list query. */
function modelCandidates(request: CompletionRequest): Candidate[] {
  return request.index
    .definitions()
    .filter(
      ({ definition }) => definition.keyword === 'type' && !definition.isExtension && definition.name && definition.directives.includes('model'),
    )
    .map(({ definition }) => ({
      name: definition.name!,
      kind: CompletionItemKind.Value,
      detail: `@model type ${definition.name}`,
      documentation: "The tool calls the model's list query (modelOperation: list).",
    }));
}

function functionCandidates(request: CompletionRequest): Candidate[] {
  const names = request.settings.functionNames;
  if (!names) return [];
  return [...names].sort().map((name) => ({
    name: `${name}-\${env}`,
    kind: CompletionItemKind.Function,
    detail: `Lambda function ${name} of this project`,
    documentation: '`${env}` is replaced by the name of the environment being deployed.',
  }));
}
