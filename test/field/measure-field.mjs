#!/usr/bin/env node
/**
 * Measures `amplify-lens check` on a folder of real projects, one project per sub-folder:
 *
 *   node test/field/measure-field.mjs <folder-of-projects> [--details] [--json <out.json>]
 *                                     [--verdicts <verdicts.json>]
 *
 * Prints, per project, the Amplify projects found, the files checked and the diagnostics by
 * severity, then the totals by code. `--details` lists every diagnostic; `--json` writes them all
 * (for classifying); `--verdicts` reads a classification, a JSON array of
 * `{ "project", "file", "code", "verdict": "true" | "false", "cause", "line"?, "severity"? }`
 * (`file` is a regular expression over the path within the project; `"project": "*"` matches
 * any), and prints the true and false diagnostics by cause and whatever no verdict covers. It
 * runs the built CLI (`npm run build` first) exactly as
 * a user would, one process per project, with the project folder as the working directory.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'out', 'cli.js');

function parseArgs(argv) {
  const options = { folder: undefined, details: false, json: undefined, verdicts: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--details') options.details = true;
    else if (arg === '--json') options.json = argv[++i];
    else if (arg === '--verdicts') options.verdicts = argv[++i];
    else if (!arg.startsWith('-') && options.folder === undefined) options.folder = resolve(arg);
    else throw new Error(`Unknown argument '${arg}'`);
  }
  if (!options.folder) throw new Error('Usage: measure-field.mjs <folder-of-projects> [--details] [--json out] [--verdicts file]');
  return options;
}

/** One `check` run; exit status 1 only means "errors found", anything else is a failure. */
async function checkProject(dir) {
  try {
    const { stdout } = await run(process.execPath, [cli, 'check', '.', '--format', 'json'], { cwd: dir, maxBuffer: 256 << 20 });
    return JSON.parse(stdout);
  } catch (error) {
    if (error.code === 1 && error.stdout) return JSON.parse(error.stdout);
    throw new Error(`check failed in ${dir}: ${error.stderr || error.message}`);
  }
}

function count(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

function bySeverity(diagnostics) {
  const of = (severity) => diagnostics.filter((d) => d.severity === severity).length;
  return `${of('error')} errors, ${of('warning')} warnings, ${of('information') + of('info')} infos`;
}

function matchVerdict(verdicts, diagnostic) {
  return verdicts.find(
    (v) =>
      (v.project === '*' || v.project === diagnostic.project) &&
      v.code === diagnostic.code &&
      new RegExp(v.file).test(diagnostic.file) &&
      (v.line === undefined || v.line === diagnostic.range.start.line) &&
      (v.severity === undefined || v.severity === diagnostic.severity),
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const projects = readdirSync(options.folder)
    .filter((name) => !name.startsWith('.') && statSync(join(options.folder, name)).isDirectory())
    .sort();
  const all = [];
  const totals = { amplifyProjects: 0, gen1: 0, gen2: 0, schemaFiles: 0, configFiles: 0 };
  console.log('project | Amplify projects (gen 1/gen 2) | schema files | config files | diagnostics');
  for (const name of projects) {
    const report = await checkProject(join(options.folder, name));
    const gen1 = report.projects.filter((p) => p.generation === 1).length;
    const gen2 = report.projects.length - gen1;
    totals.amplifyProjects += report.projects.length;
    totals.gen1 += gen1;
    totals.gen2 += gen2;
    totals.schemaFiles += report.schemaFilesChecked;
    totals.configFiles += report.configFilesChecked;
    const diagnostics = report.diagnostics.map((d) => ({ project: name, ...d }));
    all.push(...diagnostics);
    console.log(
      `${name} | ${report.projects.length} (${gen1}/${gen2}) | ${report.schemaFilesChecked} | ${report.configFilesChecked} | ${diagnostics.length}: ${bySeverity(diagnostics)}`,
    );
    if (options.details) {
      for (const d of diagnostics)
        console.log(`    ${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}: ${d.message}`);
    }
  }
  console.log(
    `\n${projects.length} folders, ${totals.amplifyProjects} Amplify projects (${totals.gen1} Gen 1, ${totals.gen2} Gen 2), ` +
      `${totals.schemaFiles} schema files, ${totals.configFiles} configuration files`,
  );
  console.log(`${all.length} diagnostics: ${bySeverity(all)}; in ${new Set(all.map((d) => d.project)).size} folders`);
  console.log('\nby code:');
  for (const [code, n] of count(all, (d) => `${d.code} (${d.severity})`)) console.log(`  ${String(n).padStart(5)}  ${code}`);

  if (options.verdicts) {
    const verdicts = JSON.parse(readFileSync(options.verdicts, 'utf8'));
    const judged = all.map((d) => ({ d, v: matchVerdict(verdicts, d) }));
    const falseOnes = judged.filter((j) => j.v?.verdict === 'false');
    const trueOnes = judged.filter((j) => j.v?.verdict === 'true');
    const unjudged = judged.filter((j) => !j.v);
    console.log(`\nverdicts: ${trueOnes.length} true, ${falseOnes.length} false, ${unjudged.length} without a verdict`);
    console.log('false, by cause:');
    for (const [cause, n] of count(falseOnes, (j) => j.v.cause)) console.log(`  ${String(n).padStart(5)}  ${cause}`);
    console.log('true, by cause:');
    for (const [cause, n] of count(trueOnes, (j) => j.v.cause)) console.log(`  ${String(n).padStart(5)}  ${cause}`);
    for (const { d } of unjudged) console.log(`  no verdict: ${d.project} ${d.file}:${d.range.start.line} ${d.code}: ${d.message}`);
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify(all, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
