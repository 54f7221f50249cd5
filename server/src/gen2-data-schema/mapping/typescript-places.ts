import { calleeName, unwindChain, type Expr, type ObjectProperty } from '../../gen2-source/typescript-expressions';
import {
  callNamed,
  placeOf,
  type DataSchemaReading,
  type FieldReading,
  type PlacedCall,
  type SourcePlace,
  type TypeReading,
} from '../../gen2-source/schema-reading';
import type { SdlSite } from './sdl-site';

/** Where a generated SDL place is written in the TypeScript, and whether that is the very thing. */
export interface MappedPlace {
  place: SourcePlace;
  /** False when the place is only the model (or defineData) around the generated construct. */
  precise: boolean;
}

/** A model, custom type or inline custom type: whatever has fields and builder calls. */
interface TypeLike {
  key: SourcePlace;
  root?: PlacedCall;
  calls: PlacedCall[];
  fields: Map<string, FieldReading>;
}

const OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const RELATIONSHIPS = new Set(['hasMany', 'hasOne', 'belongsTo', 'manyToMany']);

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/**
 * Translates an SDL site back to the TypeScript that generated it, following how data-schema's
 * SchemaProcessor.ts writes each construct: a model's `@auth(rules: [...])` lists its
 * `.authorization` entries in order (the schema's when it has none), a field's `@index`es follow
 * `.secondaryIndexes` entries with that partition key, `@primaryKey` comes from `.identifier`,
 * `@validate`s from the `.validate` chain, inline enums and custom types become `<Type><Field>`.
 */
export function placeForSite(site: SdlSite, reading: DataSchemaReading): MappedPlace {
  const fallback: MappedPlace = { place: reading.defineData, precise: false };
  if (!site.typeName) return fallback;
  if (OPERATION_TYPES.has(site.typeName) && site.fieldName) {
    const operation = reading.types.get(site.fieldName);
    return operation ? placeInOperation(site, operation, reading) : fallback;
  }
  const type = typeLike(site.typeName, reading);
  if (!type) return fallback;
  const onType = { place: type.key, precise: !site.directive && !site.fieldName };
  if (site.enumValue !== undefined) return enumValuePlace(type, site.enumValue) ?? onType;
  if (!site.fieldName) {
    if (site.directive?.name === 'auth') return rulePlace(authorizationOf(type, reading), site.directive.path, reading) ?? onType;
    return { place: type.key, precise: site.directive?.name === 'model' || !site.directive };
  }
  const field = type.fields.get(site.fieldName);
  if (!field) {
    // `@primaryKey` on an `id` the builder did not write: the model's identifier.
    const identifier = callNamed(type.calls, 'identifier');
    if (site.directive?.name === 'primaryKey' && identifier) return { place: placeOf(identifier.uri, identifier.call), precise: true };
    return { place: type.key, precise: false };
  }
  return placeInField(site, field, type, reading);
}

function typeLike(name: string, reading: DataSchemaReading): TypeLike | undefined {
  const type = reading.types.get(name);
  if (type) return type;
  // `Post.status: a.enum([...])` is generated as `enum PostStatus`; inline custom types likewise.
  for (const candidate of reading.types.values()) {
    const found = implicitType(name, candidate.name, candidate.fields);
    if (found) return found;
  }
  return undefined;
}

function implicitType(name: string, owner: string, fields: Map<string, FieldReading>): TypeLike | undefined {
  for (const field of fields.values()) {
    const generated = capitalize(owner) + capitalize(field.name);
    if (generated === name && (field.builder === 'enum' || field.builder === 'customType')) {
      return { key: field.key, root: field.root, calls: field.calls, fields: field.nested ?? new Map() };
    }
    if (field.nested && name.startsWith(generated)) {
      const found = implicitType(name, generated, field.nested);
      if (found) return found;
    }
  }
  return undefined;
}

function enumValuePlace(type: TypeLike, value: string): MappedPlace | undefined {
  const values = type.root?.call.args[0];
  if (values?.kind !== 'array') return undefined;
  const element = values.elements.find((e) => e.kind === 'string' && e.value === value);
  return element && type.root ? { place: placeOf(type.root.uri, element), precise: true } : undefined;
}

