import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusApis, projectApis, type OracleApi } from '../transformer-oracle/schema-sources.mjs';
import { CORPUS_DIR, loadCorpus } from './schema-corpus';

/**
 * Every schema of the corpus has been shown to Amplify's own transformer, as it reads now: a
 * schema in valid/ must have a recorded "valid" verdict for its current text, one in invalid/ an
 * "invalid" one, a project's schema the verdict its expectations.json announces. A corpus change
 * the transformer has not confirmed fails here: run `node test/transformer-oracle/run-oracle.mjs`
 * (after `npm install --prefix test/transformer-oracle`) and look at what it says. Exemptions,
 * each with its reason, sit in transformer-exemptions.json.
 */
interface Verdict {
  api: string;
  line: string;
  hash: string;
  verdict: 'valid' | 'invalid' | 'not run';
  message?: string;
  exempt?: string;
}

const verdicts: Verdict[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'transformer-verdicts.json'), 'utf8')).verdicts;
const exemptions: Record<string, string> = JSON.parse(readFileSync(join(CORPUS_DIR, 'transformer-exemptions.json'), 'utf8'));
const PROJECTS_DIR = join(CORPUS_DIR, 'projects');

/** What a project says its schemas are: `"transformer": "valid" | "invalid"` in expectations.json. */
function projectExpectation(api: OracleApi): 'valid' | 'invalid' {
  const project = api.name.split('/')[1];
  const file = join(PROJECTS_DIR, project, 'expectations.json');
  const expectations = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { transformer?: string }) : {};
  return expectations.transformer === 'invalid' ? 'invalid' : 'valid';
}

const apis: OracleApi[] = [...corpusApis(CORPUS_DIR), ...(existsSync(PROJECTS_DIR) ? projectApis(PROJECTS_DIR, 'projects/') : [])];

function expectedVerdict(api: OracleApi): 'valid' | 'invalid' {
  if (api.name.startsWith('valid/')) return 'valid';
  if (api.name.startsWith('invalid/')) return 'invalid';
  return projectExpectation(api);
}

describe('transformer verdicts of the corpus', () => {
  it('finds the same APIs the corpus tests run', () => {
    const lens = [
      ...loadCorpus(join(CORPUS_DIR, 'valid')).map((api) => `valid/${api.name}`),
      ...loadCorpus(join(CORPUS_DIR, 'invalid')).map((api) => `invalid/${api.name}`),
    ].map((name) => name.split('\\').join('/'));
    expect(corpusApis(CORPUS_DIR).map((api) => api.name).sort()).toEqual(lens.sort());
  });

  it.each(apis.map((api) => [api.name, api] as const))('%s: the transformer confirmed its current text', (name, api) => {
    const recorded = verdicts.find((verdict) => verdict.api === name && verdict.hash === api.hash);
    expect(recorded, `no verdict for the current text of ${name}: run test/transformer-oracle/run-oracle.mjs`).toBeDefined();
    expect(recorded?.line).toBe(api.line);
    const exemption = exemptions[name];
    if (exemption) {
      expect(recorded?.exempt).toBe(exemption);
      return;
    }
    expect(recorded?.verdict, recorded?.message).toBe(expectedVerdict(api));
  });

  it('keeps exemptions only for schemas the oracle has seen, each with its reason', () => {
    // a schema the oracle judged may still be on its way into the corpus (a branch not merged yet);
    // the oracle's next run drops verdicts of schemas that are gone, and this then drops with them
    const names = new Set([...apis.map((api) => api.name), ...verdicts.map((verdict) => verdict.api)]);
    for (const [name, reason] of Object.entries(exemptions)) {
      if (name === '$comment') continue;
      expect(names.has(name), `exemption for an API neither the corpus nor the verdicts have: ${name}`).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
