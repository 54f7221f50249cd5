import { Kind, type DirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { fieldTypeInfo, findArgument, findDirectives, findField, hasDirective, type AmplifySchemaModel } from './amplify-schema-model';
import type { QuickFix, TextEdit } from '../lens-diagnostic';
import { fileTextOf, lineIndexOf, locateNode } from './schema-source-map';

/**
 * @connection arguments of the first connection design, which `amplify migrate api` refuses
 * ("deprecated parameterization"). It lists `limit` too, but `@hasMany(limit:)` means the same.
 */
const UNMIGRATABLE_CONNECTION_ARGUMENTS = new Set(['name', 'keyField', 'sortField']);

/** Directives the migrator accepts as the other side of a bi-directional relationship. */
const RELATION_DIRECTIVES = new Set(['hasOne', 'hasMany', 'connection']);

/**
 * Quick fixes that rewrite a v1 `@key` / `@connection` / `@versioned` into its v2 form, the way
 * `amplify migrate api` (graphql-transformer-migrator) does. Where the migrator would refuse, or
 * would produce something v2 rejects, no fix is offered.
 */
export function v1DirectiveMigrationFixes(directive: DirectiveNode, model: AmplifySchemaModel, knownOwner?: DirectiveOwner): QuickFix[] {
  const owner = knownOwner ?? findOwner(directive, model);
  if (!owner) return [];
  switch (directive.name.value) {
    case 'key':
      return owner.field ? [] : keyFix(directive, owner.type);
    case 'connection':
      return owner.field ? connectionFix(directive, owner.field, owner.type, model) : [];
    case 'versioned':
      return owner.field
        ? []
        : optional(removeDirectiveEdit(directive), (edit) => ({
            title: 'Remove @versioned (transformer v2 has no replacement; use conflict resolution)',
            isPreferred: true,
            edits: [edit],
          }));
    default:
      return [];
  }
}

export interface DirectiveOwner {
  type: ObjectTypeDefinitionNode;
  field?: FieldDefinitionNode;
}

function findOwner(directive: DirectiveNode, model: AmplifySchemaModel): DirectiveOwner | undefined {
  for (const definition of model.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (definition.directives?.some((candidate) => candidate === directive)) return { type: definition };
    const field = definition.fields?.find((candidate) => candidate.directives?.some((d) => d === directive));
    if (field) return { type: definition, field };
  }
  return undefined;
}

/** The `fields` of a @key, when written as a list of strings (the only form the migrator reads). */
function keyFields(directive: DirectiveNode): string[] | undefined {
  const value = findArgument(directive, 'fields')?.value;
  if (value?.kind !== Kind.LIST || value.values.length === 0) return undefined;
  const names = value.values.map((item) => (item.kind === Kind.STRING ? item.value : undefined));
  return names.every((name): name is string => name !== undefined) ? names : undefined;
}

/**
 * `@key(fields: ["a", "b"])` → `a: … @primaryKey(sortKeyFields: ["b"])`;
 * `@key(name: "byA", fields: ["a", "b"], queryField: "q")` → `a: … @index(name: "byA", sortKeyFields: ["b"], queryField: "q")`.
 */
function keyFix(directive: DirectiveNode, type: ObjectTypeDefinitionNode): QuickFix[] {
  const fields = keyFields(directive);
  if (!fields) return [];
  const [partitionKey, ...sortKeys] = fields;
  const field = findField(type, partitionKey);
  if (!field) return []; // e.g. the implicit `id` of a v1 model: nowhere to put the directive
  const nameArgument = findArgument(directive, 'name');
  const queryFieldArgument = findArgument(directive, 'queryField');
  const sortKeyFields = sortKeys.length > 0 ? `sortKeyFields: [${sortKeys.map((name) => JSON.stringify(name)).join(', ')}]` : undefined;
  let replacement: string;
  if (!nameArgument) {
    // A primary key's query field has no v2 equivalent; dropping it would silently remove a query.
    if (queryFieldArgument) return [];
    if ((type.fields ?? []).some((candidate) => hasDirective(candidate, 'primaryKey'))) return [];
    replacement = sortKeyFields ? `@primaryKey(${sortKeyFields})` : '@primaryKey';
  } else {
    if (nameArgument.value.kind !== Kind.STRING) return [];
    const nameText = sourceText(nameArgument);
    const queryFieldText = queryFieldArgument ? sourceText(queryFieldArgument) : undefined;
    if (nameText === undefined || (queryFieldArgument && queryFieldText === undefined)) return [];
    replacement = `@index(${[nameText, sortKeyFields, queryFieldText].filter((arg) => arg !== undefined).join(', ')})`;
  }
  const removal = removeDirectiveEdit(directive);
  const insertion = insertAfterEdit(field.directives?.length ? field.directives[field.directives.length - 1] : field.type, ` ${replacement}`);
  if (!removal || !insertion) return [];
  return [
    {
      title: `Migrate to ${replacement.replace(/\(.*$/, '')} on '${partitionKey}'`,
      isPreferred: true,
      edits: [removal, insertion],
    },
  ];
}

/**
 * `@connection` on a list → `@hasMany` (`keyName` becomes `indexName`); on a single object →
 * `@belongsTo` when the related type points back with a list relation, else `@hasOne`.
 */
function connectionFix(
  directive: DirectiveNode,
  field: FieldDefinitionNode,
  type: ObjectTypeDefinitionNode,
  model: AmplifySchemaModel,
): QuickFix[] {
  const args = directive.arguments ?? [];
  if (args.some((arg) => UNMIGRATABLE_CONNECTION_ARGUMENTS.has(arg.name.value))) return [];
  const fieldsValue = findArgument(directive, 'fields')?.value;
  if (fieldsValue && fieldsValue.kind !== Kind.LIST) return [];
  const keyName = findArgument(directive, 'keyName');
  const edits: (TextEdit | undefined)[] = [];
  let target: string;
  if (fieldTypeInfo(field.type).isList) {
    target = 'hasMany';
    if (keyName) edits.push(replaceEdit(keyName.name, 'indexName'));
  } else {
    // @hasOne and @belongsTo take no index name or limit.
    if (keyName || findArgument(directive, 'limit')) return [];
    const related = model.objectType(fieldTypeInfo(field.type).namedType);
    if (!related) return [];
    target = isBelongsTo(directive, type, related) ? 'belongsTo' : 'hasOne';
  }
  edits.push(replaceEdit(directive.name, target));
  if (edits.some((edit) => edit === undefined)) return [];
  return [{ title: `Migrate to @${target}`, isPreferred: true, edits: edits as TextEdit[] }];
}

/** The migrator's test: a field of the related type that points back here with a list relation. */
function isBelongsTo(directive: DirectiveNode, type: ObjectTypeDefinitionNode, related: ObjectTypeDefinitionNode): boolean {
  const fieldsValue = findArgument(directive, 'fields')?.value;
  const firstField = fieldsValue?.kind === Kind.LIST && fieldsValue.values[0]?.kind === Kind.STRING ? fieldsValue.values[0].value : undefined;
  const keyField = firstField ? findField(type, firstField) : undefined;
  if (keyField && !isIndexed(keyField, type)) return false;
  const backReference = (related.fields ?? []).find(
    (candidate) =>
      fieldTypeInfo(candidate.type).namedType === type.name.value &&
      (candidate.directives ?? []).some((d) => RELATION_DIRECTIVES.has(d.name.value)),
  );
  return backReference !== undefined && fieldTypeInfo(backReference.type).isList;
}

/** After migration: an @index on the field, or a named @key whose first field it is. */
function isIndexed(field: FieldDefinitionNode, type: ObjectTypeDefinitionNode): boolean {
  if (hasDirective(field, 'index')) return true;
  return findDirectives(type, 'key').some((key) => findArgument(key, 'name') !== undefined && keyFields(key)?.[0] === field.name.value);
}

function sourceText(node: Parameters<typeof locateNode>[0]): string | undefined {
  const location = locateNode(node);
  const text = node && fileTextOf(node);
  return location && text !== undefined ? text.slice(location.start, location.end) : undefined;
}

function replaceEdit(node: Parameters<typeof locateNode>[0], newText: string): TextEdit | undefined {
  const location = locateNode(node);
  return location ? { uri: location.uri, range: location.range, newText } : undefined;
}

function insertAfterEdit(node: Parameters<typeof locateNode>[0], newText: string): TextEdit | undefined {
  const location = locateNode(node);
  return location ? { uri: location.uri, range: { start: location.range.end, end: location.range.end }, newText } : undefined;
}

/**
 * Deletes a directive with the blank space that belongs to it: the whole line when the
 * directive stands alone on it, else the spaces before it (or after it, at a line's start).
 */
function removeDirectiveEdit(directive: DirectiveNode): TextEdit | undefined {
  const location = locateNode(directive);
  const text = fileTextOf(directive);
  const lines = lineIndexOf(directive);
  if (!location || text === undefined || !lines) return undefined;
  let { start, end } = location;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const blankBefore = text.slice(lineStart, start).trim() === '';
  const blankAfter = text.slice(end, lineEnd).trim() === '';
  if (blankBefore && blankAfter && newline !== -1) {
    start = lineStart;
    end = lineEnd + 1;
  } else if (blankBefore) {
    while (end < lineEnd && (text[end] === ' ' || text[end] === '\t')) end++;
    // What followed the directive (often the `{`) moves up to the end of the previous line,
    // unless that line ends in a comment it would fall into.
    let previousEnd = lineStart;
    while (previousEnd > 0 && /\s/.test(text[previousEnd - 1])) previousEnd--;
    const previousLine = text.slice(text.lastIndexOf('\n', previousEnd - 1) + 1, previousEnd);
    if (previousEnd > 0 && !previousLine.includes('#')) {
      return { uri: location.uri, range: { start: lines.positionAt(previousEnd), end: lines.positionAt(end) }, newText: ' ' };
    }
  } else {
    while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  }
  return { uri: location.uri, range: { start: lines.positionAt(start), end: lines.positionAt(end) }, newText: '' };
}

function optional<T, R>(value: T | undefined, map: (value: T) => R): R[] {
  return value === undefined ? [] : [map(value)];
}
