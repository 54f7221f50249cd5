import { dirname, join } from 'node:path';
import { URI } from 'vscode-uri';
import { calleeName, unwindChain, type Expr } from './typescript-expressions';
import { readTypeScriptModule, type TypeScriptModule } from './typescript-module';
import {
  callNamed,
  placeOf,
  type BuilderTypeKind,
  type CallExpr,
  type DataSchemaReading,
  type FieldReading,
  type PlacedCall,
  type PlacedExpr,
  type TypeReading,
} from './schema-reading';

// The readings are keyed by URI as the workspace keys documents; converted here so this reader of
// TypeScript sources depends on nothing of the workspace that indexes what it reads.
const pathToUri = (path: string): string => URI.file(path).toString();
const uriToPath = (uri: string): string => URI.parse(uri).fsPath;

/** The texts the reader may open: the editor's open documents first, then the disk. */
export type ReadSource = (path: string) => string | undefined;

const TYPE_KINDS: Record<string, BuilderTypeKind> = {
  model: 'model',
  customType: 'customType',
  enum: 'enum',
  query: 'query',
  mutation: 'mutation',
  subscription: 'subscription',
  conversation: 'conversation',
  generation: 'generation',
};

const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '/index.ts', '/index.js'];
const MAX_HOPS = 16;

/**
 * Reads what `defineData({ … })` in `resourcePath` receives — the schema's types, fields and
 * builder calls with their places, following constants and relative imports — without running
 * anything. Returns undefined when the file has no `defineData` call.
 */
export function readDataSchema(resourcePath: string, readSource: ReadSource): DataSchemaReading | undefined {
  return new SchemaReader(readSource).read(resourcePath);
}

class SchemaReader {
  private readonly modules = new Map<string, TypeScriptModule | null>();

  constructor(private readonly readSource: ReadSource) {}

  read(resourcePath: string): DataSchemaReading | undefined {
    const module = this.module(resourcePath);
    if (!module) return undefined;
    const uri = pathToUri(resourcePath);
    const call = findCall(module.topLevelExpressions, 'defineData');
    if (!call) return undefined;
    const reading: DataSchemaReading = { defineData: placeOf(uri, call), graphqlFileNames: [], types: new Map(), sources: new Map() };
    const props = call.args[0] && this.resolve({ uri, expr: call.args[0] });
    const properties = props?.expr.kind === 'object' ? props.expr.properties : [];
    for (const property of properties) {
      const value = this.resolve({ uri: props!.uri, expr: property.value });
      if (property.key === 'schema') {
        reading.schema = value;
        this.readSchema(value, reading, 0);
      } else if (property.key === 'authorizationModes' && value.expr.kind === 'object') {
        const defaultMode = value.expr.properties.find((p) => p.key === 'defaultAuthorizationMode')?.value;
        reading.authorizationModes = {
          keys: value.expr.properties.map((p) => p.key),
          defaultMode: defaultMode?.kind === 'string' ? defaultMode.value : undefined,
        };
      }
    }
    for (const [path, read] of this.modules) if (read) reading.sources.set(pathToUri(path), read.text);
    return reading;
  }

  private module(path: string): TypeScriptModule | undefined {
    if (!this.modules.has(path)) {
      const text = this.readSource(path);
      this.modules.set(path, text === undefined ? null : readTypeScriptModule(text));
    }
    return this.modules.get(path) ?? undefined;
  }

  /** Follows identifiers to the constant they name, in this file or an imported one. */
  resolve(placed: PlacedExpr, hops = 0): PlacedExpr {
    if (placed.expr.kind !== 'identifier' || hops > MAX_HOPS) return placed;
    const path = uriToPath(placed.uri);
    const module = this.module(path);
    if (!module) return placed;
    const local = module.constants.get(placed.expr.name);
    if (local) return this.resolve({ uri: placed.uri, expr: local }, hops + 1);
    const binding = module.imports.get(placed.expr.name);
    if (!binding || !binding.module.startsWith('.') || binding.imported === '*') return placed;
    const exported = this.exported(path, binding.module, binding.imported, hops);
    return exported ?? placed;
  }

