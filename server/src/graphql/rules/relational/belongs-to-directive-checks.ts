import { hasDirective } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { checkOverrideIndexName, relationPath } from './relation-argument-checks';
import { fieldsOfNamedType } from './relation-keys';
import { checkGen2Deprecations, checkRelationBasics } from './relation-shape-checks';
import type { ModelRelationSite, RelationSite } from './relation-site';
import { checkLegacyFields } from './legacy-fields-checks';
import { checkReferences } from './reference-checks';

/**
 * `@belongsTo` (graphql-belongs-to-transformer): the child side of a @hasOne or @hasMany. With
 * `references` it holds the reference fields and pairs with the parent's directive; without, the
 * parent must still relate to it (DynamoDB models).
 */
export function checkBelongsTo(site: RelationSite, context: RuleContext): void {
  checkOverrideIndexName(site, context);
  if (!checkRelationBasics(site, context)) return;
  const path = relationPath(site, context);
  if (path === 'references') {
    checkReferences(site, context);
  } else if (path === 'fields') {
    checkLegacyFields(site, context);
    checkGen2Deprecations(site, context);
    checkRelationshipBack(site, context);
  }
}

/** `isBiRelation`: the related model has a @hasOne or @hasMany field of this type. */
function checkRelationshipBack(site: ModelRelationSite, context: RuleContext): void {
  const relatesBack = fieldsOfNamedType(site.relatedModel, site.parentName).some(
    (field) => hasDirective(field, 'hasOne') || hasDirective(field, 'hasMany'),
  );
  if (relatesBack) return;
  context.report({
    node: site.directive,
    code: 'relational-belongs-to-without-parent',
    message:
      `${site.relatedTypeName} must have a relationship with ${site.parentName} in order to use @belongsTo. ` +
      `Add a @hasOne or @hasMany field of type ${site.parentName} to ${site.relatedTypeName}, or remove @belongsTo.`,
  });
}