function authorizationOf(type: TypeLike, reading: DataSchemaReading): PlacedCall | undefined {
  return callNamed(type.calls, 'authorization') ?? reading.schemaAuthorization;
}

/** The rules an `.authorization(allow => [ … ])` call returns; schema-wide `allow.resource(…)` are not rules. */
function ruleElements(call: PlacedCall, reading: DataSchemaReading): Expr[] | undefined {
  const callback = call.call.args[0];
  if (callback?.kind !== 'arrow') return undefined;
  const body = callback.body;
  const elements = body.kind === 'array' ? body.elements : [body];
  if (call !== reading.schemaAuthorization) return elements;
  return elements.filter((element) => element.kind !== 'call' || calleeName(unwindChain(element).root) !== 'resource');
}

function rulePlace(call: PlacedCall | undefined, path: (string | number)[], reading: DataSchemaReading): MappedPlace | undefined {
  if (!call) return undefined;
  const index = path[0] === 'rules' && typeof path[1] === 'number' ? path[1] : undefined;
  const element = index === undefined ? undefined : ruleElements(call, reading)?.[index];
  // `operations: [read, sing]` comes from the rule's `.to([...])`.
  if (element?.kind === 'call' && path[2] === 'operations') {
    const to = unwindChain(element).calls.find((c) => c.callee.kind === 'member' && c.callee.name === 'to')?.args[0];
    const operation = to?.kind === 'array' && typeof path[3] === 'number' ? to.elements[path[3]] : to;
    if (operation) return { place: placeOf(call.uri, operation), precise: true };
  }
  return { place: placeOf(call.uri, element ?? call.call), precise: element !== undefined || index === undefined };
}

function placeInField(site: SdlSite, field: FieldReading, type: TypeLike, reading: DataSchemaReading): MappedPlace {
  const onField: MappedPlace = { place: field.key, precise: !site.directive };
  const at = (uri: string, node: Expr | undefined): MappedPlace | undefined => (node ? { place: placeOf(uri, node), precise: true } : undefined);
  if (site.argumentName) return onField;
  if (site.onFieldType) {
    if (field.root && (RELATIONSHIPS.has(field.builder ?? '') || field.builder === 'ref'))
      return at(field.root.uri, field.root.call.args[0]) ?? onField;
    return { place: field.value, precise: true };
  }
  const directive = site.directive;
  if (!directive) return onField;
  const { name, path, index } = directive;
  if (RELATIONSHIPS.has(name) && field.root) {
    const references = field.root.call.args[1];
    if (path[0] === 'references' && references) {
      if (typeof path[1] === 'number') {
        if (references.kind === 'array') return at(field.root.uri, references.elements[path[1]]) ?? at(field.root.uri, references)!;
        return at(field.root.uri, references)!;
      }
      return at(field.root.uri, references)!;
    }
    return at(field.root.uri, field.root.call)!;
  }
  if (name === 'default') {
    const call = callNamed(field.calls, 'default');
    return (call && (at(call.uri, call.call.args[0]) ?? at(call.uri, call.call))) || onField;
  }
  if (name === 'auth') return rulePlace(callNamed(field.calls, 'authorization'), path, reading) ?? onField;
  if (name === 'index') return indexPlace(type, field.name, index, path) ?? onField;
  if (name === 'primaryKey') {
    const identifier = callNamed(type.calls, 'identifier');
    const fields = identifier?.call.args[0];
    if (identifier && path[0] === 'sortKeyFields' && typeof path[1] === 'number' && fields?.kind === 'array') {
      return at(identifier.uri, fields.elements[path[1] + 1]) ?? at(identifier.uri, identifier.call)!;
    }
    return identifier ? at(identifier.uri, identifier.call)! : onField;
  }
  if (name === 'validate') {
    const validate = callNamed(field.calls, 'validate');
    const callback = validate?.call.args[0];
    if (validate && callback?.kind === 'arrow' && callback.body.kind === 'call') {
      const { root, calls } = unwindChain(callback.body);
      const step = [root, ...calls][index];
      if (step?.kind === 'call') return (path[0] === 'value' && at(validate.uri, step.args[0])) || at(validate.uri, step)!;
    }
    return validate ? at(validate.uri, validate.call)! : onField;
  }
  return onField;
}