  private exported(fromPath: string, specifier: string, name: string, hops: number): PlacedExpr | undefined {
    const target = this.resolveModulePath(fromPath, specifier);
    const module = target && this.module(target);
    if (!target || !module || hops > MAX_HOPS) return undefined;
    const local = module.exports.get(name);
    const uri = pathToUri(target);
    if (local !== undefined) {
      const expr = module.constants.get(local);
      if (expr) return this.resolve({ uri, expr }, hops + 1);
      const imported = module.imports.get(local);
      if (imported?.module.startsWith('.')) return this.exported(target, imported.module, imported.imported, hops + 1);
      return undefined;
    }
    const reexport = module.reexports.get(name);
    if (reexport?.module.startsWith('.')) return this.exported(target, reexport.module, reexport.imported, hops + 1);
    return undefined;
  }

  private resolveModulePath(fromPath: string, specifier: string): string | undefined {
    const base = join(dirname(fromPath), specifier);
    const stripped = base.replace(/\.(?:[cm]?js)$/, '');
    for (const candidate of [base, ...MODULE_EXTENSIONS.map((ext) => stripped + ext)]) {
      if (/\.[cm]?[jt]sx?$/.test(candidate) && this.module(candidate)) return candidate;
    }
    return undefined;
  }

  /** `a.schema({…})`, `a.combine([…])`, a GraphQL string, or a `.graphql` file read from disk. */
  private readSchema(placed: PlacedExpr, reading: DataSchemaReading, depth: number): void {
    const { uri, expr } = placed;
    if (depth > 4) return;
    if (expr.kind === 'string') {
      reading.inlineGraphql = { uri, contentStart: expr.start + 1, text: this.rawBetween(uri, expr.start + 1, expr.end - 1) };
      return;
    }
    const graphqlFiles = graphqlFileNamesIn(this.rawBetween(uri, expr.start, expr.end));
    if (graphqlFiles.length > 0) {
      reading.graphqlFileNames.push(...graphqlFiles);
      return;
    }
    if (expr.kind !== 'call') return;
    const { root, calls } = unwindChain(expr);
    const chain = [root, ...calls].filter((c): c is CallExpr => c.kind === 'call');
    if (calleeName(root) === 'combine' && root.kind === 'call' && root.args[0]?.kind === 'array') {
      for (const element of root.args[0].elements) this.readSchema(this.resolve({ uri, expr: element }), reading, depth + 1);
      return;
    }
    // `generatedSqlSchema.authorization(…)`: a schema built elsewhere (the `configure({ database
    // }).schema({ … })` that `ampx generate schema-from-database` writes), then changed here.
    const receiver = root.kind === 'call' && root.callee.kind === 'member' ? root.callee.object : undefined;
    if (receiver && receiver.kind !== 'call' && calleeName(root) !== 'schema' && calleeName(root) !== 'combine') {
      const built = this.resolve({ uri, expr: receiver });
      if (built.expr !== receiver) this.readSchema(built, reading, depth + 1);
    }
    for (const call of chain) {
      const name = calleeName(call);
      if ((name === 'schema' || name === 'addToSchema') && call.args[0]) {
        const types = this.resolve({ uri, expr: call.args[0] });
        if (types.expr.kind === 'object') this.readTypes(types.uri, types.expr, reading);
      } else if (name === 'authorization') {
        reading.schemaAuthorization = { uri, call };
      } else if (name === 'setAuthorization') {
        this.readModelAuthorizations(uri, call, reading);
      } else if (name === 'renameModels') {
        renameModels(call, reading);
      }
    }
  }

  /**
   * `setAuthorization((models) => [models.notes.authorization((allow) => [ … ])])`, the SQL
   * schema's way of giving a model its rules: each becomes that model's `.authorization` call.
   */
  private readModelAuthorizations(uri: string, call: CallExpr, reading: DataSchemaReading): void {
    const callback = call.args[0];
    if (callback?.kind !== 'arrow') return;
    const models = callback.params[0];
    visit(callback.body, (expr) => {
      if (expr.kind !== 'call' || expr.callee.kind !== 'member' || expr.callee.name !== 'authorization') return false;
      const model = expr.callee.object;
      if (model.kind === 'member' && model.object.kind === 'identifier' && model.object.name === models) {
        reading.types.get(model.name)?.calls.push({ uri, call: expr });
      }
      return false;
    });
  }

  private rawBetween(uri: string, start: number, end: number): string {
    return this.module(uriToPath(uri))?.text.slice(start, end) ?? '';
  }

