import { parse as parseJsonc, type ParseError } from 'jsonc-parser';

/**
 * Where a front end's build writes its files, when that can be known for sure from the project:
 * Gen 1's `DistributionDir`, and the fixed defaults of the common framework builds run by the
 * build commands (directly or through a package.json script). Anything that could move the output
 * — a `cd`, a copy, an output flag, a setting in the framework's config, an unknown config — makes
 * the answer "unknown", and unknown means no warning.
 */
export interface FrontendBuildFacts {
  /** amplify/.config/project-config.json of a Gen 1 project. */
  projectConfigText?: string;
  /** The front end's package.json. */
  packageJsonText?: string;
  /**
   * The framework build configs beside package.json by file name (`vite.config.ts`, `next.config.mjs`,
   * `angular.json`), when the folder was looked at; an empty object means it holds none. Undefined
   * when unknown: then only Create React App (which has no such file) can be judged.
   */
  frameworkConfigTexts?: Record<string, string>;
}

export interface OutputDirectory {
  directory: string;
  /** Why, for the message: "Vite's default output directory". */
  reason: string;
}

const MOVES_FILES = /(^|[\s;&|(])(cd|mv|cp|rsync|pushd|ln)\s/;

/**
 * The output directory, relative to the front end's root; undefined when not known for sure
 * (including when the sources disagree).
 */
export function expectedOutputDirectory(
  facts: FrontendBuildFacts,
  buildCommands: readonly string[],
  environment: Readonly<Record<string, unknown>>,
): OutputDirectory | undefined {
  if (buildCommands.some((command) => MOVES_FILES.test(command))) return undefined;
  const candidates: OutputDirectory[] = [];
  const distribution = gen1DistributionDir(facts.projectConfigText);
  if (distribution) candidates.push({ directory: distribution, reason: "the `DistributionDir` of the Gen 1 project's project-config.json" });

  const steps = expandScripts(buildCommands, scriptsOf(facts.packageJsonText));
  if (steps === 'moves-output') return undefined;
  // An unreadable script leaves only the Gen 1 setting to go by.
  if (steps !== 'unreadable') {
    // `next build && next export`: the export decides where the files end up.
    const exported = steps.some((step) => /\bnext\s+export\b/.test(step));
    const frameworkOutputs: (OutputDirectory | 'unknown')[] = [];
    for (const step of steps) {
      if (exported && /\bnext\s+build\b/.test(step)) continue;
      const output = frameworkOutput(step, facts, environment);
      if (output) frameworkOutputs.push(output);
    }
    if (frameworkOutputs.includes('unknown') || frameworkOutputs.length > 1) return undefined;
    if (frameworkOutputs.length === 1) candidates.push(frameworkOutputs[0] as OutputDirectory);
  }

  if (candidates.length === 0) return undefined;
  const directories = new Set(candidates.map((candidate) => normalizeDirectory(candidate.directory)));
  if (directories.size !== 1) return undefined;
  return candidates[candidates.length - 1];
}

export function normalizeDirectory(directory: string): string {
  return directory
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/');
}

function gen1DistributionDir(projectConfigText: string | undefined): string | undefined {
  const config = parseJson(projectConfigText) as { frontend?: unknown; javascript?: { config?: { DistributionDir?: unknown } } } | undefined;
  const directory = config?.javascript?.config?.DistributionDir;
  if (config?.frontend !== 'javascript' || typeof directory !== 'string') return undefined;
  const normalized = normalizeDirectory(directory);
  return normalized === '' || normalized === '.' || normalized === '/' ? undefined : normalized;
}

function scriptsOf(packageJsonText: string | undefined): Record<string, string> | undefined {
  if (packageJsonText === undefined) return undefined;
  const scripts = (parseJson(packageJsonText) as { scripts?: Record<string, unknown> } | undefined)?.scripts ?? {};
  return Object.fromEntries(Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const RUN_SCRIPT = /^(?:npm\s+(?:run|run-script)|yarn(?:\s+run)?|pnpm(?:\s+run)?|bun\s+run)\s+([^\s-][^\s]*)(.*)$/;
const PACKAGE_MANAGER_COMMANDS = new Set([
  'install',
  'ci',
  'add',
  'remove',
  'exec',
  'dlx',
  'config',
  'cache',
  'set',
  'workspace',
  'workspaces',
  'global',
]);

/**
 * The shell steps the build commands amount to, with `npm run x` replaced by script x's steps.
 * 'unreadable' when a called script cannot be read; 'moves-output' when a script moves files or
 * is given extra arguments (which may well be an output flag).
 */
function expandScripts(
  commands: readonly string[],
  scripts: Record<string, string> | undefined,
  depth = 0,
): string[] | 'unreadable' | 'moves-output' {
  const steps: string[] = [];
  for (const command of commands) {
    for (const step of command
      .split(/&&|\|\||;/)
      .map((part) => part.trim())
      .filter(Boolean)) {
      const call = RUN_SCRIPT.exec(step);
      if (!call || PACKAGE_MANAGER_COMMANDS.has(call[1])) {
        steps.push(step);
        continue;
      }
      if (call[2].trim() !== '') return 'moves-output';
      const body = scripts?.[call[1]];
      if (body === undefined || depth > 4) return 'unreadable';
      if (MOVES_FILES.test(body)) return 'moves-output';
      const expanded = expandScripts([body], scripts, depth + 1);
      if (typeof expanded === 'string') return expanded;
      steps.push(...expanded);
    }
  }
  return steps;
}

/** The output of one step when it runs a known framework build; 'unknown' when it does but its output can move. */
function frameworkOutput(
  step: string,
  facts: FrontendBuildFacts,
  environment: Readonly<Record<string, unknown>>,
): OutputDirectory | 'unknown' | undefined {
  const words = step
    .replace(/^(?:cross-env\s+)?(?:\w+=\S*\s+)*/, '')
    .replace(/^(?:npx|pnpm\s+exec|yarn\s+exec|bunx)\s+/, '')
    .split(/\s+/);
  const [program, verb, ...rest] = words;
  const configs = facts.frameworkConfigTexts;
  if (program === 'react-scripts' && verb === 'build') {
    if (/\bBUILD_PATH=/.test(step) || 'BUILD_PATH' in environment) return 'unknown';
    return { directory: 'build', reason: "Create React App's output directory" };
  }
  if (program === 'vite' && verb === 'build') {
    if (rest.some((word) => !word.startsWith('-') || /^--(outDir|out-dir)/.test(word)) || configs === undefined) return 'unknown';
    const viteConfigs = configFiles(configs, /^vite\.config\.[cm]?[jt]s$/);
    if (viteConfigs.some((text) => /\boutDir\b|\broot\s*:/.test(text))) return 'unknown';
    return { directory: 'dist', reason: "Vite's default output directory" };
  }
  if (program === 'next' && verb === 'export') {
    if (rest.some((word) => /^(-o|--outdir)/.test(word))) return 'unknown';
    return { directory: 'out', reason: 'the output directory of `next export`' };
  }
  if (program === 'next' && verb === 'build') {
    if (configs === undefined) return 'unknown';
    const nextConfigs = configFiles(configs, /^next\.config\.[cm]?[jt]s$/);
    if (nextConfigs.some((text) => /\bdistDir\b/.test(text))) return 'unknown';
    if (nextConfigs.some((text) => /\boutput\s*:\s*['"`]export['"`]/.test(text))) {
      return { directory: 'out', reason: "the output directory of a Next.js static export (`output: 'export'`)" };
    }
    if (nextConfigs.some((text) => /\boutput\s*:/.test(text) && !/\boutput\s*:\s*['"`]standalone['"`]/.test(text))) return 'unknown';
    return { directory: '.next', reason: "Next.js's build directory" };
  }
  if (program === 'ng' && verb === 'build') {
    if (rest.some((word) => /^--output-path|^--outputPath/.test(word)) || configs?.['angular.json'] === undefined) return 'unknown';
    const project = rest.find((word) => !word.startsWith('-'));
    const outputPath = angularOutputPath(configs['angular.json'], project);
    return outputPath ? { directory: outputPath, reason: 'the `outputPath` in angular.json' } : 'unknown';
  }
  return undefined;
}

function configFiles(configs: Record<string, string>, name: RegExp): string[] {
  return Object.entries(configs)
    .filter(([file]) => name.test(file.slice(file.lastIndexOf('/') + 1)))
    .map(([, text]) => text);
}

function angularOutputPath(angularJsonText: string, projectName: string | undefined): string | undefined {
  type AngularProject = { architect?: { build?: { options?: { outputPath?: unknown } } } };
  const workspace = parseJson(angularJsonText) as { projects?: Record<string, AngularProject>; defaultProject?: string } | undefined;
  const projects = workspace?.projects ?? {};
  const buildable = Object.entries(projects).filter(([, project]) => project.architect?.build);
  const name = projectName ?? workspace?.defaultProject ?? (buildable.length === 1 ? buildable[0][0] : undefined);
  const outputPath = name ? projects[name]?.architect?.build?.options?.outputPath : undefined;
  if (typeof outputPath === 'string') return normalizeDirectory(outputPath);
  if (outputPath && typeof outputPath === 'object' && typeof (outputPath as { base?: unknown }).base === 'string') {
    return normalizeDirectory((outputPath as { base: string }).base);
  }
  return undefined;
}

/** JSON with comments allowed (angular.json may have them); undefined when it does not parse cleanly. */
function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  return errors.length === 0 ? value : undefined;
}
