/**
 * Maps a stack frame from a Lambda log to a file of the project. Lambda runs the function's code
 * from `/var/task`, so `/var/task/<rest>` of the log group `/aws/lambda/<name>-<env>` is
 * `amplify/backend/function/<name>/src/<rest>` in a Gen 1 project, and for Gen 2 (whose physical
 * names are generated but contain the function's name) `amplify/functions/<name>/<rest>`. Gen 2
 * deploys one bundle (`index.mjs`), so without source maps its TypeScript source is a best
 * effort: the `.ts` beside a `.js`, else the default `handler.ts`. Layers (`/opt/…`) and Lambda's
 * runtime (`/var/runtime/…`, `/var/lang/…`) are not the project's.
 *
 * A log line is untrusted input: whatever path it names, the file opened lies inside a project,
 * by the path rules of the machine the project is on (Windows reads `\` as a separator too, so a
 * Python frame's `..\..\` must not climb out). No `vscode` import: tested under Vitest against real
 * folders, and with Windows' rules on any machine.
 */
import { readdir, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { isPathWithin } from 'amplify-lens-model/files';
import type { LogFrameReference } from 'amplify-lens-model/panels';

export type FrameResolution = { kind: 'found'; file: string; line: number; column?: number } | { kind: 'not-found'; reason: string };

export interface FrameResolverFiles {
  isFile(path: string): Promise<boolean>;
  directories(path: string): Promise<string[]>;
}

export const nodeFrameFiles: FrameResolverFiles = {
  isFile: async (path) => (await stat(path).catch(() => undefined))?.isFile() ?? false,
  directories: async (path) =>
    (await readdir(path, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name),
};

const TASK_ROOT = '/var/task/';
/** Lambda's own code: the runtime's bootstrap and the language's libraries. */
const RUNTIME_ROOTS = ['/var/runtime/', '/var/lang/'];

/** `path.posix` or `path.win32`: the rules of the machine the projects are on. */
export type FramePathRules = Pick<typeof nodePath, 'isAbsolute' | 'join' | 'normalize' | 'relative' | 'resolve'>;

interface Candidate {
  functionName: string;
  files: string[];
  /** The log group's function name contains this function's name. */
  named: boolean;
}

export async function resolveFrame(
  frame: LogFrameReference,
  projectRoots: readonly string[],
  files: FrameResolverFiles = nodeFrameFiles,
  rules: FramePathRules = nodePath,
): Promise<FrameResolution> {
  const { isAbsolute, join, normalize } = rules;
  const found = (file: string): FrameResolution => ({ kind: 'found', file, line: frame.line, column: frame.column });
  const path = String(frame.path).replace(/^file:\/\//, '');
  if (path.startsWith('/opt/')) return { kind: 'not-found', reason: `${path} is in a Lambda layer, not in the project's function sources.` };
  if (RUNTIME_ROOTS.some((root) => path.startsWith(root)))
    return { kind: 'not-found', reason: `${path} is Lambda's runtime, not the project's code.` };
  if (isAbsolute(path) && !path.startsWith(TASK_ROOT)) {
    // A local run (amplify mock, a test) logs the project's own absolute paths.
    const inProject = projectRoots.some((root) => isPathWithin(path, root, rules));
    if (inProject && (await files.isFile(path))) return found(normalize(path));
    return { kind: 'not-found', reason: `${path} is not a file of the workspace's Amplify projects.` };
  }
  const rest = path.startsWith(TASK_ROOT) ? path.slice(TASK_ROOT.length) : path.replace(/^\.[\\/]/, '');
  // Both separators: Windows joins `..\..\x` as two steps up, whatever the log's platform was.
  const segments = rest.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..') || segments.some((segment) => /^[A-Za-z]:/.test(segment)) || segments.length === 0) {
    return { kind: 'not-found', reason: `${path} leaves the function's folder.` };
  }
  const lambdaName = frame.logGroup.replace(/^\/aws\/lambda\//, '').toLowerCase();

  const candidates: Candidate[] = [];
  for (const root of projectRoots) {
    const gen1 = join(root, 'amplify', 'backend', 'function');
    for (const name of await files.directories(gen1)) {
      const lower = name.toLowerCase();
      candidates.push({
        functionName: name,
        files: sourceVariants(join(gen1, name, 'src'), segments, false, rules),
        named: lambdaName === lower || lambdaName.startsWith(`${lower}-`),
      });
    }
    const gen2 = join(root, 'amplify', 'functions');
    for (const name of await files.directories(gen2)) {
      candidates.push({
        functionName: name,
        files: sourceVariants(join(gen2, name), segments, true, rules),
        named: lambdaName.includes(name.toLowerCase().replace(/[^a-z0-9]/g, '')) || lambdaName.includes(name.toLowerCase()),
      });
    }
  }
  // The longest matching name first: `post` must not win over `postSummary` for `postsummary-dev`.
  const named = candidates.filter((candidate) => candidate.named).sort((a, b) => b.functionName.length - a.functionName.length);
  for (const candidate of named) {
    for (const file of candidate.files) if (await files.isFile(file)) return found(file);
  }
  // The log group names no function of the project (a renamed function, a custom name): the file
  // is still unambiguous when exactly one function has it.
  const others: string[] = [];
  for (const candidate of candidates.filter((each) => !each.named)) {
    for (const file of candidate.files) {
      if (await files.isFile(file)) {
        others.push(file);
        break;
      }
    }
  }
  if (others.length === 1) return found(others[0]);
  const where = named.length ? `function ${named[0].functionName}` : `the functions of ${frame.logGroup}`;
  return {
    kind: 'not-found',
    reason:
      others.length > 1
        ? `${rest} exists in ${others.length} functions and ${frame.logGroup} names none of them.`
        : `${rest} was not found in ${where}.`,
  };
}

/** The file itself, then its TypeScript source when the runtime ran compiled JavaScript; only files inside `folder`. */
function sourceVariants(folder: string, segments: readonly string[], gen2: boolean, rules: FramePathRules): string[] {
  const file = rules.join(folder, ...segments);
  const variants = [file];
  const last = segments.at(-1) ?? '';
  const js = /\.(m|c)?js$/.exec(last);
  if (js) {
    const stem = file.slice(0, -js[0].length);
    variants.push(`${stem}.${js[1] ?? ''}ts`, `${stem}.ts`);
    // Gen 2 bundles the handler into /var/task/index.mjs; its source is defineFunction's default entry.
    if (gen2 && segments.length === 1 && /^index\.(m|c)?js$/.test(last)) variants.push(rules.join(folder, 'handler.ts'));
  }
  return [...new Set(variants)].filter((variant) => isPathWithin(variant, folder, rules));
}
