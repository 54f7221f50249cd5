/**
 * Reading the configuration JSON Schemas the way editors need them: the subschema at a place in
 * the file, its description, its keys and its allowed values. Only what these schemas use is
 * understood — local `$ref`s, `properties`, `additionalProperties`, `items`, `type`, `enum`.
 */
export interface SchemaNode {
  $ref?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  examples?: unknown[];
  definitions?: Record<string, SchemaNode>;
}

/** A step in the file: a mapping key, or a sequence item (any index). */
export type SchemaPathSegment = string | number;

/** Follows `$ref`s to the schema that carries the keywords; descriptions stay with the referring site. */
export function resolveSchema(root: SchemaNode, schema: SchemaNode): SchemaNode {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 32; hops++) {
    const target = refTarget(root, current.$ref);
    if (!target) break;
    current = target;
  }
  return current;
}

/** The schema that describes the value at `path` (numbers step into sequence items). */
export function schemaAt(root: SchemaNode, path: readonly SchemaPathSegment[]): SchemaNode | undefined {
  let site: SchemaNode = root;
  for (const segment of path) {
    const schema = resolveSchema(root, site);
    const next = typeof segment === 'number' ? schema.items : childSchema(schema, segment);
    if (!next) return undefined;
    site = next;
  }
  return site;
}

function childSchema(schema: SchemaNode, key: string): SchemaNode | undefined {
  const property = schema.properties?.[key];
  if (property) return property;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** The description at a schema site, or the referenced definition's when the site has none. */
export function descriptionOf(root: SchemaNode, site: SchemaNode): string | undefined {
  return site.description ?? resolveSchema(root, site).description;
}

/** The keys a mapping described by `site` may have, in schema order. */
export function propertyNamesOf(root: SchemaNode, site: SchemaNode): string[] {
  return Object.keys(resolveSchema(root, site).properties ?? {});
}

/** True when a mapping at `site` only allows its listed keys. */
export function isClosedMapping(root: SchemaNode, site: SchemaNode): boolean {
  return resolveSchema(root, site).additionalProperties === false;
}

export function typesOf(root: SchemaNode, site: SchemaNode): string[] {
  const type = resolveSchema(root, site).type;
  return type === undefined ? [] : Array.isArray(type) ? type : [type];
}

export function enumOf(root: SchemaNode, site: SchemaNode): unknown[] | undefined {
  return resolveSchema(root, site).enum;
}

export function requiredOf(root: SchemaNode, site: SchemaNode): string[] {
  return resolveSchema(root, site).required ?? [];
}

function refTarget(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
}
