import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { maskTypeScript } from 'amplify-lens-model/project';

/** Turns one TypeScript module into CommonJS with an inline source map (errors point at the TS). */
export interface Transpiler {
  /** `esbuild 0.25.0 (project)`: shown when the SDL is reported. */
  name: string;
  transpile(code: string, path: string): string;
}

interface EsbuildApi {
  version: string;
  transformSync(code: string, options: Record<string, unknown>): { code: string };
}

interface TypeScriptApi {
  version: string;
  transpileModule(code: string, options: Record<string, unknown>): { outputText: string };
  ModuleKind: { CommonJS: number };
  ScriptTarget: { ES2020: number };
  JsxEmit: { ReactJSX: number };
}

/**
 * The transpiler a Gen 2 project already has, as `ampx` would find it from the resource file:
 * esbuild (which `tsx`, the runner `ampx` uses, depends on; the create-amplify template adds it
 * too), else the project's `typescript`. The server ships neither: esbuild's native binary and
 * the TypeScript compiler would not fit the extension. Undefined when the project has none
 * (its dependencies are not installed).
 */
export function findProjectTranspiler(resourcePath: string): Transpiler | undefined {
  const fromResource = createRequire(resourcePath);
  const esbuild = tryRequire<EsbuildApi>(fromResource, 'esbuild') ?? viaPackage<EsbuildApi>(fromResource, 'tsx', 'esbuild');
  if (esbuild && typeof esbuild.transformSync === 'function') return esbuildTranspiler(esbuild);
  const typescript = tryRequire<TypeScriptApi>(fromResource, 'typescript');
  if (typescript && typeof typescript.transpileModule === 'function') return typescriptTranspiler(typescript);
  return undefined;
}

function tryRequire<T>(require: NodeJS.Require, id: string): T | undefined {
  try {
    return require(id) as T;
  } catch {
    return undefined;
  }
}

/** A package another package depends on (esbuild through tsx), when npm did not hoist it. */
function viaPackage<T>(require: NodeJS.Require, owner: string, id: string): T | undefined {
  try {
    return tryRequire<T>(createRequire(require.resolve(`${owner}/package.json`)), id);
  } catch {
    return undefined;
  }
}

function esbuildTranspiler(esbuild: EsbuildApi): Transpiler {
  return {
    name: `esbuild ${esbuild.version}`,
    transpile(code, path) {
      const loader = path.endsWith('x') ? 'tsx' : path.endsWith('.js') || path.endsWith('.mjs') || path.endsWith('.cjs') ? 'js' : 'ts';
      return esbuild.transformSync(withImportMeta(code), {
        loader,
        format: 'cjs',
        platform: 'node',
        target: 'node18',
        sourcemap: 'inline',
        sourcefile: path,
        logLevel: 'silent',
      }).code;
    },
  };
}

function typescriptTranspiler(ts: TypeScriptApi): Transpiler {
  return {
    name: `typescript ${ts.version}`,
    transpile(code, path) {
      return ts.transpileModule(withImportMeta(code), {
        fileName: path,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
          inlineSourceMap: true,
          inlineSources: false,
          jsx: ts.JsxEmit.ReactJSX,
        },
      }).outputText;
    },
  };
}

// Same length as `import.meta`, so columns after it stay where the source has them.
const META = '__lens_meta';

/**
 * Resource files are ES modules (`amplify/package.json` has `"type": "module"`) and may use
 * `import.meta.url` to find a `.graphql` file; as CommonJS they get an object with the same
 * `url`, `dirname` and `filename`.
 */
function withImportMeta(code: string): string {
  const masked = maskTypeScript(code);
  if (!masked.includes('import.meta')) return code;
  let out = '';
  let last = 0;
  for (const match of masked.matchAll(/\bimport\s*\.\s*meta\b/g)) {
    out += code.slice(last, match.index) + (match[0].length === META.length ? META : META.padEnd(match[0].length));
    last = match.index + match[0].length;
  }
  out += code.slice(last);
  return `var ${META} = { url: require('node:url').pathToFileURL(__filename).href, dirname: __dirname, filename: __filename };${out}`;
}

/** The version of the package whose entry file is `entry`, from its package.json. */
export function packageVersionOf(entry: string, name: string): string | undefined {
  let dir = dirname(entry);
  for (let i = 0; i < 8; i++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // not this folder
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
