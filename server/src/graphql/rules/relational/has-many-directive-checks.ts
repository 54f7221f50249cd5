import type { RuleContext } from '../../rule-context';
import { checkIndexNameWithReferences, relationPath } from './relation-argument-checks';
import { checkDataStoreCycle, checkGen2Deprecations, checkRelationBasics } from './relation-shape-checks';
import type { RelationSite } from './relation-site';
import { checkLegacyFields } from './legacy-fields-checks';
import { checkReferences } from './reference-checks';

/**
 * `@hasMany` (graphql-has-many-transformer): a list of a @model type; with `references` the child
 * holds the reference fields and declares the @belongsTo back; with legacy `fields` (or nothing)
 * the parent's fields match the child's primary key or the `@index` named by `indexName`.
 */
export function checkHasMany(site: RelationSite, context: RuleContext): void {
  if (!checkRelationBasics(site, context)) return;
  const path = relationPath(site, context);
  if (path === 'references') {
    checkIndexNameWithReferences(site, context);
    checkReferences(site, context);
  } else if (path === 'fields') {
    checkLegacyFields(site, context);
    checkGen2Deprecations(site, context);
  }
  checkDataStoreCycle(site, context);
}
