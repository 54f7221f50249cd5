import { findArgument, stringArgument } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { checkListShape, checkParentIsModel, checkRelatedIsModel } from './relation-shape-checks';
import { fieldPath, type RelationSite } from './relation-site';
import { quickFix, replaceNodeEdit } from './relational-fix-edits';

/**
 * The join model's name: `relationName` with its first letter upper-cased and every character
 * GraphQL names cannot hold dropped (`graphqlName(toUpper(name))`). Relations are matched by it,
 * so `postTags` and `PostTags` are one relation.
 */
export function joinTypeName(relationName: string): string {
  if (!relationName.trim()) return '';
  const upper = relationName.charAt(0).toUpperCase() + relationName.slice(1);
  return upper.replace(/^[^_A-Za-z]+|[^_0-9A-Za-z]/g, '');
}

interface ManyToManyRelation {
  name: string;
  sites: RelationSite[];
}

/**
 * `@manyToMany` (graphql-many-to-many-transformer): each relationName joins exactly two fields,
 * each a list of the other field's model, and names a join model that must not exist yet.
 */
export function checkManyToManyRelations(sites: readonly RelationSite[], context: RuleContext): void {
  const relations = new Map<string, ManyToManyRelation>();
  for (const site of sites) {
    if (site.directiveName !== 'manyToMany') continue;
    checkListShape(site, context);
    if (checkParentIsModel(site, context)) checkRelatedIsModel(site, context);
    if (context.settings.generation === 2) {
      context.report({
        node: site.directive,
        code: 'relational-many-to-many-deprecated',
        severity: 'warning',
        message: `@manyToMany is deprecated. This functionality will be removed in the next major release. Model the join type yourself with @hasMany and @belongsTo on both sides.`,
      });
    }
    const relationName = stringArgument(site.directive, 'relationName');
    if (relationName === undefined) continue; // a missing argument is graphql-js' to report
    const name = joinTypeName(relationName);
    const relation = relations.get(name) ?? { name, sites: [] };
    relation.sites.push(site);
    relations.set(name, relation);
  }
  for (const relation of relations.values()) checkRelation(relation, context);
}

function checkRelation(relation: ManyToManyRelation, context: RuleContext): void {
  if (relation.sites.length !== 2) {
    for (const site of relation.sites) {
      const relationName = stringArgument(site.directive, 'relationName')!;
      const remedy =
        relation.sites.length === 1
          ? `Add a field of type [${site.parentName}] with @manyToMany(relationName: "${relationName}") to ${site.relatedTypeName}.`
          : `It is used ${relation.sites.length} times; give each pair of fields its own relationName.`;
      context.report({
        node: relationNameValue(site),
        code: 'relational-many-to-many-count',
        message: `@manyToMany relation '${relationName}' must be used in exactly two locations. ${remedy}`,
      });
    }
    return;
  }
  const [first, second] = relation.sites;
  checkPointsAt(relation, first, second, context);
  checkPointsAt(relation, second, first, context);
  if (context.model.types.has(relation.name)) {
    for (const site of relation.sites) {
      const relationName = stringArgument(site.directive, 'relationName')!;
      context.report({
        node: relationNameValue(site),
        code: 'relational-many-to-many-name-taken',
        message:
          `@manyToMany relation name '${relation.name}' (derived from '${relationName}') already exists as a type in the schema. ` +
          `Choose another relationName on both fields: it names the join model Amplify creates.`,
      });
    }
  }
}

/** Each side lists the other side's model. */
function checkPointsAt(relation: ManyToManyRelation, site: RelationSite, other: RelationSite, context: RuleContext): void {
  if (site.relatedTypeName === other.parentName) return;
  context.report({
    node: site.relatedTypeNode,
    code: 'relational-many-to-many-type-mismatch',
    message:
      `@manyToMany relation '${relation.name}' expects '${site.relatedTypeName}' but got '${other.parentName}'. ` +
      `${fieldPath(site)} and ${fieldPath(other)} share the relation, so ${fieldPath(site)} must be a list of ${other.parentName}.`,
    fixes: quickFix(`Change the type to ${other.parentName}`, [replaceNodeEdit(site.relatedTypeNode, other.parentName)], true),
  });
}

function relationNameValue(site: RelationSite) {
  return findArgument(site.directive, 'relationName')!.value;
}
