import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gitIndexBytes } from '../../server/test-support/config/git-index-bytes';
import { repoRoot } from '../support/repo-root';
import { CORPUS_DIR } from './schema-corpus';
import { readExpectations } from './schema-expectations';

/**
 * The field corpus: whole small projects under test/corpus/projects, each reproducing a shape
 * found in real, deployed Amplify projects of one era (its PROVENANCE.md says which), with the
 * diagnostics `amplify-lens check` must report on it — `# expect:` lines in its schemas, and
 * `expectations.json` for every other file.
 */
export const PROJECTS_DIR = join(CORPUS_DIR, 'projects');

export interface ExpectedDiagnostic {
  /** Path within the project, forward slashes. */
  file: string;
  /** 1-based line the diagnostic starts on. */
  line: number;
  code: string;
  /** When given, the severity must match too. */
  severity?: string;
}

export interface ProjectExpectations {
  /** The transformer version the project's Gen 1 APIs must be checked with. */
  transformerVersion?: 1 | 2;
  /** What Amplify's transformer says of the project's schemas (checked by transformer-verdicts.test.ts). */
  transformer?: 'valid' | 'invalid';
  /** Diagnostics on files other than schemas. */
  diagnostics: ExpectedDiagnostic[];
  /**
   * A known false or missing diagnostic another part of Lens is still to fix: the project must
   * still differ from its expectations (so whoever fixes it moves the project out of pending).
   */
  pending?: string;
  /** Set to false for a project outside any git repository (no .git is made for it). */
  git?: boolean;
}

export async function projectNames(): Promise<string[]> {
  const entries = await readdir(PROJECTS_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

export async function readProjectExpectations(name: string): Promise<ProjectExpectations> {
  return JSON.parse(await readFile(join(PROJECTS_DIR, name, 'expectations.json'), 'utf8')) as ProjectExpectations;
}

async function filesUnder(dir: string, base = dir): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path, base)));
    else found.push(relative(base, path).split('\\').join('/'));
  }
  return found.sort();
}

/**
 * A copy of the project, as a fresh clone of it would be: a `.git` whose index holds every file
 * of the project (what a clone checks out is what was committed), so the git checks see a user's
 * checkout and not this repository. It sits in test-results/ (git-ignored) rather than the
 * system's temporary folder so that Node finds this repository's packages from it, as a project
 * finds its own installed dependencies: Gen 2 schemas can then be evaluated as a deploy would.
 */
export async function checkoutOf(name: string, expectations: ProjectExpectations): Promise<{ root: string; dispose(): Promise<void> }> {
  const base = join(repoRoot(), 'test-results', 'field-projects');
  await mkdir(base, { recursive: true });
  const root = await mkdtemp(join(base, `${name}-`));
  const source = join(PROJECTS_DIR, name);
  const files = (await filesUnder(source)).filter((file) => file !== 'expectations.json' && file !== 'PROVENANCE.md');
  for (const file of files) await cp(join(source, file), join(root, file));
  if (expectations.git !== false) {
    await mkdir(join(root, '.git'));
    await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(join(root, '.git', 'index'), gitIndexBytes(files));
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** The `# expect:` lines of every schema file of the project, as file/line/code (1-based lines). */
export async function schemaExpectations(root: string): Promise<ExpectedDiagnostic[]> {
  const expected: ExpectedDiagnostic[] = [];
  for (const file of await filesUnder(root)) {
    if (!file.endsWith('.graphql') || file.startsWith('.git/')) continue;
    const path = join(root, file);
    if (!(await stat(path)).isFile()) continue;
    const text = await readFile(path, 'utf8');
    for (const expectation of readExpectations({ uri: pathToFileURL(path).href, text })) {
      expected.push({ file, line: expectation.line + 1, code: expectation.code });
    }
  }
  return expected;
}