  private readTypes(uri: string, object: Extract<Expr, { kind: 'object' }>, reading: DataSchemaReading): void {
    for (const property of object.properties) {
      const value = this.resolve({ uri, expr: property.value });
      const chain = value.expr.kind === 'call' ? unwindChain(value.expr) : undefined;
      const builder = chain && calleeName(chain.root);
      const type: TypeReading = {
        name: property.key,
        kind: (builder && TYPE_KINDS[builder]) || 'other',
        key: placeOf(uri, { start: property.keyStart, end: property.keyEnd }),
        value: placeOf(value.uri, value.expr),
        root: chain?.root.kind === 'call' ? { uri: value.uri, call: chain.root } : undefined,
        calls: chain?.calls.map((call) => ({ uri: value.uri, call })) ?? [],
        fields: new Map(),
        arguments: new Map(),
      };
      if ((type.kind === 'model' || type.kind === 'customType') && type.root) {
        type.fields = this.readFields(type.root);
      }
      const args = callNamed(type.calls, 'arguments');
      if (args) type.arguments = this.readFields(args);
      reading.types.set(type.name, type);
    }
  }

  /** The fields of the object literal that `call`'s first argument is. */
  readFields(placed: PlacedCall): Map<string, FieldReading> {
    const fields = new Map<string, FieldReading>();
    const argument = placed.call.args[0] && this.resolve({ uri: placed.uri, expr: placed.call.args[0] });
    if (argument?.expr.kind !== 'object') return fields;
    for (const property of argument.expr.properties) {
      const value = this.resolve({ uri: argument.uri, expr: property.value });
      const chain = value.expr.kind === 'call' ? unwindChain(value.expr) : undefined;
      const root = chain?.root.kind === 'call' ? { uri: value.uri, call: chain.root } : undefined;
      const field: FieldReading = {
        name: property.key,
        key: placeOf(argument.uri, { start: property.keyStart, end: property.keyEnd }),
        value: placeOf(value.uri, value.expr),
        builder: chain ? calleeName(chain.root) : undefined,
        root,
        calls: chain?.calls.map((call) => ({ uri: value.uri, call })) ?? [],
      };
      if (field.builder === 'customType' && root) field.nested = this.readFields(root);
      fields.set(field.name, field);
    }
    return fields;
  }
}

/** The first call to `name(…)` anywhere in `exprs` (depth first, in source order). */
export function findCall(exprs: readonly Expr[], name: string): CallExpr | undefined {
  for (const expr of exprs) {
    const found = visit(expr, (e) => e.kind === 'call' && e.callee.kind === 'identifier' && e.callee.name === name);
    if (found) return found as CallExpr;
  }
  return undefined;
}

/** Depth-first search of an expression tree. */
export function visit(expr: Expr, match: (e: Expr) => boolean): Expr | undefined {
  if (match(expr)) return expr;
  for (const child of childrenOf(expr)) {
    const found = visit(child, match);
    if (found) return found;
  }
  return undefined;
}

export function childrenOf(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'call':
      return [expr.callee, ...expr.args];
    case 'member':
      return [expr.object];
    case 'object':
      return expr.properties.map((p) => p.value);
    case 'array':
      return expr.elements;
    case 'arrow':
      return [expr.body];
    default:
      return [];
  }
}

/** String literals naming `.graphql` files in an expression's text (`readFileSync(new URL('./schema.graphql', …))`). */
function graphqlFileNamesIn(text: string): string[] {
  return [...text.matchAll(/(['"`])([^'"`\n$]*\.graphql)\1/g)].map((match) => match[2]);
}

/**
 * `renameModels(() => [['notes', 'Note']])`: the SDL names the model by its new name (data-schema
 * ModelSchema.ts `renameModels`, which adds `@refersTo(name: "notes")`), so the reading does too.
 */
function renameModels(call: CallExpr, reading: DataSchemaReading): void {
  const callback = call.args[0];
  if (callback?.kind !== 'arrow' || callback.body.kind !== 'array') return;
  for (const pair of callback.body.elements) {
    if (pair.kind !== 'array') continue;
    const [from, to] = pair.elements;
    if (from?.kind !== 'string' || to?.kind !== 'string') continue;
    const type = reading.types.get(from.value);
    if (!type || reading.types.has(to.value)) continue;
    reading.types.delete(from.value);
    reading.types.set(to.value, { ...type, name: to.value });
  }
}
