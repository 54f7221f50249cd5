import { Kind, type StringValueNode } from 'graphql';
import { listItemNodes, stringArgument, findArgument } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { fieldPath, type ModelRelationSite, type RelationSite } from './relation-site';

/** A `fields` / `references` entry with the node to underline. */
export interface NamedEntry {
  name: string;
  node: StringValueNode;
}

/** String items of a list argument (non-strings are graphql-js' to report). */
export function namedEntries(site: ModelRelationSite, argumentName: 'fields' | 'references'): NamedEntry[] {
  const argument = argumentName === 'fields' ? site.fieldsArgument : site.referencesArgument;
  return listItemNodes(argument?.value)
    .filter((node): node is StringValueNode => node.kind === Kind.STRING)
    .map((node) => ({ name: node.value, node }));
}

/**
 * Which way the transformer resolves the relation (`get*DirectiveTransformer` factories):
 * `references` when given (never together with `fields`, never empty), otherwise the legacy `fields`.
 * Returns `undefined` when the arguments themselves are wrong and no path applies.
 */
export function relationPath(site: ModelRelationSite, context: RuleContext): 'references' | 'fields' | undefined {
  if (!site.referencesArgument) return 'fields';
  if (site.fieldsArgument) {
    context.report({
      node: site.fieldsArgument,
      code: 'relational-fields-with-references',
      message: `fields and references cannot be defined in the same @${site.directiveName}. Use 'references' and remove 'fields'.`,
    });
    return undefined;
  }
  if (site.referencesArgument.value.kind === Kind.LIST && site.referencesArgument.value.values.length === 0) {
    context.report({
      node: site.referencesArgument.value,
      code: 'relational-empty-references',
      message:
        `Invalid @${site.directiveName} directive on ${site.field.name.value} - empty references list. ` +
        `List the reference fields, one per primary key field of ${site.directiveName === 'belongsTo' ? site.relatedTypeName : site.parentName}.`,
    });
    return undefined;
  }
  return 'references';
}

/** `indexName` belongs to the legacy path; with `references` the index comes from the relation. */
export function checkIndexNameWithReferences(site: ModelRelationSite, context: RuleContext): void {
  const indexName = findArgument(site.directive, 'indexName');
  if (!indexName || stringArgument(site.directive, 'indexName') === undefined) return;
  context.report({
    node: indexName,
    code: 'relational-index-name-with-references',
    message: `Invalid @${site.directiveName} directive on ${fieldPath(site)} - indexName is not supported with DynamoDB references. Remove indexName.`,
  });
}

/** `overrideIndexName` names the index that `references` create, so it needs them. */
export function checkOverrideIndexName(site: RelationSite, context: RuleContext): void {
  const overrideIndexName = findArgument(site.directive, 'overrideIndexName');
  if (!overrideIndexName || overrideIndexName.value.kind === Kind.NULL || site.referencesArgument) return;
  context.report({
    node: overrideIndexName,
    code: 'relational-override-index-without-references',
    message: `overrideIndexName cannot be used on @belongsTo without references. Modify ${fieldPath(site)} to use references or remove overrideIndexName.`,
  });
}
