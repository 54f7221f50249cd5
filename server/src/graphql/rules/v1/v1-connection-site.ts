import type { DirectiveNode, FieldDefinitionNode, ObjectTypeDefinitionNode } from 'graphql';

/** A `@connection` on a field of an @model type, pointing at another @model type. */
export interface ConnectionSite {
  parent: ObjectTypeDefinitionNode;
  field: FieldDefinitionNode;
  directive: DirectiveNode;
  related: ObjectTypeDefinitionNode;
}
