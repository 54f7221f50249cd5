import {
  Kind,
  type DefinitionNode,
  type DirectiveNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

export type FieldParent = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

export interface FieldDirectiveUse {
  parent: FieldParent;
  field: FieldDefinitionNode;
  directive: DirectiveNode;
}

export interface TypeDirectiveUse {
  type: ObjectTypeDefinitionNode;
  directive: DirectiveNode;
}

/** The directive uses of one definition, by directive name. */
interface DefinitionUses {
  fields: readonly FieldDirectiveUse[];
  fieldsByName: ReadonlyMap<string, readonly FieldDirectiveUse[]>;
  typeByName: ReadonlyMap<string, readonly TypeDirectiveUse[]>;
}

/**
 * Per definition node: nodes never change, and a definition the user did not edit keeps its
 * nodes across analyses (parse-schema-file.ts), so after an edit only the edited one is read again.
 */
const usesByDefinition = new WeakMap<FieldParent, DefinitionUses>();
const NO_USES: DefinitionUses = { fields: [], fieldsByName: new Map(), typeByName: new Map() };

/**
 * Where each directive is used in the merged schema. Every rule asks for the uses of its own
 * directives; scanning every field of every type for each question made the rules' cost grow
 * with the number of directives times the size of the schema.
 */
export class SchemaDirectiveIndex {
  /** Object and interface definitions, in schema order. */
  readonly parents: readonly FieldParent[];
  private byName?: { fields: Map<string, FieldDirectiveUse[]>; types: Map<string, TypeDirectiveUse[]> };

  constructor(definitions: readonly DefinitionNode[]) {
    this.parents = definitions.filter(
      (definition): definition is FieldParent =>
        definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION,
    );
  }

  /** Uses of directive `name` on fields of object and interface definitions, in schema order. */
  fieldDirectiveUses(name: string): readonly FieldDirectiveUse[] {
    return this.usesByName().fields.get(name) ?? NONE;
  }

  /** Uses of directive `name` on object type definitions, in schema order. */
  typeDirectiveUses(name: string): readonly TypeDirectiveUse[] {
    return this.usesByName().types.get(name) ?? NONE;
  }

  /** Every directive's uses, gathered in one pass the first time a rule asks. */
  private usesByName() {
    if (!this.byName) {
      const fields = new Map<string, FieldDirectiveUse[]>();
      const types = new Map<string, TypeDirectiveUse[]>();
      for (const parent of this.parents) {
        const uses = usesOf(parent);
        for (const [name, list] of uses.fieldsByName) appendAll(fields, name, list);
        for (const [name, list] of uses.typeByName) appendAll(types, name, list);
      }
      this.byName = { fields, types };
    }
    return this.byName;
  }
}

const NONE: readonly never[] = Object.freeze([]);

/** Directive uses on the fields of one definition, in order. */
export function fieldDirectiveUsesOf(parent: FieldParent): readonly FieldDirectiveUse[] {
  return usesOf(parent).fields;
}

function usesOf(parent: FieldParent): DefinitionUses {
  let uses = usesByDefinition.get(parent);
  if (!uses) {
    uses = readUses(parent);
    usesByDefinition.set(parent, uses);
  }
  return uses;
}

function readUses(parent: FieldParent): DefinitionUses {
  const typeByName = new Map<string, TypeDirectiveUse[]>();
  if (parent.kind === Kind.OBJECT_TYPE_DEFINITION) {
    for (const directive of parent.directives ?? []) append(typeByName, directive.name.value, { type: parent, directive });
  }
  const fields: FieldDirectiveUse[] = [];
  const fieldsByName = new Map<string, FieldDirectiveUse[]>();
  for (const field of parent.fields ?? []) {
    for (const directive of field.directives ?? []) {
      const use = { parent, field, directive };
      fields.push(use);
      append(fieldsByName, directive.name.value, use);
    }
  }
  return fields.length === 0 && typeByName.size === 0 ? NO_USES : { fields, fieldsByName, typeByName };
}

function appendAll<T>(map: Map<string, T[]>, key: string, values: readonly T[]): void {
  const list = map.get(key);
  if (list) for (const value of values) list.push(value);
  else map.set(key, [...values]);
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
