// `npm run bench`: bundles the benchmark entries with esbuild, runs each in its own process and
// prints every figure beside the reference measured in the same run (graphql-language-service's
// validation of the same schema). Figures are ratios because these machines are noisy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/esbuild-node-options.mjs';

const MODELS = 500;
const entries = ['bench-analysis', 'bench-lsp', 'bench-reference-memory', 'bench-config', 'bench-environments'];
await build({
  ...nodeBundleOptions,
  entryPoints: Object.fromEntries(entries.map((name) => [name, `test/bench/${name}.ts`])),
  outdir: 'test/bench/out',
});

function run(name, size = MODELS) {
  return JSON.parse(execFileSync(process.execPath, [`test/bench/out/${name}.js`, String(size)], { encoding: 'utf8' }).trim().split('\n').at(-1));
}

const analysis = run('bench-analysis');
const lsp = run('bench-lsp');
const referenceMemory = run('bench-reference-memory');
const reference = analysis.referenceMs.p50;
const ratio = (ms) => `${(ms / reference).toFixed(2)}×`;
const row = (label, value, vs, goal) => console.log(`${label.padEnd(46)} ${String(value).padStart(12)} ${vs.padStart(9)}   ${goal}`);

console.log(`\nSchema: ${analysis.models} models, ${analysis.lines} lines. Reference: graphql-language-service`);
console.log(`building the schema and validating the document, p50 ${reference} ms (p95 ${analysis.referenceMs.p95} ms).\n`);
row('figure', 'value', 'vs ref', 'goal');
row('full Amplify analysis p50 (in process)', `${analysis.fullMs.p50} ms`, ratio(analysis.fullMs.p50), 'within 3× of the reference');
row('full Amplify analysis p95 (in process)', `${analysis.fullMs.p95} ms`, ratio(analysis.fullMs.p95), '');
row('re-diagnose after 1-char edit p50 (in process)', `${analysis.editMs.p50} ms`, ratio(analysis.editMs.p50), '');
row('re-diagnose after 1-char edit p95 (in process)', `${analysis.editMs.p95} ms`, ratio(analysis.editMs.p95), '');
row('re-diagnose after 1-char edit p50 (over LSP)', `${lsp.editMs.p50} ms`, ratio(lsp.editMs.p50), '');
row('re-diagnose after 1-char edit p95 (over LSP)', `${lsp.editMs.p95} ms`, ratio(lsp.editMs.p95), 'under 50 ms');
row('completion p50 (over LSP)', `${lsp.completionMs.p50} ms`, ratio(lsp.completionMs.p50), '');
row('completion p95 (over LSP)', `${lsp.completionMs.p95} ms`, ratio(lsp.completionMs.p95), 'under 20 ms');
row(
  'server resident memory (schema open)',
  `${lsp.serverRssMb} MB`,
  `${(lsp.serverRssMb / referenceMemory.rssMb).toFixed(2)}×`,
  `reference process: ${referenceMemory.rssMb} MB`,
);

const config = run('bench-config', 50);
const configRef = config.referenceMs.p50;
const configRatio = (ms) => `${(ms / configRef).toFixed(1)}×`;
console.log(`\nConfiguration: a Gen 1 project with ${config.resources} resources, ${config.configFiles} configuration files.`);
console.log(`Reference: vscode-json-languageservice validating backend-config.json against its schema, p50 ${configRef} ms.\n`);
row('figure', 'value', 'vs ref', 'goal');
row('index the project p50 (every file + cross-file)', `${config.indexMs.p50} ms`, configRatio(config.indexMs.p50), '');
row('index the project p95', `${config.indexMs.p95} ms`, configRatio(config.indexMs.p95), '');
row('re-check after a backend-config edit p50 (LSP)', `${config.recheckMs.p50} ms`, configRatio(config.recheckMs.p50), '');
row('re-check after a backend-config edit p95 (LSP)', `${config.recheckMs.p95} ms`, configRatio(config.recheckMs.p95), 'under 50 ms');

const environments = run('bench-environments', 500);
const envRef = environments.referenceMs.p50;
const envRatio = (ms) => `${(ms / envRef).toFixed(1)}×`;
console.log(`\nEnvironments tree: a Gen 2 project in an account of ${environments.stacks} stacks (fake CloudFormation, real SDK client),`);
console.log(`${environments.environmentsShown} environments shown. Reference: the bare SDK paging ListStacks over the account, p50 ${envRef} ms.\n`);
row('figure', 'value', 'vs ref', 'goal');
row('first tree render p50 (cold client and cache)', `${environments.firstRenderMs.p50} ms`, envRatio(environments.firstRenderMs.p50), 'under 1 s once cached');
row('first tree render p95 (cold client and cache)', `${environments.firstRenderMs.p95} ms`, envRatio(environments.firstRenderMs.p95), '');
row('tree render on the quiet refresh p50 (cached)', `${environments.cachedRenderMs.p50} ms`, envRatio(environments.cachedRenderMs.p50), '');
row('tree render on the quiet refresh p95 (cached)', `${environments.cachedRenderMs.p95} ms`, envRatio(environments.cachedRenderMs.p95), 'under 1 s');

// Activation inside a real VS Code, when the code-server host of the VS Code suite is installed.
const host = process.env.LENS_VSCODE_HOST ?? '/tmp/amplify-lens-vscode-host';
if (existsSync(`${host}/cs/node_modules/.bin/code-server`) && existsSync('/usr/bin/chromium')) {
  const activation = JSON.parse(
    execFileSync(process.execPath, ['test/bench/bench-activation.mjs', '3'], { encoding: 'utf8' }).trim().split('\n').at(-1),
  );
  console.log(`\nActivation in VS Code 1.100.3 (code-server), median of ${activation.runs} windows, as "Show Running Extensions" reports it.`);
  console.log('Reference: built-in extensions activated in the same windows.\n');
  row('figure', 'value', 'vs ref', 'goal');
  row('Amplify Lens activation', `${activation.lensMs} ms`, activation.gitMs ? `${(activation.lensMs / activation.gitMs).toFixed(2)}×` : '', `under 150 ms; Git: ${activation.gitMs} ms`);
  row('.vsix size', `${activation.vsixKiB} KiB`, '', 'under 5 MB');
} else {
  console.log('\nActivation: skipped, the VS Code host is not installed (npm run test:vscode installs it).');
}
