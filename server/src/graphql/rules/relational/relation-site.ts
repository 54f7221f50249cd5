import {
  Kind,
  type ArgumentNode,
  type DirectiveNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type NamedTypeNode,
  type ObjectTypeDefinitionNode,
  type TypeDefinitionNode,
} from 'graphql';
import {
  fieldTypeInfo,
  findArgument,
  hasDirective,
  namedTypeNode,
  stringListArgument,
  type AmplifySchemaModel,
  type FieldTypeInfo,
} from '../../amplify-schema-model';
import { fieldDirectiveUsesOf, type FieldDirectiveUse, type FieldParent } from '../../schema-directive-index';

export type RelationalDirectiveName = 'hasMany' | 'hasOne' | 'belongsTo' | 'manyToMany';

export const RELATIONAL_DIRECTIVE_NAMES: readonly RelationalDirectiveName[] = ['hasMany', 'hasOne', 'belongsTo', 'manyToMany'];
const RELATIONAL_DIRECTIVES = new Set<string>(RELATIONAL_DIRECTIVE_NAMES);

/**
 * One relational directive where the user wrote it: the field it annotates, the type holding the
 * field, and the type it points at. The transformer's checks read these facts over and over.
 */
export interface RelationSite {
  directiveName: RelationalDirectiveName;
  directive: DirectiveNode;
  field: FieldDefinitionNode;
  /** The type declaring the field (an object or interface definition). */
  parent: ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;
  parentName: string;
  fieldType: FieldTypeInfo;
  /** The innermost named type node of the field, e.g. `Comment` in `[Comment]!`. */
  relatedTypeNode: NamedTypeNode;
  relatedTypeName: string;
  /** The related type's definition when it is declared in the schema (of any kind). */
  relatedDefinition?: TypeDefinitionNode;
  /** The related type when it is an `@model` object type; relation checks need nothing else. */
  relatedModel?: ObjectTypeDefinitionNode;
  /** The parent when it is an `@model` object type. */
  parentModel?: ObjectTypeDefinitionNode;
  fieldsArgument?: ArgumentNode;
  referencesArgument?: ArgumentNode;
  /** `fields` as the transformer reads it: `undefined` when absent or null, a single string becomes a list. */
  fields?: string[];
  references?: string[];
}

/** The relational directives of one type: checked per type, and `@manyToMany`, paired across the schema. */
export interface TypeRelations {
  checked: readonly FieldDirectiveUse[];
  manyToMany: readonly FieldDirectiveUse[];
}

const relationsByParent = new WeakMap<FieldParent, TypeRelations>();

/**
 * The relational directives of each type that has any, in schema order, on the first definition of
 * each name (a repeated one is graphql-js' to report).
 */
export function relationalDirectiveUses(model: AmplifySchemaModel): { parent: FieldParent; relations: TypeRelations }[] {
  const result: { parent: FieldParent; relations: TypeRelations }[] = [];
  for (const parent of model.directives.parents) {
    if (model.types.get(parent.name.value) !== parent) continue;
    let relations = relationsByParent.get(parent);
    if (!relations) {
      const uses = fieldDirectiveUsesOf(parent).filter(({ directive }) => RELATIONAL_DIRECTIVES.has(directive.name.value));
      relations = {
        checked: uses.filter(({ directive }) => directive.name.value !== 'manyToMany'),
        manyToMany: uses.filter(({ directive }) => directive.name.value === 'manyToMany'),
      };
      relationsByParent.set(parent, relations);
    }
    if (relations.checked.length > 0 || relations.manyToMany.length > 0) result.push({ parent, relations });
  }
  return result;
}

/** The name of the type a relation field points at. */
export function relatedTypeName(use: FieldDirectiveUse): string {
  return namedTypeNode(use.field.type).name.value;
}

/** The site of one relational directive use, with what it points at in `model`. */
export function relationSite(model: AmplifySchemaModel, { directive, field, parent }: FieldDirectiveUse): RelationSite {
  const relatedTypeNode = namedTypeNode(field.type);
  const relatedTypeName = relatedTypeNode.name.value;
  const relatedDefinition = model.types.get(relatedTypeName);
  const relatedObject = model.objectType(relatedTypeName);
  const isParentModel = parent.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(parent, 'model');
  return {
    directiveName: directive.name.value as RelationalDirectiveName,
    directive,
    field,
    parent,
    parentName: parent.name.value,
    fieldType: fieldTypeInfo(field.type),
    relatedTypeNode,
    relatedTypeName,
    relatedDefinition,
    relatedModel: relatedObject && hasDirective(relatedObject, 'model') ? relatedObject : undefined,
    parentModel: isParentModel ? (parent as ObjectTypeDefinitionNode) : undefined,
    fieldsArgument: presentArgument(directive, 'fields'),
    referencesArgument: presentArgument(directive, 'references'),
    fields: stringListArgument(directive, 'fields'),
    references: stringListArgument(directive, 'references'),
  };
}

/** An argument the transformer sees as given: an explicit `null` counts as absent. */
function presentArgument(directive: DirectiveNode, name: string): ArgumentNode | undefined {
  const argument = findArgument(directive, name);
  return argument && argument.value.kind !== Kind.NULL ? argument : undefined;
}

/** `Post.comments`, as the transformer's messages name a field. */
export function fieldPath(site: RelationSite): string {
  return `${site.parentName}.${site.field.name.value}`;
}

/** A site whose parent and related type are both models — the only kind the deeper checks look at. */
export interface ModelRelationSite extends RelationSite {
  parentModel: ObjectTypeDefinitionNode;
  relatedModel: ObjectTypeDefinitionNode;
}

export function isModelRelation(site: RelationSite): site is ModelRelationSite {
  return site.parentModel !== undefined && site.relatedModel !== undefined;
}
