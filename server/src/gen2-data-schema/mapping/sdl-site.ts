import { Kind, type ASTNode, type DefinitionNode, type DirectiveNode, type ValueNode } from 'graphql';
import { locateNode } from '../../graphql/schema-source-map';

/**
 * What a place in the generated SDL belongs to: a type, its field (or a custom operation's
 * argument), a directive and the path inside that directive's arguments. The SDL is generated;
 * this is the vocabulary its places are translated back to the TypeScript through.
 */
export interface SdlSite {
  typeName?: string;
  fieldName?: string;
  /** A custom operation's argument (`sayHello(name: String)`). */
  argumentName?: string;
  /** The place is the field's type (`Priority` in `priority: Priority`). */
  onFieldType?: boolean;
  enumValue?: string;
  directive?: {
    name: string;
    /** Which of the node's directives of this name (several `@index` on one field). */
    index: number;
    /** `['rules', 1, 'ownerField']`: argument, list indexes and object keys, outermost first. */
    path: (string | number)[];
    /** The directive's text, to name it when the place cannot be more precise. */
    text: string;
  };
}

/** The site of `offset` in SDL `definitions` (offsets into the SDL text). */
export function sdlSiteAt(definitions: readonly DefinitionNode[], offset: number, sdl: string): SdlSite {
  const contains = (node: ASTNode | undefined) => {
    const place = node && locateNode(node);
    return place !== undefined && place.start <= offset && offset < Math.max(place.end, place.start + 1);
  };
  const site: SdlSite = {};
  const definition = definitions.find((d) => contains(d));
  if (!definition || !('name' in definition) || !definition.name) return site;
  site.typeName = definition.name.value;
  const readDirectives = (directives: readonly DirectiveNode[] | undefined) => {
    for (const directive of directives ?? []) {
      if (!contains(directive)) continue;
      const sameName = (directives ?? []).filter((d) => d.name.value === directive.name.value);
      const place = locateNode(directive)!;
      site.directive = { name: directive.name.value, index: sameName.indexOf(directive), path: [], text: sdl.slice(place.start, place.end) };
      for (const argument of directive.arguments ?? []) {
        if (!contains(argument)) continue;
        site.directive.path.push(argument.name.value);
        valuePath(argument.value, contains, site.directive.path);
      }
      return true;
    }
    return false;
  };
  if (readDirectives(definition.directives as readonly DirectiveNode[] | undefined)) return site;
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION) {
    site.enumValue = definition.values?.find((value) => contains(value))?.name.value;
    return site;
  }
  const fields = 'fields' in definition ? definition.fields : undefined;
  for (const field of fields ?? []) {
    if (!contains(field)) continue;
    site.fieldName = field.name.value;
    if (readDirectives(field.directives)) return site;
    if ('arguments' in field) {
      const argument = field.arguments?.find((a) => contains(a));
      if (argument) {
        site.argumentName = argument.name.value;
        return site;
      }
    }
    if (contains(field.type)) site.onFieldType = true;
    return site;
  }
  return site;
}

function valuePath(value: ValueNode, contains: (node: ASTNode) => boolean, path: (string | number)[]): void {
  if (value.kind === Kind.LIST) {
    const index = value.values.findIndex((element) => contains(element));
    if (index === -1) return;
    path.push(index);
    valuePath(value.values[index], contains, path);
  } else if (value.kind === Kind.OBJECT) {
    const field = value.fields.find((f) => contains(f));
    if (!field) return;
    path.push(field.name.value);
    valuePath(field.value, contains, path);
  }
}
