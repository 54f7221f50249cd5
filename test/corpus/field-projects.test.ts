import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ProjectIndex } from '../../server/src/workspace/project-index';
import { repoRoot } from '../support/repo-root';
import {
  PROJECTS_DIR,
  checkoutOf,
  projectNames,
  readProjectExpectations,
  schemaExpectations,
  type ExpectedDiagnostic,
} from './field-project-corpus';

/**
 * `amplify-lens check` — the built command, as a user runs it (`npm run build` first; `npm test`
 * does) — over every project of the field corpus (test/corpus/projects): any diagnostic the
 * project does not announce, and any it announces that is not reported, fails. Each project
 * reproduces what real projects of its era look like (see its PROVENANCE.md), so a false
 * diagnostic here is one users would meet.
 */
const names = await projectNames();
const CLI = join(repoRoot(), 'server', 'out', 'cli.js');
const run = promisify(execFile);

interface JsonReport {
  diagnostics: { file: string; range: { start: { line: number } }; severity: string; code: string }[];
}

/** `amplify-lens check . --format json` in the folder; exit status 1 only says errors were found. */
async function check(cwd: string): Promise<JsonReport> {
  try {
    return JSON.parse((await run(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd })).stdout) as JsonReport;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code === 1 && failed.stdout) return JSON.parse(failed.stdout) as JsonReport;
    throw new Error(`amplify-lens check failed in ${cwd}: ${failed.stderr ?? String(error)}`);
  }
}

function describeAll(items: readonly ExpectedDiagnostic[]): string {
  return items.map((d) => `  ${d.file}:${d.line} ${d.code}${d.severity ? ` (${d.severity})` : ''}`).join('\n');
}

function matches(expected: ExpectedDiagnostic, actual: ExpectedDiagnostic): boolean {
  return (
    expected.file === actual.file &&
    expected.line === actual.line &&
    expected.code === actual.code &&
    (expected.severity === undefined || expected.severity === actual.severity)
  );
}

describe('field corpus projects', () => {
  it('holds a project for each era and pattern the field showed', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(existsSync(CLI), `${CLI} is missing: run npm run build`).toBe(true);
  });

  it.each(names)('%s documents where it comes from', (name) => {
    expect(existsSync(join(PROJECTS_DIR, name, 'PROVENANCE.md'))).toBe(true);
    expect(existsSync(join(PROJECTS_DIR, name, 'expectations.json'))).toBe(true);
  });

  it.each(names)('%s gets exactly the diagnostics it announces', async (name) => {
    const expectations = await readProjectExpectations(name);
    const checkout = await checkoutOf(name, expectations);
    try {
      const report = await check(checkout.root);
      const actual: ExpectedDiagnostic[] = report.diagnostics.map((d) => ({
        file: d.file.split('\\').join('/'),
        line: d.range.start.line,
        code: d.code,
        severity: d.severity,
      }));
      const expected = [...(await schemaExpectations(checkout.root)), ...expectations.diagnostics];
      const missing = expected.filter((e) => !actual.some((a) => matches(e, a)));
      const unexpected = actual.filter((a) => !expected.some((e) => matches(e, a)));
      if (expectations.pending) {
        // still waiting on the fix it names: the day it lands, this fails and the project leaves pending
        expect(missing.length + unexpected.length, `pending (${expectations.pending}) but now as expected`).toBeGreaterThan(0);
        return;
      }
      expect(unexpected, `unexpected diagnostics:\n${describeAll(unexpected)}`).toEqual([]);
      expect(missing, `missing diagnostics:\n${describeAll(missing)}`).toEqual([]);
    } finally {
      await checkout.dispose();
    }
  });

  it.each(names)('%s is checked with the transformer version the Amplify CLI would use', async (name) => {
    const expectations = await readProjectExpectations(name);
    if (expectations.transformerVersion === undefined) return;
    const checkout = await checkoutOf(name, expectations);
    try {
      const index = new ProjectIndex();
      await index.indexFolders([checkout.root]);
      const apis = index.all.flatMap((project) => project.apis).filter((api) => api.settings.generation === 1);
      expect(apis.length).toBeGreaterThan(0);
      for (const api of apis) expect(api.settings.transformerVersion, api.settings.transformerVersionReason).toBe(expectations.transformerVersion);
    } finally {
      await checkout.dispose();
    }
  });
});
