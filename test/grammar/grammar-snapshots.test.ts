// The TextMate grammars (syntaxes/*.tmLanguage.json) checked with vscode-tmgrammar-test, the way
// VS Code tokenizes: vscode-textmate with the Oniguruma engine, the Amplify injection applied.
//  - snapshots/*.graphql: whole schemas and operations, compared with their .snap files;
//  - assertions/*.test.graphql: precise `# ^^^ scope` assertions for the scopes that matter most.
// After an intended grammar change, rewrite the snapshots with `npm run test:grammar:update`
// and read the diff before committing it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo-root';

const ROOT = repoRoot();
const GRAMMAR_DIR = join(ROOT, 'test', 'grammar');
const SNAPSHOT_DIR = join(GRAMMAR_DIR, 'snapshots');
const ASSERTION_DIR = join(GRAMMAR_DIR, 'assertions');
const GRAMMAR_OPTIONS = [
  '--grammar', 'syntaxes/graphql.tmLanguage.json',
  '--grammar', 'syntaxes/amplify-directives.injection.tmLanguage.json',
];

/** The path of one of vscode-tmgrammar-test's commands, from its package's `bin`. */
function toolCommand(name: 'vscode-tmgrammar-snap' | 'vscode-tmgrammar-test'): string {
  const manifestPath = createRequire(join(ROOT, 'package.json')).resolve('vscode-tmgrammar-test/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin[name]);
}

/** Runs a node script from the repository root (the tools read the grammars' injections from package.json there). */
function runNode(script: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const filesIn = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => relative(ROOT, join(dir, name)));

const snapshotInputs = filesIn(SNAPSHOT_DIR, '.graphql');
const assertionFiles = filesIn(ASSERTION_DIR, '.test.graphql');

describe('TextMate grammars', () => {
  it('are the JSON that syntaxes/src builds', () => {
    const { status, output } = runNode(join(ROOT, 'syntaxes', 'src', 'build-grammars.mjs'), ['--check']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('have snapshot inputs and assertion files to check', () => {
    expect(snapshotInputs.length).toBeGreaterThanOrEqual(4);
    expect(assertionFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(snapshotInputs)('tokenize %s as its snapshot records', (input) => {
    // Without a .snap the tool writes one and passes; a missing snapshot must fail instead.
    expect(existsSync(join(ROOT, `${input}.snap`)), `${input}.snap is missing`).toBe(true);
    const { status, output } = runNode(toolCommand('vscode-tmgrammar-snap'), [...GRAMMAR_OPTIONS, input]);
    expect(output).toContain('run successfully');
    expect(status, output).toBe(0);
  });

  it.each(assertionFiles)('give the scopes asserted in %s', (file) => {
    const { status, output } = runNode(toolCommand('vscode-tmgrammar-test'), [...GRAMMAR_OPTIONS, file]);
    expect(status, output).toBe(0);
  });
});
