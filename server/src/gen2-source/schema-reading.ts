import type { Expr } from './typescript-expressions';

/** A place in one of the project's TypeScript files, as offsets into that file's text. */
export interface SourcePlace {
  uri: string;
  start: number;
  end: number;
}

/** An expression together with the file it was read from. */
export interface PlacedExpr {
  uri: string;
  expr: Expr;
}

export type CallExpr = Extract<Expr, { kind: 'call' }>;

/** A builder call in a chain (`.authorization(…)`, `.required()`), with its file. */
export interface PlacedCall {
  uri: string;
  call: CallExpr;
}

export type BuilderTypeKind = 'model' | 'customType' | 'enum' | 'query' | 'mutation' | 'subscription' | 'conversation' | 'generation' | 'other';

/** One field of a model or custom type, or one argument of a custom operation. */
export interface FieldReading {
  name: string;
  /** The property key (`content` in `content: a.string()`). */
  key: SourcePlace;
  /** The whole value expression (`a.string().required()`). */
  value: SourcePlace;
  /** The builder that starts the chain: `string`, `hasMany`, `ref`, `enum`, `customType`, … */
  builder?: string;
  /** That first call (`a.belongsTo('Project', 'projectId')`). */
  root?: PlacedCall;
  /** The calls chained on it, in order (`.required()`, `.default(…)`, `.validate(…)`). */
  calls: PlacedCall[];
  /** Inline `a.customType({ … })`: its fields. */
  nested?: Map<string, FieldReading>;
}

/** One top-level entry of `a.schema({ … })`: a model, custom type, enum or operation. */
export interface TypeReading {
  name: string;
  kind: BuilderTypeKind;
  key: SourcePlace;
  value: SourcePlace;
  root?: PlacedCall;
  calls: PlacedCall[];
  /** Model or custom type fields; a custom operation's `.arguments({ … })`. */
  fields: Map<string, FieldReading>;
  arguments: Map<string, FieldReading>;
}

/** What `defineData({ … })` is given, read from the TypeScript without running it. */
export interface DataSchemaReading {
  /** The `defineData(…)` call. */
  defineData: SourcePlace;
  /** `schema:`'s value, followed through constants and imports. */
  schema?: PlacedExpr;
  /** A GraphQL string schema written inline (`schema: /* GraphQL *\/ \`…\``). */
  inlineGraphql?: { uri: string; contentStart: number; text: string };
  /** `.graphql` files the resource file names (read with readFileSync and passed as `schema`). */
  graphqlFileNames: string[];
  /** Every `a.schema({ … })` type, by name (a.combine'd schemas together). */
  types: Map<string, TypeReading>;
  /** `a.schema(…).authorization(allow => [ … ])`: the schema-wide rules, `allow.resource(…)` left out. */
  schemaAuthorization?: PlacedCall;
  /** `authorizationModes`' literal facts: which modes are set, and the default when it is a string. */
  authorizationModes?: { keys: string[]; defaultMode?: string };
  /** The texts of the files read, by URI (the resource file and what it imports). */
  sources: Map<string, string>;
}

export function placeOf(uri: string, node: { start: number; end: number }): SourcePlace {
  return { uri, start: node.start, end: node.end };
}

/** The method calls of a chain, by name: the last call of a name wins, as the builder keeps it. */
export function callNamed(calls: readonly PlacedCall[], name: string): PlacedCall | undefined {
  for (let i = calls.length - 1; i >= 0; i--) {
    const callee = calls[i].call.callee;
    if (callee.kind === 'member' && callee.name === name) return calls[i];
  }
  return undefined;
}
