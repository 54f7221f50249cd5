import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../server/src/check/check-paths';
import { ProjectIndex } from '../../server/src/workspace/project-index';
import { uriToPath } from '../../server/src/workspace/uri-paths';
import {
  PROJECTS_DIR,
  checkoutOf,
  projectNames,
  readProjectExpectations,
  schemaExpectations,
  type ExpectedDiagnostic,
} from './field-project-corpus';

/**
 * `amplify-lens check` — the function behind the command — over every project of the field
 * corpus (test/corpus/projects): any diagnostic the project does not announce, and any it
 * announces that is not reported, fails. Each project reproduces what real projects of its era
 * look like (see its PROVENANCE.md), so a false diagnostic here is one users would meet.
 */
const names = await projectNames();

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
  });

  it.each(names)('%s documents where it comes from', (name) => {
    expect(existsSync(join(PROJECTS_DIR, name, 'PROVENANCE.md'))).toBe(true);
    expect(existsSync(join(PROJECTS_DIR, name, 'expectations.json'))).toBe(true);
  });

  it.each(names)('%s gets exactly the diagnostics it announces', async (name) => {
    const expectations = await readProjectExpectations(name);
    const checkout = await checkoutOf(name, expectations);
    try {
      const report = await checkPaths([checkout.root]);
      const actual: ExpectedDiagnostic[] = report.diagnostics.map((d) => ({
        file: relative(checkout.root, uriToPath(d.uri)).split('\\').join('/'),
        line: d.range.start.line + 1,
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
