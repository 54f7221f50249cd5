import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { sep } from 'node:path';
import { SHIMMED_PACKAGES } from './backend-shims';
import type { Transpiler } from './typescript-transpiler';

/** Node's CommonJS loader internals the hooks use (stable since Node 0.x; tsx and ts-node use them too). */
interface ModuleInternals {
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _extensions: Record<string, (module: { _compile(code: string, filename: string): void }, filename: string) => void>;
  _cache: Record<string, unknown>;
}

const internals = Module as unknown as ModuleInternals;
const SHIM_ID = '\0amplify-lens:backend';
const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];

export interface LoaderContext {
  projectRoot: string;
  transpiler: Transpiler;
  overrides: ReadonlyMap<string, string>;
  backend: Record<string, unknown>;
  /** Where `@aws-amplify/data-schema` resolves when the project has none (the bundled copy). */
  fallbackDataSchema?: string;
}

/**
 * Loads the project's TypeScript through Node's CommonJS loader: `.ts` files are transpiled by the
 * project's own transpiler, the backend packages resolve to the shims, open editor texts win over
 * the disk. Project modules are forgotten before each evaluation (node_modules stay cached, so
 * only the project's own files are read again), and unchanged files are not transpiled again.
 */
export class ProjectModuleLoader {
  private context?: LoaderContext;
  private readonly transpiled = new Map<string, { source: string; code: string }>();
  /** Project files loaded since the last `reset()`. */
  readonly loaded = new Set<string>();

  constructor() {
    const resolve = internals._resolveFilename;
    internals._resolveFilename = (request, parent, isMain, options) => {
      if (this.context && SHIMMED_PACKAGES.has(request)) return SHIM_ID;
      try {
        return resolve.call(Module, request, parent, isMain, options);
      } catch (error) {
        const alternative = this.alternative(request);
        if (alternative) return resolve.call(Module, alternative, parent, isMain, options);
        throw error;
      }
    };
    for (const extension of TYPESCRIPT_EXTENSIONS) {
      internals._extensions[extension] = (module, filename) => module._compile(this.transpile(filename), filename);
    }
    const loadJs = internals._extensions['.js'];
    internals._extensions['.js'] = (module, filename) => {
      // The project's own .js files may be ES modules ("type": "module"): transpile those too.
      if (this.context && filename.startsWith(this.context.projectRoot + sep) && !isDependency(filename))
        return module._compile(this.transpile(filename), filename);
      return loadJs(module, filename);
    };
  }

  /** `./x.js` written for a `./x.ts` (NodeNext style), and the bundled data-schema when the project has none. */
  private alternative(request: string): string | undefined {
    if (request.startsWith('.') && /\.[cm]?js$/.test(request)) return request.replace(/\.([cm]?)js$/, '.$1ts');
    if (request === '@aws-amplify/data-schema' && this.context?.fallbackDataSchema) return this.context.fallbackDataSchema;
    return undefined;
  }

  /** Starts an evaluation: forgets the project's modules from the previous one. */
  reset(context: LoaderContext): void {
    this.context = context;
    // Node records each module as a child of the one that required it; a forgotten module still
    // listed there would keep its whole evaluation (schema objects included) alive.
    if (this.loaded.size > 0) {
      for (const cached of Object.values(internals._cache) as { children?: { id?: string }[] }[]) {
        if (cached?.children?.some((child) => child.id !== undefined && this.loaded.has(child.id))) {
          cached.children = cached.children.filter((child) => child.id === undefined || !this.loaded.has(child.id));
        }
      }
      const main = require.main as { children?: { id?: string }[] } | undefined;
      if (main?.children) main.children = main.children.filter((child) => child.id === undefined || !this.loaded.has(child.id));
    }
    for (const path of this.loaded) delete internals._cache[path];
    this.loaded.clear();
    internals._cache[SHIM_ID] = { id: SHIM_ID, filename: SHIM_ID, loaded: true, exports: context.backend, children: [], paths: [] };
    // Files no longer open fall back to the disk's text; keep transpiled code only for what may be asked again.
    if (this.transpiled.size > 256) this.transpiled.clear();
  }

  private transpile(filename: string): string {
    const context = this.context;
    if (!context) throw new Error('The schema worker loaded a file outside an evaluation.');
    this.loaded.add(filename);
    const source = context.overrides.get(filename) ?? readFileSync(filename, 'utf8');
    const cached = this.transpiled.get(filename);
    if (cached && cached.source === source) return cached.code;
    const code = context.transpiler.transpile(source, filename);
    this.transpiled.set(filename, { source, code });
    return code;
  }
}

export function isDependency(path: string): boolean {
  return path.includes(`${sep}node_modules${sep}`);
}
