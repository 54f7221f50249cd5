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

export type RelationalDirectiveName = 'hasMany' | 'hasOne' | 'belongsTo' | 'manyToMany';

export const RELATIONAL_DIRECTIVE_NAMES: readonly RelationalDirectiveName[] = ['hasMany', 'hasOne', 'belongsTo', 'manyToMany'];

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

/** Every relational directive on the fields of object and interface definitions (extensions are the model rules' to report). */
export function collectRelationSites(model: AmplifySchemaModel): RelationSite[] {
  const sites: RelationSite[] = [];
  for (const parent of model.types.values()) {
    if (parent.kind !== Kind.OBJECT_TYPE_DEFINITION && parent.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of parent.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const name = directive.name.value;
        if (!(RELATIONAL_DIRECTIVE_NAMES as readonly string[]).includes(name)) continue;
        sites.push(buildSite(model, name as RelationalDirectiveName, directive, field, parent));
      }
    }
  }
  return sites;
}

function buildSite(
  model: AmplifySchemaModel,
  directiveName: RelationalDirectiveName,
  directive: DirectiveNode,
  field: FieldDefinitionNode,
  parent: ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode,
): RelationSite {
  const relatedTypeNode = namedTypeNode(field.type);
  const relatedTypeName = relatedTypeNode.name.value;
  const relatedDefinition = model.types.get(relatedTypeName);
  const relatedObject = model.objectType(relatedTypeName);
  const isParentModel = parent.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(parent, 'model');
  return {
    directiveName,
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
