import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createBackendShims, type BackendShims } from './backend-shims';
import { isDependency, ProjectModuleLoader } from './project-module-loader';
import { findProjectTranspiler, packageVersionOf, type Transpiler } from './typescript-transpiler';
import type { EvaluateRequest, EvaluateResponse, EvaluationFailure, EvaluationSuccess, StackFrame, ToolchainFacts } from './worker-protocol';

declare const LENS_BUNDLED_DATA_SCHEMA_VERSION: string | undefined;

interface Toolchain {
  transpiler: Transpiler;
  shims: BackendShims;
  facts: ToolchainFacts;
  fallbackDataSchema?: string;
}

const loader = new ProjectModuleLoader();
const toolchains = new Map<string, Toolchain | EvaluationFailure>();

/** Where the bundled copy of `@aws-amplify/data-schema` sits: beside the worker's bundle. */
function bundledDataSchemaPath(): string {
  return join(__dirname, 'data-schema-bundled.js');
}

/**
 * The project's `a`: from the `@aws-amplify/data-schema` its `@aws-amplify/backend` depends on
 * (what `import { a } from '@aws-amplify/backend'` gives a deploy), else one the project has
 * directly, else the copy bundled with Lens (said so in the result).
 */
function locateDataSchema(resourcePath: string): { entry: string; source: 'project' | 'bundled' } {
  const fromResource = createRequire(resourcePath);
  try {
    const backend = fromResource.resolve('@aws-amplify/backend/package.json');
    return { entry: createRequire(backend).resolve('@aws-amplify/data-schema'), source: 'project' };
  } catch {
    // no backend package, or it resolves data-schema elsewhere
  }
  try {
    return { entry: fromResource.resolve('@aws-amplify/data-schema'), source: 'project' };
  } catch {
    return { entry: bundledDataSchemaPath(), source: 'bundled' };
  }
}

function toolchainFor(resourcePath: string): Toolchain | EvaluationFailure {
  const key = dirname(resourcePath);
  let toolchain = toolchains.get(key);
  if (toolchain) return toolchain;
  const transpiler = findProjectTranspiler(resourcePath);
  // Not remembered: the project's dependencies may be installed a moment later.
  if (!transpiler) return { phase: 'toolchain', message: 'The project has neither esbuild nor typescript installed', frames: [] };
  {
    const { entry, source } = locateDataSchema(resourcePath);
    const dataSchema = require(entry) as { a?: unknown };
    const version =
      source === 'bundled'
        ? typeof LENS_BUNDLED_DATA_SCHEMA_VERSION === 'string'
          ? LENS_BUNDLED_DATA_SCHEMA_VERSION
          : 'unknown'
        : (packageVersionOf(entry, '@aws-amplify/data-schema') ?? 'unknown');
    toolchain = {
      transpiler,
      shims: createBackendShims(dataSchema.a),
      facts: { dataSchemaVersion: version, dataSchemaSource: source, transpiler: transpiler.name },
      fallbackDataSchema: source === 'bundled' ? entry : undefined,
    };
  }
  toolchains.set(key, toolchain);
  return toolchain;
}

interface BuilderSchema {
  transform(): { schema: string; lambdaFunctions?: Record<string, unknown> };
  data?: { configuration?: { database?: { engine?: unknown } } };
}

/** `schema.data.configuration.database.engine`, read as convert_schema.ts reads it; the engine names it maps. */
function builderDataSource(schema: BuilderSchema): 'dynamodb' | 'mysql' | 'postgres' | null {
  let engine: unknown;
  try {
    engine = schema.data?.configuration?.database?.engine;
  } catch {
    return null; // a getter of the project's that throws: unknown, never a guess
  }
  return engine === 'dynamodb' ? 'dynamodb' : engine === 'mysql' ? 'mysql' : engine === 'postgresql' ? 'postgres' : null;
}

function isBuilderSchema(value: unknown): value is BuilderSchema {
  return typeof value === 'object' && value !== null && typeof (value as BuilderSchema).transform === 'function';
}

/**
 * Evaluates the resource file as a deploy would (`tsx` running `amplify/backend.ts` imports it),
 * then calls `transform()` on the schema `defineData` received, exactly as the data construct's
 * factory does (@aws-amplify/backend-data convert_schema.ts `convertSchemaToCDK`).
 */
