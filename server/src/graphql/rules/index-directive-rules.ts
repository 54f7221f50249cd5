import { Kind, type DirectiveNode, type FieldDefinitionNode, type ValueNode } from 'graphql';
import { fieldTypeInfo, findArgument, findDirective, findField, listItemNodes, objectFieldNode } from '../amplify-schema-model';
import { flag } from '../api-settings';
import type { RuleContext, SchemaRule } from '../rule-context';
import {
  closestName,
  missingSortKeyRemedy,
  fieldDirectiveUses,
  isModelType,
  renameStringFix,
  type FieldDirectiveUse,
  type FieldParent,
} from './directive-rule-support';
import { existingQueryFields, type QueryFieldOrigin } from './model-query-names';

/** The transformer's index-name rule (DynamoDB's own limits). */
const INDEX_NAME_PATTERN = /^[A-Za-z0-9_\-.]{3,255}$/;

/**
 * `@index` (index-transformer `graphql-index-transformer.ts` and `utils.ts`): on @model types
 * only, a scalar hash key and sort keys, valid and unique index names, query fields that do not
 * collide, the local-secondary-index rules and INCLUDE projections.
 */
export const indexDirectiveRules: SchemaRule = {
  name: 'index-directive',
  run(context) {
    // Transformer v1 does not know @index; the SDL layer already reports it as a v2 directive.
    if (context.settings.transformerVersion === 1) return;
    const queryFields = new Map<string, QueryFieldOrigin>(existingQueryFields(context.model, context.settings));
    const indexNamesByType = new Map<FieldParent, Set<string>>();
    for (const use of fieldDirectiveUses(context.model, 'index')) {
      reportSelfReference(use, context);
      if (!isModelType(use.parent)) {
        context.report({
          node: use.directive,
          code: 'index-not-on-model',
          message: `The @index directive may only be added to object definitions annotated with @model. Add @model to ${use.parent.name.value}, or remove @index.`,
        });
        continue;
      }
      let names = indexNamesByType.get(use.parent);
      if (!names) indexNamesByType.set(use.parent, (names = new Set()));
      const name = checkIndexName(use, names, context);
      checkLocalSecondaryIndex(use, name, context);
      checkKeyFields(use, name, context);
      checkQueryField(use, queryFields, context);
      checkProjection(use, name, context);
    }
  },
};

function describe(use: FieldDirectiveUse, name: string | undefined): string {
  const where = `'${use.parent.name.value}.${use.field.name.value}'`;
  return name ? `Index '${name}' on type ${where}` : `The @index on ${where}`;
}

function reportSelfReference({ field, directive }: FieldDirectiveUse, { report }: RuleContext): void {
  for (const item of listItemNodes(findArgument(directive, 'sortKeyFields')?.value)) {
    if (item.kind === Kind.STRING && item.value === field.name.value) {
      report({
        node: item,
        code: 'index-self-reference',
        message: `@index field '${field.name.value}' cannot reference itself. Remove '${item.value}' from sortKeyFields.`,
      });
    }
  }
}

/** Validates `name:` and returns the explicit name, if any. */
function checkIndexName(use: FieldDirectiveUse, namesOfType: Set<string>, { report }: RuleContext): string | undefined {
  const value = findArgument(use.directive, 'name')?.value;
  if (value?.kind === Kind.NULL) {
    report({
      node: value,
      code: 'index-null-name',
      message:
        'Explicit null value not allowed for name field on @index. Give the index a name, or remove the argument to use the generated one.',
    });
    return undefined;
  }
  // An empty name is treated as absent: the transformer generates one.
  if (value?.kind !== Kind.STRING || value.value === '') return undefined;
  const name = value.value;
  if (!INDEX_NAME_PATTERN.test(name)) {
    report({
      node: value,
      code: 'index-invalid-name',
      message:
        'The indexName is invalid. It should be between 3 and 255 characters. Only A–Z, a–z, 0–9, underscore characters, hyphens, and periods allowed.',
    });
  }
  if (namesOfType.has(name)) {
    report({
      node: value,
      code: 'index-duplicate-name',
      message: `You may only supply one @index with the name '${name}' on type '${use.parent.name.value}'. Rename one of the indexes.`,
    });
  }
  namesOfType.add(name);
  return name;
}

function hasSortKeyList(directive: DirectiveNode): boolean {
  const value = findArgument(directive, 'sortKeyFields')?.value;
  if (value?.kind === Kind.STRING) return true; // a single name coerces to a one-item list
  return value?.kind === Kind.LIST && value.values.length > 0;
}

/**
 * An index whose hash key is the table's own partition key would be a local secondary index,
 * which DynamoDB allows only when the table has a sort key (and, as an LSI, with a sort key of
 * its own — the case when `secondaryKeyAsGSI` is off).
 */
