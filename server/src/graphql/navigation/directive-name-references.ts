import { Kind, type DirectiveNode, type StringValueNode, type ValueNode } from 'graphql';
import { findArgument, listItemNodes, objectFieldNode } from '../amplify-schema-model';

/**
 * A string inside a directive argument that names a field or an index: `references: ["postId"]`,
 * `ownerField: "author"`, `indexName: "byPost"`. Navigation treats these strings as symbols.
 */
export interface DirectiveNameReference {
  node: StringValueNode;
  kind: 'field' | 'index';
  /** Where the named thing lives: the type carrying the directive, the field's related type, or the mutation root. */
  owner: 'self' | 'related' | 'mutation-root';
  /** An `@index(name:)` / `@key(name:)` string declares the index rather than referring to it. */
  declares?: boolean;
}

type Place = 'type' | 'field';

/** How one argument of one directive names things. */
interface NamingArgument {
  /** Argument name, then object-field names inside its value (list items are looked through). */
  path: readonly string[];
  kind: 'field' | 'index';
  owner: DirectiveNameReference['owner'];
  declares?: boolean;
}

const FIELD_DIRECTIVES: Record<string, readonly NamingArgument[]> = {
  // belongsTo keeps both `fields` (Gen 1) and `references` (Gen 2) on the type it annotates.
  belongsTo: [
    { path: ['fields'], kind: 'field', owner: 'self' },
    { path: ['references'], kind: 'field', owner: 'self' },
  ],
  // hasMany/hasOne `references` name the related type's fields that hold this type's key.
  hasMany: [
    { path: ['fields'], kind: 'field', owner: 'self' },
    { path: ['references'], kind: 'field', owner: 'related' },
    { path: ['indexName'], kind: 'index', owner: 'related' },
  ],
  hasOne: [
    { path: ['fields'], kind: 'field', owner: 'self' },
    { path: ['references'], kind: 'field', owner: 'related' },
  ],
  primaryKey: [{ path: ['sortKeyFields'], kind: 'field', owner: 'self' }],
  index: [
    { path: ['sortKeyFields'], kind: 'field', owner: 'self' },
    { path: ['projection', 'nonKeyAttributes'], kind: 'field', owner: 'self' },
    { path: ['name'], kind: 'index', owner: 'self', declares: true },
  ],
  auth: [
    { path: ['rules', 'ownerField'], kind: 'field', owner: 'self' },
    { path: ['rules', 'groupsField'], kind: 'field', owner: 'self' },
  ],
  // Transformer v1: `@connection(keyName:, fields:)` points at a `@key` of the related model.
  connection: [
    { path: ['fields'], kind: 'field', owner: 'self' },
    { path: ['keyName'], kind: 'index', owner: 'related' },
  ],
  aws_subscribe: [{ path: ['mutations'], kind: 'field', owner: 'mutation-root' }],
};

const TYPE_DIRECTIVES: Record<string, readonly NamingArgument[]> = {
  auth: FIELD_DIRECTIVES.auth,
  model: [
    { path: ['timestamps', 'createdAt'], kind: 'field', owner: 'self' },
    { path: ['timestamps', 'updatedAt'], kind: 'field', owner: 'self' },
  ],
  key: [
    { path: ['fields'], kind: 'field', owner: 'self' },
    { path: ['name'], kind: 'index', owner: 'self', declares: true },
  ],
};

/** The strings naming fields or indexes in one directive, placed on a type or on a field. */
export function directiveNameReferences(directive: DirectiveNode, place: Place): DirectiveNameReference[] {
  const table = place === 'field' ? FIELD_DIRECTIVES : TYPE_DIRECTIVES;
  const naming = Object.hasOwn(table, directive.name.value) ? table[directive.name.value] : [];
  const found: DirectiveNameReference[] = [];
  for (const argument of naming) {
    const [argumentName, ...objectPath] = argument.path;
    const value = findArgument(directive, argumentName)?.value;
    for (const node of stringsAt(value, objectPath)) {
      found.push({ node, kind: argument.kind, owner: argument.owner, declares: argument.declares });
    }
  }
  return found;
}

/** String values reached by following object fields, looking through lists on the way (`rules: [{…}]`). */
function stringsAt(value: ValueNode | undefined, path: readonly string[]): StringValueNode[] {
  if (!value) return [];
  if (path.length === 0) {
    return listItemNodes(value).filter((item): item is StringValueNode => item.kind === Kind.STRING && !item.block);
  }
  const [head, ...rest] = path;
  return listItemNodes(value).flatMap((item) => stringsAt(objectFieldNode(item, head)?.value, rest));
}