/** The `index`-th `.secondaryIndexes` entry whose partition key is `fieldName`, and the part `path` names. */
function indexPlace(type: TypeLike, fieldName: string, index: number, path: (string | number)[]): MappedPlace | undefined {
  const call = callNamed(type.calls, 'secondaryIndexes');
  const callback = call?.call.args[0];
  if (!call || callback?.kind !== 'arrow') return undefined;
  const entries = callback.body.kind === 'array' ? callback.body.elements : [callback.body];
  const forField = entries.filter((entry) => {
    if (entry.kind !== 'call') return false;
    const root = unwindChain(entry).root;
    return root.kind === 'call' && root.args[0]?.kind === 'string' && root.args[0].value === fieldName;
  });
  const entry = forField[index];
  if (!entry || entry.kind !== 'call') return { place: placeOf(call.uri, call.call), precise: false };
  const { calls } = unwindChain(entry);
  const part = (method: string) => calls.find((c) => c.callee.kind === 'member' && c.callee.name === method);
  const argument =
    path[0] === 'sortKeyFields'
      ? part('sortKeys')?.args[0]
      : path[0] === 'queryField'
        ? part('queryField')?.args[0]
        : path[0] === 'name'
          ? part('name')?.args[0]
          : undefined;
  if (argument?.kind === 'array' && typeof path[1] === 'number' && argument.elements[path[1]])
    return { place: placeOf(call.uri, argument.elements[path[1]]), precise: true };
  return { place: placeOf(call.uri, argument ?? entry), precise: true };
}

function placeInOperation(site: SdlSite, operation: TypeReading, reading: DataSchemaReading): MappedPlace {
  const onOperation: MappedPlace = { place: operation.key, precise: !site.directive };
  if (site.argumentName) {
    const argument = operation.arguments.get(site.argumentName);
    return argument ? { place: argument.key, precise: true } : onOperation;
  }
  if (site.onFieldType) {
    const returns = callNamed(operation.calls, 'returns');
    return returns ? { place: placeOf(returns.uri, returns.call.args[0] ?? returns.call), precise: true } : onOperation;
  }
  const directive = site.directive;
  if (!directive) return onOperation;
  if (directive.name === 'function') {
    const handler = callNamed(operation.calls, 'handler');
    const argument = handler?.call.args[0];
    const element = argument?.kind === 'array' ? argument.elements[directive.index] : argument;
    return handler ? { place: placeOf(handler.uri, element ?? handler.call), precise: true } : onOperation;
  }
  if (directive.name === 'auth' || directive.name.startsWith('aws_')) {
    const call = callNamed(operation.calls, 'authorization') ?? reading.schemaAuthorization;
    return rulePlace(call, directive.path, reading) ?? onOperation;
  }
  if ((directive.name === 'conversation' || directive.name === 'generation') && operation.root) {
    return configPlace(operation.root, directive.path) ?? onOperation;
  }
  return onOperation;
}

/** `a.conversation({ … })`'s config, walked by the directive argument's path (same names, same nesting). */
function configPlace(root: PlacedCall, path: (string | number)[]): MappedPlace | undefined {
  let node: Expr | undefined = root.call.args[0];
  let place: Expr = root.call;
  for (const step of path) {
    if (!node) break;
    // `a.ai.dataTool({ … })` in `tools: [...]`: its options object holds the keys.
    if (typeof step === 'string' && node.kind === 'call' && node.args[0]?.kind === 'object') node = node.args[0];
    if (typeof step === 'number' && node.kind === 'array') node = node.elements[step];
    else if (typeof step === 'string' && node.kind === 'object') {
      const property: ObjectProperty | undefined = node.properties.find((p) => p.key === step);
      node = property?.value;
      if (property) place = { kind: 'other', start: property.keyStart, end: property.value.end };
      continue;
    } else break;
    if (node) place = node;
  }
  return { place: placeOf(root.uri, place), precise: place !== root.call };
}
