/**
 * The language server's requests and notifications beyond LSP, declared once for both ends (in
 * the manner of rust-analyzer's `lsp_ext.ts`): the server registers its handlers from these
 * declarations and a client sends by them, so a method name or a payload cannot drift apart
 * unnoticed. Every custom method is named `amplifyLens/…`, and none is spelt anywhere else.
 */
import type { AmplifyProjectInfo } from '../project/amplify-project-types';

/** A request: its method and, in types only, its parameters and result. */
export interface LensRequest<Params, Result> {
  readonly kind: 'request';
  readonly method: `amplifyLens/${string}`;
  /** Never set: carries the types for `ParamsOf` and `ResultOf`. */
  readonly types?: { params: Params; result: Result };
}

/** A notification, in either direction. */
export interface LensNotification<Params> {
  readonly kind: 'notification';
  readonly method: `amplifyLens/${string}`;
  readonly types?: { params: Params };
}

export type ParamsOf<T> = T extends LensRequest<infer P, unknown> ? P : T extends LensNotification<infer P> ? P : never;
export type ResultOf<T> = T extends LensRequest<unknown, infer R> ? R : never;

/** A GraphQL API as the server analyses it: which files are checked together, and against which transformer. */
export interface GraphqlApiSummary {
  name: string;
  /** The folder whose `.graphql` files belong to this API. */
  dir: string;
  schemaFiles: string[];
  /** The version its schema is checked against, for the project's own files (the setting can force another per folder). */
  transformerVersion: 1 | 2;
}

/** One project the server indexed: what its files say (the shared model) and the APIs it analyses. */
export type AmplifyProjectSummary = AmplifyProjectInfo & { graphqlApis: GraphqlApiSummary[] };

/**
 * `amplifyLens/projects`: the Amplify projects the server indexed, so an editor's views can name
 * them without reading files themselves (no parameters).
 */
export const ProjectsRequest: LensRequest<void, AmplifyProjectSummary[]> = { kind: 'request', method: 'amplifyLens/projects' };

/**
 * A type, a field of a type, or a field named without its type, that a deploy error names
 * (`InvalidDirectiveError: Expected references for @hasMany on Post.comments`).
 */
export interface SchemaSymbolQuery {
  typeName?: string;
  fieldName?: string;
}

/** Where a queried name is declared: LSP's 0-based range of the name, and what it landed on. */
export interface SchemaSymbolLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** `type` when a field was asked for but only its type was found. */
  kind: 'type' | 'field';
}

export interface LocateSchemaSymbolsParams {
  /** The folder the CLI ran in; the project holding it is searched (its GraphQL APIs, or its Gen 2 data schema). */
  projectRoot: string;
  symbols: SchemaSymbolQuery[];
}

/**
 * `amplifyLens/locateSchemaSymbols`: where each named type or field is declared in the project's
 * schema, by the server's own symbol index; `null` for a name the schema does not declare, so an
 * error is never placed on a guess. A field named without its type is found only when exactly
 * one type declares it.
 */
export const LocateSchemaSymbolsRequest: LensRequest<LocateSchemaSymbolsParams, (SchemaSymbolLocation | null)[]> = {
  kind: 'request',
  method: 'amplifyLens/locateSchemaSymbols',
};

/**
 * `amplifyLens/workspaceTrusted` (client → server): the user trusted the workspace, so the server may
 * now run project code (Gen 2 `resource.ts` files, to learn the schema a deploy produces).
 */
export const WorkspaceTrustedNotification: LensNotification<void> = { kind: 'notification', method: 'amplifyLens/workspaceTrusted' };

/** Every custom method, for the server's registration and the test that keeps both ends in step. */
export const LENS_PROTOCOL_EXTENSIONS: readonly { kind: 'request' | 'notification'; method: string }[] = [
  ProjectsRequest,
  LocateSchemaSymbolsRequest,
  WorkspaceTrustedNotification,
];
