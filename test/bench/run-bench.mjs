// `npm run bench`: bundles the benchmark entries with esbuild, runs each in its own process and
// prints every figure beside the reference measured in the same run (graphql-language-service's
// validation of the same schema). Figures are ratios because these machines are noisy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/esbuild-node-options.mjs';

const MODELS = 500;
const entries = [
  'bench-analysis',
  'bench-analysis-v1',
  'bench-syntax',
  'bench-lsp',
  'bench-reference-memory',
  'bench-config',
  'bench-environments',
  'bench-deploy',
  'bench-gen2-schema',
  'bench-hosting',
];
await build({
  ...nodeBundleOptions,
  entryPoints: Object.fromEntries(entries.map((name) => [name, `test/bench/${name}.ts`])),
  outdir: 'test/bench/out',
});

function run(name, size = MODELS) {
  // --no-warnings: the AWS SDK warns about Node 20's end of support on every run; the figures are the output.
  return JSON.parse(
    execFileSync(process.execPath, ['--no-warnings', `test/bench/out/${name}.js`, String(size)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1),
  );
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

const v1 = run('bench-analysis-v1');
const v1Reference = v1.referenceMs.p50;
const v1Ratio = (ms) => `${(ms / v1Reference).toFixed(2)}×`;
console.log(`\nThe same for a transformer v1 schema (@key, @connection, v1 @auth): ${v1.models} models, ${v1.lines} lines.`);
console.log(
  `Reference: graphql-language-service on that schema with the v1 definitions, p50 ${v1Reference} ms (p95 ${v1.referenceMs.p95} ms).\n`,
);
row('figure', 'value', 'vs ref', 'goal');
row('v1: full Amplify analysis p50 (in process)', `${v1.fullMs.p50} ms`, v1Ratio(v1.fullMs.p50), 'within 3× of the reference');
row('v1: full Amplify analysis p95 (in process)', `${v1.fullMs.p95} ms`, v1Ratio(v1.fullMs.p95), '');
row('v1: re-diagnose after 1-char edit p50', `${v1.editMs.p50} ms`, v1Ratio(v1.editMs.p50), '');
row('v1: re-diagnose after 1-char edit p95', `${v1.editMs.p95} ms`, v1Ratio(v1.editMs.p95), '');

const syntax = run('bench-syntax');
console.log(`\nThe syntax layer under completion and hover, on the same ${syntax.lines}-line schema. Reference: graphql-language-service's`);
console.log(
  `online parser (graphiql's completion and hover), context at a cursor in the last model p50 ${syntax.contextMs.gls.p50} ms, split p50 ${syntax.splitMs.gls.p50} ms.\n`,
);
row('figure', 'value', 'vs ref', 'goal');
row(
  'cursor context after an edit p50',
  `${syntax.contextMs.lens.p50} ms`,
  `${(syntax.contextMs.lens.p50 / syntax.contextMs.gls.p50).toFixed(2)}×`,
  'below the online parser',
);
row(
  'split into definitions, from nothing, p50',
  `${syntax.splitMs.lens.p50} ms`,
  `${(syntax.splitMs.lens.p50 / syntax.splitMs.gls.p50).toFixed(2)}×`,
  'below the online parser',
);
row("online parser: completion tests' context kept", syntax.onlineParserContextKept, '', 'Lens: all (the tests pass)');

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
console.log(
  `${environments.environmentsShown} environments shown. Reference: the bare SDK paging ListStacks over the account, p50 ${envRef} ms.\n`,
);
row('figure', 'value', 'vs ref', 'goal');
row(
  'first tree render p50 (cold client and cache)',
  `${environments.firstRenderMs.p50} ms`,
  envRatio(environments.firstRenderMs.p50),
  'under 1 s once cached',
);
row('first tree render p95 (cold client and cache)', `${environments.firstRenderMs.p95} ms`, envRatio(environments.firstRenderMs.p95), '');
row('tree render on the quiet refresh p50 (cached)', `${environments.cachedRenderMs.p50} ms`, envRatio(environments.cachedRenderMs.p50), '');
row(
  'tree render on the quiet refresh p95 (cached)',
  `${environments.cachedRenderMs.p95} ms`,
  envRatio(environments.cachedRenderMs.p95),
  'under 1 s',
);

const deploy = run('bench-deploy', 10);
const pollRatio = (ms) => `${(ms / deploy.pollMs).toFixed(2)}×`;
console.log(
  `\nDeploy following: ${deploy.resources} resources in ${deploy.stacks} stacks, ${deploy.events} events, fake CloudFormation in another process, real SDK client.`,
);
console.log(
  `Reference for delays: the follower's poll interval (${deploy.pollMs} ms); for CPU: bare SDK polling of the same stacks, no model (${deploy.bareCpu.ms} ms CPU, ${deploy.bareCpu.percentOfCore}% of a core).\n`,
);
row('figure', 'value', 'vs ref', 'goal');
row('event written → in the timeline p50', `${deploy.delayMs.p50} ms`, pollRatio(deploy.delayMs.p50), 'about half a poll interval');
row('event written → in the timeline p95', `${deploy.delayMs.p95} ms`, pollRatio(deploy.delayMs.p95), 'within one poll interval + a request');
row(
  'follower + timeline CPU over the deploy',
  `${deploy.lensCpu.ms} ms`,
  `${(deploy.lensCpu.ms / deploy.bareCpu.ms).toFixed(2)}×`,
  `${deploy.lensCpu.percentOfCore}% of one core`,
);

const gen2 = run('bench-gen2-schema', 100);
const gen2Ratio = (ms) => `${(ms / gen2.transformMs.p50).toFixed(1)}×`;
console.log(`\nGen 2 data schema in TypeScript: ${gen2.models} models, ${gen2.lines} lines of amplify/data/resource.ts, over LSP.`);
console.log(
  `References: the same schema's transform() alone, p50 ${gen2.transformMs.p50} ms (p95 ${gen2.transformMs.p95} ms); tsc --noEmit on the file, ${gen2.tscMs} ms.\n`,
);
row('figure', 'value', 'vs ref', 'goal');
row(
  'first check of the project (cold worker)',
  `${gen2.coldMs} ms`,
  gen2Ratio(gen2.coldMs),
  `under 1.5 s; ${(gen2.coldMs / gen2.tscMs).toFixed(2)}× tsc`,
);
row(
  'edit → diagnostics p50 (over LSP)',
  `${gen2.editMs.p50} ms`,
  gen2Ratio(gen2.editMs.p50),
  `${(gen2.editMs.p50 / gen2.tscMs).toFixed(2)}× tsc`,
);
row(
  'edit → diagnostics p95 (over LSP)',
  `${gen2.editMs.p95} ms`,
  gen2Ratio(gen2.editMs.p95),
  `under 300 ms; ${(gen2.editMs.p95 / gen2.tscMs).toFixed(2)}× tsc`,
);
row('schema worker heap after 20 edits', `${gen2.worker.after20EditsMb} MB`, '', '');
const ways = gen2.alternatives;
row('  resource.ts → JS: transpile the edited file', `${ways.transpileMs} ms`, gen2Ratio(ways.transpileMs), 'what the worker does');
row('  resource.ts → JS: fresh esbuild bundle', `${ways.bundleMs} ms`, gen2Ratio(ways.bundleMs), '');
row('  resource.ts → JS: incremental esbuild rebuild', `${ways.rebuildMs} ms`, gen2Ratio(ways.rebuildMs), '');
row('  static reading: TypeScript parse alone', `${ways.parseMs} ms`, gen2Ratio(ways.parseMs), 'a lower bound, and not exact');
row(
  'schema worker heap after 200 edits',
  `${gen2.worker.after200EditsMb} MB`,
  `${(gen2.worker.after200EditsMb / gen2.worker.after20EditsMb).toFixed(2)}×`,
  'no growth with edits',
);

const hostingTree = run('bench-hosting', 100);
const hostingRef = hostingTree.referenceMs.p50;
const hostingRatio = (ms) => `${(ms / hostingRef).toFixed(2)}×`;
console.log(
  `\nHosting view: an app of ${hostingTree.branches} branches × ${hostingTree.jobsPerBranch} builds (fake Amplify Hosting, real SDK client), ${hostingTree.rows} rows at first render.`,
);
console.log(
  `Reference: the bare SDK paging every branch and all ${hostingTree.jobsPaged} builds, p50 ${hostingRef} ms (p95 ${hostingTree.referenceMs.p95} ms).\n`,
);
row('figure', 'value', 'vs ref', 'goal');
row(
  'first render p50 (app, branches, current builds)',
  `${hostingTree.firstRenderMs.p50} ms`,
  hostingRatio(hostingTree.firstRenderMs.p50),
  'well under the reference',
);
row('first render p95', `${hostingTree.firstRenderMs.p95} ms`, hostingRatio(hostingTree.firstRenderMs.p95), '');
row('every branch opened p50 (5 newest builds each)', `${hostingTree.allOpenedMs.p50} ms`, hostingRatio(hostingTree.allOpenedMs.p50), '');
row('every branch opened p95', `${hostingTree.allOpenedMs.p95} ms`, hostingRatio(hostingTree.allOpenedMs.p95), '');

// The log viewer in Chromium (playwright-core stays outside the bundle: it finds its files at run time).
if (existsSync('/usr/bin/chromium')) {
  await build({
    ...nodeBundleOptions,
    entryPoints: { 'bench-log-viewer': 'test/bench/bench-log-viewer.ts', 'bench-build-log': 'test/bench/bench-build-log.ts' },
    outdir: 'test/bench/out',
    external: ['playwright-core'],
  });
  const buildLog = run('bench-build-log', 50_000);
  const buildRatio = (ms) => `${(ms / buildLog.referenceMs.p50).toFixed(2)}×`;
  console.log(
    `\nA build log of ${buildLog.lines.toLocaleString('en-US')} lines (${(buildLog.bytes / 1e6).toFixed(1)} MB) into the log viewer in Chromium: GetJob, the presigned URL read by the gateway,`,
  );
  console.log(
    `the feed, the host's batcher, the panel's parsing, sections and rendering. Reference: the bare SDK's GetJob and a plain download of the same log, split into lines, p50 ${buildLog.referenceMs.p50} ms.\n`,
  );
  row('figure', 'value', 'vs ref', 'goal');
  row('first line on screen p50', `${buildLog.firstLineMs.p50} ms`, buildRatio(buildLog.firstLineMs.p50), '');
  row('first line on screen p95', `${buildLog.firstLineMs.p95} ms`, buildRatio(buildLog.firstLineMs.p95), '');
  row('last line on screen p50', `${buildLog.lastLineMs.p50} ms`, buildRatio(buildLog.lastLineMs.p50), '');
  row('last line on screen p95', `${buildLog.lastLineMs.p95} ms`, buildRatio(buildLog.lastLineMs.p95), '');
  const logs = run('bench-log-viewer');
  const { viewer, reference } = logs.rates;
  const rate = (value) => `${value.toLocaleString('en-US')}/s`;
  console.log(
    `\nLog viewer in Chromium, fed as the host feeds it (a batch every 50 ms), ${logs.runMs / 1000} s per rate on a fresh page, better of two runs.`,
  );
  console.log(
    `A dropped frame: an interval over 33 ms; a rate counts when it drops no more frames than the idle page (viewer ${viewer.idle.dropped}, reference ${reference.idle.dropped}) + ${logs.noisePercent}% of its frames.`,
  );
  console.log('Reference: a naive <pre> that appends every batch and scrolls to the end, same batches, same browser.\n');
  row('figure', 'value', 'vs ref', 'goal');
  // The ramp ends at 50,000/s: a viewer that holds it is at least that fast, so the ratio is a floor.
  const floor = viewer.max === 50_000 ? '≥' : '';
  row(
    'highest rate without dropped frames',
    `${floor}${rate(viewer.max)}`,
    reference.max ? `${floor}${(viewer.max / reference.max).toFixed(1)}×` : `ref <${rate(1000)}`,
    'at least 10,000/s',
  );
  for (const [lines, run] of Object.entries(viewer.runs)) {
    const naive = reference.runs[lines];
    row(
      `  dropped frames at ${rate(Number(lines))}`,
      `${run.dropped} of ${run.frames}`,
      naive ? `${naive.dropped} of ${naive.frames}` : 'stopped',
      `worst ${run.worstMs} ms`,
    );
    row(`  main thread busy at ${rate(Number(lines))}`, `${run.busyPercent}%`, naive ? `${naive.busyPercent}%` : 'stopped', '');
  }
  row(
    'JS heap after 1,000,000 lines (default buffer)',
    `${logs.memory.fullMb} MB`,
    `${(logs.memory.fullMb / logs.memory.emptyMb).toFixed(1)}×`,
    `empty page: ${logs.memory.emptyMb} MB; ${logs.memory.bufferSize.toLocaleString('en-US')} kept`,
  );
  row('fake Live Tail event → on screen p50', `${logs.latency.p50Ms} ms`, '', `${logs.latency.rendered} of ${logs.latency.events} events`);
  row('fake Live Tail event → on screen p95', `${logs.latency.p95Ms} ms`, '', 'under 250 ms (50 ms batching + a frame)');
} else {
  console.log('\nLog viewer: skipped, no Chromium at /usr/bin/chromium.');
}

// Activation inside real VS Codes (the oldest admitted and a current one), for each whose
// code-server host of the VS Code suite is installed.
const { VSCODE_HOSTS } = await import('../vscode/vscode-versions.mjs');
const { codeServerEntry } = await import('../vscode/vscode-host.mjs');
const installed = VSCODE_HOSTS.filter((vscodeHost) => existsSync(codeServerEntry(vscodeHost)));
if (installed.length > 0 && existsSync('/usr/bin/chromium')) {
  for (const vscodeHost of installed) {
    const activation = JSON.parse(
      execFileSync(process.execPath, ['test/bench/bench-activation.mjs', '3'], {
        encoding: 'utf8',
        env: { ...process.env, LENS_VSCODE_VERSIONS: vscodeHost.id },
      })
        .trim()
        .split('\n')
        .at(-1),
    );
    console.log(
      `\nActivation in VS Code ${vscodeHost.vscode} (code-server ${vscodeHost.codeServer}), median of ${activation.runs} windows, as "Show Running Extensions" reports it.`,
    );
    console.log('Reference: built-in extensions activated in the same windows.\n');
    row('figure', 'value', 'vs ref', 'goal');
    row(
      'Amplify Lens activation',
      `${activation.lensMs} ms`,
      activation.gitMs ? `${(activation.lensMs / activation.gitMs).toFixed(2)}× Git` : '',
      `under 50 ms; Git: ${activation.gitMs} ms`,
    );
    row('.vsix size', `${activation.vsixKiB} KiB`, '', 'under 1 MB');
  }
} else {
  console.log('\nActivation: skipped, no VS Code host is installed (npm run test:vscode installs them).');
}
