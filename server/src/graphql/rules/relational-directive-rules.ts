import type { SchemaRule } from '../rule-context';
import type { FieldParent } from '../schema-directive-index';
import { CleanUnitMemo } from './clean-unit-memo';
import { checkBelongsTo } from './relational/belongs-to-directive-checks';
import { checkHasMany } from './relational/has-many-directive-checks';
import { checkHasOne } from './relational/has-one-directive-checks';
import { checkManyToManyRelations } from './relational/many-to-many-directive-checks';
import { relatedTypeName, relationalDirectiveUses, relationSite, type RelationSite } from './relational/relation-site';

/**
 * The checks of a type's relations read its own nodes, the types they point at (dependencies), the
 * settings, root type names and kinds of types. @manyToMany pairs sites across the schema and is
 * checked every time.
 */
const typeChecks = new CleanUnitMemo<FieldParent>();

/**
 * `@hasMany`, `@hasOne`, `@belongsTo` and `@manyToMany` (amplify-graphql-relational-transformer):
 * where they may stand, what they point at, and how `references` / legacy `fields` line up with
 * primary keys. Transformer v1 has none of these directives (SDL validation flags them).
 */
export const relationalDirectiveRules: SchemaRule = {
  name: 'relational-directive',
  run(context) {
    if (context.settings.transformerVersion === 1) return;
    const { model } = context;
    const manyToManySites: RelationSite[] = [];
    for (const { parent, relations } of relationalDirectiveUses(model)) {
      for (const use of relations.manyToMany) manyToManySites.push(relationSite(model, use));
      if (relations.checked.length === 0) continue;
      const relatedDefinitions = relations.checked.map((use) => model.types.get(relatedTypeName(use)));
      typeChecks.check(parent, relatedDefinitions, context, (unitContext) => {
        for (const use of relations.checked) {
          const site = relationSite(model, use);
          if (site.directiveName === 'hasMany') checkHasMany(site, unitContext);
          else if (site.directiveName === 'hasOne') checkHasOne(site, unitContext);
          else checkBelongsTo(site, unitContext);
        }
      });
    }
    checkManyToManyRelations(manyToManySites, context);
  },
};
