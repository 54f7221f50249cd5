#!/usr/bin/env node
/**
 * The transformer oracle: runs Amplify's own GraphQL transformers over schemas and records
 * whether each accepts them.
 *
 *   npm install --prefix test/transformer-oracle          # once; ~1 GB, not part of npm ci
 *   node test/transformer-oracle/run-oracle.mjs           # the corpus → test/corpus/transformer-verdicts.json
 *   node test/transformer-oracle/run-oracle.mjs --projects <folder> --out <file.json>
 *                                                          # any folder of projects → that file
 *
 * The corpus run covers test/corpus/{valid,invalid} and the projects under test/corpus/projects.
 * An API listed in test/corpus/transformer-exemptions.json is recorded with its exemption (the
 * reason the transformer's word cannot settle it, for example a rule only a deploy checks).
 * The verdicts are keyed by a hash of the schema text, so test/corpus/transformer-verdicts.test.ts
 * notices a schema that changed since the oracle last saw it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusApis, projectApis } from './schema-sources.mjs';
import { judge, transformerVersions } from './transformers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, '..', 'corpus');

function parseArgs(argv) {
  const options = { projects: undefined, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--projects') options.projects = resolve(argv[++i]);
    else if (argv[i] === '--out') options.out = resolve(argv[++i]);
    else throw new Error(`Unknown argument '${argv[i]}'`);
  }
  if (options.projects && !options.out) throw new Error('--projects needs --out <file.json>');
  return options;
}

function collect(options) {
  if (options.projects) return projectApis(options.projects, '');
  const projectsDir = join(corpusDir, 'projects');
  return [...corpusApis(corpusDir), ...(existsSync(projectsDir) ? projectApis(projectsDir, 'projects/') : [])];
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const exemptionsFile = join(corpusDir, 'transformer-exemptions.json');
  const exemptions = !options.projects && existsSync(exemptionsFile) ? JSON.parse(readFileSync(exemptionsFile, 'utf8')) : {};
  const verdicts = [];
  // the transformers print their own progress and warnings: keep the report readable
  const { log, warn, info } = console;
  for (const api of collect(options)) {
    console.log = console.warn = console.info = () => {};
    const started = performance.now();
    const result = judge(api);
    Object.assign(console, { log, warn, info });
    const exempt = exemptions[api.name];
    verdicts.push({ api: api.name, line: api.line, hash: api.hash, ...result, ...(exempt ? { exempt } : {}) });
    const detail = result.message ?? result.reason;
    log(
      `${result.verdict.padEnd(7)} ${api.line.padEnd(7)} ${api.name} (${Math.round(performance.now() - started)} ms)${detail ? `\n          ${detail.split('\n')[0].slice(0, 200)}` : ''}`,
    );
  }
  const out = options.out ?? join(corpusDir, 'transformer-verdicts.json');
  const document = {
    $comment:
      'Written by test/transformer-oracle/run-oracle.mjs: what the real Amplify transformers say about each schema of the corpus. Re-run it after changing a corpus schema; test/corpus/transformer-verdicts.test.ts checks every schema has a verdict for its current text.',
    transformers: transformerVersions(),
    verdicts: verdicts.sort((a, b) => a.api.localeCompare(b.api)),
  };
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  const count = (verdict) => verdicts.filter((v) => v.verdict === verdict).length;
  log(`\n${verdicts.length} APIs: ${count('valid')} valid, ${count('invalid')} invalid, ${count('not run')} not run → ${out}`);
}

main();