export function evaluateResource(request: EvaluateRequest): EvaluateResponse {
  const fail = (failure: EvaluationFailure): EvaluateResponse => ({ id: request.id, ok: false, failure });
  const toolchain = toolchainFor(request.resourcePath);
  if (!('transpiler' in toolchain)) return fail(toolchain);
  const { shims, transpiler } = toolchain;
  shims.reset();
  loader.reset({
    projectRoot: request.projectRoot,
    transpiler,
    overrides: new Map(Object.entries(request.overrides)),
    backend: shims.backend,
    fallbackDataSchema: toolchain.fallbackDataSchema,
  });
  const loadedFiles = () => [...loader.loaded];
  try {
    process.chdir(request.projectRoot);
    require(request.resourcePath);
  } catch (error) {
    return fail({ ...describeError(error, 'load', loader.loaded), toolchain: toolchain.facts });
  }
  const call = shims.dataCalls[0];
  if (!call) return fail({ phase: 'no-define-data', message: 'The file did not call defineData', frames: [], toolchain: toolchain.facts });
  const input = call.props.schema as unknown;
  const schemas =
    typeof input === 'object' && input !== null && Array.isArray((input as { schemas?: unknown }).schemas)
      ? (input as { schemas: unknown[] }).schemas
      : [input];
  const sdl: string[] = [];
  const stringSchemas: boolean[] = [];
  const dataSources: EvaluationSuccess['dataSources'] = [];
  const functionNames = new Set(Object.keys((call.props.functions as Record<string, unknown> | undefined) ?? {}));
  for (const schema of schemas) {
    if (typeof schema === 'string') {
      sdl.push(schema);
      stringSchemas.push(true);
      dataSources.push('dynamodb');
      continue;
    }
    if (!isBuilderSchema(schema)) {
      return fail({
        phase: 'transform',
        message: 'defineData received a schema that is neither a GraphQL string nor a.schema({ … })',
        frames: [],
        toolchain: toolchain.facts,
      });
    }
    try {
      const transformed = schema.transform();
      sdl.push(transformed.schema);
      stringSchemas.push(false);
      dataSources.push(builderDataSource(schema));
      for (const name of Object.keys(transformed.lambdaFunctions ?? {})) functionNames.add(name);
    } catch (error) {
      return fail({ ...describeError(error, 'transform', loader.loaded), toolchain: toolchain.facts });
    }
  }
  const modes = call.props.authorizationModes as Record<string, unknown> | undefined;
  return {
    id: request.id,
    ok: true,
    result: {
      sdl,
      stringSchemas,
      dataSources,
      functionNames: [...functionNames],
      authorizationModes:
        modes && typeof modes === 'object'
          ? {
              keys: Object.keys(modes),
              defaultMode: typeof modes.defaultAuthorizationMode === 'string' ? modes.defaultAuthorizationMode : undefined,
            }
          : undefined,
      toolchain: toolchain.facts,
      loadedFiles: loadedFiles(),
    },
  };
}

/** An error as the server can report it: its message, the project frames of its stack, a missing module. */
export function describeError(error: unknown, phase: EvaluationFailure['phase'], projectFiles: ReadonlySet<string>): EvaluationFailure {
  const record = (error ?? {}) as {
    message?: unknown;
    stack?: unknown;
    code?: unknown;
    errors?: { text?: string; location?: { file?: string; line?: number; column?: number } }[];
  };
  const message = typeof record.message === 'string' ? record.message : String(error);
  const frames: StackFrame[] = [];
  // esbuild's syntax errors carry their location instead of a useful stack.
  const located = record.errors?.[0]?.location;
  if (located?.file && located.line) frames.push({ path: located.file, line: located.line, column: (located.column ?? 0) + 1 });
  if (typeof record.stack === 'string') {
    for (const match of record.stack.matchAll(/^\s*at (?:.*?\()?(.+?):(\d+):(\d+)\)?$/gm)) {
      const path = match[1];
      if (!projectFiles.has(path) || isDependency(path)) continue;
      frames.push({ path, line: Number(match[2]), column: Number(match[3]) });
    }
  }
  const missing = record.code === 'MODULE_NOT_FOUND' ? /Cannot find module '([^']+)'/.exec(message)?.[1] : undefined;
  const firstLine = record.errors?.[0]?.text ?? message.split('\n')[0];
  return { phase, message: phase === 'transform' ? message : firstLine, frames, ...(missing ? { missingModule: missing } : {}) };
}