function checkLocalSecondaryIndex(use: FieldDirectiveUse, name: string | undefined, { settings, report }: RuleContext): void {
  const primaryKey = findDirective(use.field, 'primaryKey');
  if (!primaryKey) return;
  const label = name ?? `on ${use.parent.name.value}.${use.field.name.value}`;
  if (!hasSortKeyList(primaryKey)) {
    report({
      node: use.directive,
      code: 'index-lsi-without-primary-sort-key',
      message:
        `Invalid @index '${label}'. You may not create an index where the partition key is the same as that of the primary key ` +
        'unless the primary key has a sort field. You cannot have a local secondary index without a sort key in the primary key. ' +
        'Index another field, or add sortKeyFields to the @primaryKey.',
    });
    return;
  }
  const gsiByDefault = settings.generation === 2 || flag(settings, 'secondaryKeyAsGSI') !== false;
  if (!gsiByDefault && !hasSortKeyList(use.directive)) {
    report({
      node: use.directive,
      code: 'index-lsi-without-sort-key',
      message:
        `Invalid @index '${label}'. You may not create an index where the partition key is the same as that of the primary key ` +
        'unless the index has a sort field. You cannot have a local secondary index without a sort key in the index. Add sortKeyFields to the @index.',
    });
  }
}

function checkKeyFields(use: FieldDirectiveUse, name: string | undefined, { model, report }: RuleContext): void {
  const typeName = use.parent.name.value;
  if (!model.isKeyableField(use.field)) {
    report({
      node: use.field.type,
      code: 'index-field-not-scalar',
      message: `${describe(use, name)} cannot be a non-scalar. Put @index on a scalar or enum field that is not a list.`,
    });
  }
  for (const item of listItemNodes(findArgument(use.directive, 'sortKeyFields')?.value)) {
    if (item.kind !== Kind.STRING || item.value === use.field.name.value) continue;
    const sortField = findField(use.parent, item.value);
    if (!sortField) {
      const fieldNames = (use.parent.fields ?? []).map((field: FieldDefinitionNode) => field.name.value);
      const suggestion = closestName(item.value, fieldNames);
      report({
        node: item,
        code: 'index-sort-key-not-found',
        message:
          `Can't find field '${item.value}' in ${typeName}, but it was specified in index '${name ?? `${typeName}.${use.field.name.value}`}'. ` +
          (suggestion ? `Did you mean '${suggestion}'?` : missingSortKeyRemedy(item.value, typeName)),
        fixes: renameStringFix(item, suggestion),
      });
    } else if (!model.isKeyableField(sortField)) {
      report({
        node: item,
        code: 'index-sort-key-not-scalar',
        message: `The sort key of index '${name ?? `${typeName}.${use.field.name.value}`}' on type '${typeName}.${item.value}' cannot be a non-scalar (it is ${printTypeName(sortField)}). Use a scalar or enum field that is not a list.`,
      });
    }
  }
}

function printTypeName(field: FieldDefinitionNode): string {
  const info = fieldTypeInfo(field.type);
  return info.isList ? `a list of ${info.namedType}` : info.namedType;
}

/**
 * The transformer folds each index's query into the Query type as an extension, which fails with
 * "cannot redeclare field" on a name already there. Generated names (`<models>By<Field>`) depend
 * on the pluralize package, so only explicit `queryField`s are compared.
 */
function checkQueryField(use: FieldDirectiveUse, taken: Map<string, QueryFieldOrigin>, { model, report }: RuleContext): void {
  const value = findArgument(use.directive, 'queryField')?.value;
  if (value?.kind !== Kind.STRING || value.value === '') return;
  const queryField = value.value;
  const existing = taken.get(queryField);
  if (existing) {
    report({
      node: value,
      code: existing.source === 'index' ? 'index-duplicate-query-field' : 'index-query-field-clash',
      message: `Object type extension '${model.rootTypeName('query')}' cannot redeclare field ${queryField}: this @index's queryField has the same name as ${existing.description}. Choose another queryField.`,
    });
    return;
  }
  taken.set(queryField, {
    name: queryField,
    source: 'index',
    description: `the queryField of the @index on ${use.parent.name.value}.${use.field.name.value}`,
  });
}

function checkProjection(use: FieldDirectiveUse, name: string | undefined, { report }: RuleContext): void {
  const projection = findArgument(use.directive, 'projection')?.value;
  if (projection?.kind !== Kind.OBJECT) return;
  const type = objectFieldNode(projection, 'type')?.value;
  if (type?.kind !== Kind.ENUM || type.value !== 'INCLUDE') return;
  const attributes: ValueNode | undefined = objectFieldNode(projection, 'nonKeyAttributes')?.value;
  const hasAttributes = attributes !== undefined && attributes.kind !== Kind.NULL && listItemNodes(attributes).length > 0;
  if (hasAttributes) return;
  report({
    node: projection,
    code: 'index-projection-missing-attributes',
    message: `@index '${name ?? `${use.parent.name.value}.${use.field.name.value}`}': nonKeyAttributes must be specified when projection type is INCLUDE. List the attributes to project, e.g. nonKeyAttributes: ["title"], or use type: ALL or KEYS_ONLY.`,
  });
}
