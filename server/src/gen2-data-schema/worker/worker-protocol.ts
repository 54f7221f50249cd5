/**
 * The messages between the language server and the schema worker (a child process over Node's
 * IPC channel). Plain JSON: the worker never hands objects of the project's code to the server.
 */
export interface EvaluateRequest {
  id: number;
  kind: 'evaluate';
  /** The project root: the worker's working directory while it evaluates, as `ampx` has it. */
  projectRoot: string;
  /** Absolute path of the resource file that calls `defineData`. */
  resourcePath: string;
  /** Texts of files open in the editor, which win over the disk. */
  overrides: Record<string, string>;
}

export interface MemoryRequest {
  id: number;
  kind: 'memory';
}

export type WorkerRequest = EvaluateRequest | MemoryRequest;

/** Which `@aws-amplify/data-schema` and which TypeScript transpiler produced the SDL. */
export interface ToolchainFacts {
  dataSchemaVersion: string;
  /** `project`: resolved from the project's node_modules; `bundled`: Lens's own copy. */
  dataSchemaSource: 'project' | 'bundled';
  transpiler: string;
}

export interface StackFrame {
  path: string;
  /** 1-based, as in stack traces. */
  line: number;
  column: number;
}

export type FailurePhase = 'toolchain' | 'load' | 'no-define-data' | 'transform';

export interface EvaluationFailure {
  phase: FailurePhase;
  message: string;
  /** The project's own frames of the error's stack (node_modules and the worker left out), innermost first. */
  frames: StackFrame[];
  /** `Cannot find module 'x'`: the specifier that did not resolve. */
  missingModule?: string;
  toolchain?: ToolchainFacts;
  /** The server ended the worker because the evaluation ran past its time limit. */
  timedOut?: boolean;
}

export interface EvaluationSuccess {
  /** One SDL per schema `defineData` receives (a.combine gives several), exactly as `transform()` returned it. */
  sdl: string[];
  /** Whether each schema was a GraphQL string rather than a builder schema. */
  stringSchemas: boolean[];
  /**
   * The database behind each schema, as the data construct's factory decides it
   * (@aws-amplify/backend-data convert_schema.ts): a GraphQL string is DynamoDB; a builder schema
   * is what `a.configure({ database: { engine } })` set (`a.schema` is `dynamodb`, an `a.sql`
   * schema from `ampx generate schema-from-database` is `mysql` or `postgresql`); null when unknown.
   */
  dataSources: ('dynamodb' | 'mysql' | 'postgres' | null)[];
  /** Names `@function(name:)` may use: the generated `Fn…` names and `defineData({ functions })`'s keys. */
  functionNames: string[];
  /** `defineData({ authorizationModes })`: which modes are set, and the default mode. */
  authorizationModes?: { keys: string[]; defaultMode?: string };
  toolchain: ToolchainFacts;
  /** The project files the evaluation loaded (resource file included), to re-run when one changes. */
  loadedFiles: string[];
}

export type EvaluateResponse = { id: number; ok: true; result: EvaluationSuccess } | { id: number; ok: false; failure: EvaluationFailure };

export interface MemoryResponse {
  id: number;
  ok: true;
  /** Heap in use after a full garbage collection (bytes). */
  heapUsed: number;
}

export type WorkerResponse = EvaluateResponse | MemoryResponse;
