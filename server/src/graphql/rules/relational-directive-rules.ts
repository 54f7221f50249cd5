import type { SchemaRule } from '../rule-context';
import { checkBelongsTo } from './relational/belongs-to-directive-checks';
import { checkHasMany } from './relational/has-many-directive-checks';
import { checkHasOne } from './relational/has-one-directive-checks';
import { checkManyToManyRelations } from './relational/many-to-many-directive-checks';
import { collectRelationSites } from './relational/relation-site';

/**
 * `@hasMany`, `@hasOne`, `@belongsTo` and `@manyToMany` (amplify-graphql-relational-transformer):
 * where they may stand, what they point at, and how `references` / legacy `fields` line up with
 * primary keys. Transformer v1 has none of these directives (SDL validation flags them).
 */
export const relationalDirectiveRules: SchemaRule = {
  name: 'relational-directive',
  run(context) {
    if (context.settings.transformerVersion === 1) return;
    const sites = collectRelationSites(context.model);
    for (const site of sites) {
      if (site.directiveName === 'hasMany') checkHasMany(site, context);
      else if (site.directiveName === 'hasOne') checkHasOne(site, context);
      else if (site.directiveName === 'belongsTo') checkBelongsTo(site, context);
    }
    checkManyToManyRelations(sites, context);
  },
};
