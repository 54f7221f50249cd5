import { Kind, type ASTNode } from 'graphql';
import { fieldTypeInfo, hasDirective } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import { fileTextOf, locateNode } from '../../schema-source-map';
import { fieldsOfNamedType } from './relation-keys';
import { fieldPath, isModelRelation, type ModelRelationSite, type RelationSite } from './relation-site';
import { insertAfterNodeEdit, quickFix, replaceNodeEdit } from './relational-fix-edits';

/**
 * The checks every relational directive starts with (`validateModelDirective`,
 * `validateRelatedModelDirective`, the list checks). Each returns whether the site passed, so the
 * deeper checks run only where the transformer would reach them.
 */
export function checkParentIsModel(site: RelationSite, context: RuleContext): boolean {
  if (site.parentModel) return true;
  const directive = `@${site.directiveName}`;
  const canAddModel = site.parent.kind === Kind.OBJECT_TYPE_DEFINITION && !context.model.isRootTypeName(site.parentName);
  context.report({
    node: site.directive,
    code: 'relational-parent-not-model',
    message: `${directive} must be on an @model object type field. Add @model to ${site.parentName}, or remove ${directive} from ${fieldPath(site)}.`,
    fixes: canAddModel ? quickFix(`Add @model to ${site.parentName}`, [insertAfterNodeEdit(site.parent.name, ' @model')]) : [],
  });
  return false;
}

export function checkRelatedIsModel(site: RelationSite, context: RuleContext): boolean {
  if (site.relatedModel) return true;
  // An undeclared type is graphql-js' unknown-type; one error is enough. Built-in scalars are never declared.
  if (!site.relatedDefinition && !context.model.isScalar(site.relatedTypeName)) return false;
  const directive = `@${site.directiveName}`;
  const isObject = site.relatedDefinition?.kind === Kind.OBJECT_TYPE_DEFINITION;
  const remedy = isObject
    ? `Add @model to ${site.relatedTypeName}, or remove ${directive} from ${fieldPath(site)}.`
    : `${directive} relates @model types: change the type of ${fieldPath(site)} to a @model type, or remove ${directive}.`;
  context.report({
    node: site.relatedTypeNode,
    code: 'relational-related-not-model',
    message: `Object type ${site.relatedTypeName} must be annotated with @model. ${remedy}`,
    fixes:
      isObject && site.relatedDefinition && !context.model.isRootTypeName(site.relatedTypeName)
        ? quickFix(`Add @model to ${site.relatedTypeName}`, [insertAfterNodeEdit(site.relatedDefinition.name, ' @model')])
        : [],
  });
  return false;
}

/**
 * Where the relation is declared and what it points at must be right before anything else is
 * worth checking; all three are reported together since each needs its own edit.
 */
export function checkRelationBasics(site: RelationSite, context: RuleContext): site is ModelRelationSite {
  const shapeOk = checkListShape(site, context);
  const parentOk = checkParentIsModel(site, context);
  const relatedOk = checkRelatedIsModel(site, context);
  return shapeOk && parentOk && relatedOk && isModelRelation(site);
}

/** hasMany and manyToMany need a list; hasOne and belongsTo must not be one. */
export function checkListShape(site: RelationSite, context: RuleContext): boolean {
  const related = site.relatedTypeName;
  const wantsList = site.directiveName === 'hasMany' || site.directiveName === 'manyToMany';
  if (wantsList === site.fieldType.isList) return true;
  const toList = replaceNodeEdit(site.field.type, `[${related}]`);
  const toSingle = replaceNodeEdit(site.field.type, related);
  const renameDirective = (name: string) => replaceNodeEdit(site.directive.name, name);
  const path = fieldPath(site);
  const findings = {
    hasMany: {
      message: `@hasMany must be used with a list. Use @hasOne for non-list types. Change ${path} to [${related}], or use @hasOne.`,
      fixes: [...quickFix(`Change the type to [${related}]`, [toList], true), ...quickFix('Use @hasOne instead', [renameDirective('hasOne')])],
    },
    manyToMany: {
      message: `@manyToMany must be used with a list. Change ${path} to [${related}].`,
      fixes: quickFix(`Change the type to [${related}]`, [toList], true),
    },
    hasOne: {
      message: `@hasOne cannot be used with lists. Use @hasMany instead, or change ${path} to ${related}.`,
      fixes: [...quickFix('Use @hasMany instead', [renameDirective('hasMany')], true), ...quickFix(`Change the type to ${related}`, [toSingle])],
    },
    belongsTo: {
      message: `@belongsTo cannot be used with lists. Change ${path} to ${related}.`,
      fixes: quickFix(`Change the type to ${related}`, [toSingle], true),
    },
  }[site.directiveName];
  context.report({ node: site.field.type, code: 'relational-list-shape', ...findings });
  return false;
}

/**
 * DataStore cannot sync two models that point at each other with @hasOne/@hasMany
 * (`validateDisallowedDataStoreRelationships`); a model relating to itself is fine.
 */
export function checkDataStoreCycle(site: ModelRelationSite, context: RuleContext): void {
  if (!context.settings.dataStoreEnabled || site.parentName === site.relatedTypeName) return;
  const pointsBack = fieldsOfNamedType(site.relatedModel, site.parentName).some(
    (field) => hasDirective(field, 'hasOne') || hasDirective(field, 'hasMany'),
  );
  if (!pointsBack) return;
  context.report({
    node: site.directive,
    code: 'relational-datastore-cycle',
    message:
      `${site.parentName} and ${site.relatedTypeName} cannot refer to each other via @hasOne or @hasMany when DataStore is in use. ` +
      `Use @belongsTo instead. See https://docs.amplify.aws/cli/graphql/data-modeling/#belongs-to-relationship`,
  });
}

/**
 * Gen 2 (`allowGen1Patterns: false`) still accepts `fields` and required relational fields but
 * warns that they go away; Gen 1 accepts both silently.
 */
export function checkGen2Deprecations(site: ModelRelationSite, context: RuleContext): void {
  if (context.settings.generation !== 2) return;
  const directive = `@${site.directiveName}`;
  const path = fieldPath(site);
  if (site.fieldsArgument && (site.fields?.length ?? 0) > 0) {
    context.report({
      node: site.fieldsArgument,
      code: 'relational-fields-deprecated',
      severity: 'warning',
      message: `fields argument on ${directive} is deprecated. Modify ${path} to use references instead. This functionality will be removed in the next major release.`,
    });
  }
  if (site.field.type.kind === Kind.NON_NULL_TYPE) {
    context.report({
      node: site.field.type,
      code: 'relational-required-deprecated',
      severity: 'warning',
      message: `${directive} on required fields is deprecated. Modify ${path} to be optional. This functionality will be removed in the next major release.`,
      fixes: quickFix(`Make ${path} optional`, [replaceNodeEdit(site.field.type, nodeText(site.field.type.type))], true),
    });
  }
}

/** The source text of a node, for fixes that keep part of what the user wrote. */
export function nodeText(node: ASTNode): string {
  const location = locateNode(node);
  const text = fileTextOf(node);
  return location && text !== undefined ? text.slice(location.start, location.end) : '';
}

/** The same type without any `!`: `[Comment!]!` → `[Comment]`, `Team!` → `Team`. */
export function optionalTypeText(site: RelationSite): string {
  return fieldTypeInfo(site.field.type).isList ? `[${site.relatedTypeName}]` : site.relatedTypeName;
}
