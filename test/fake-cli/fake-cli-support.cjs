'use strict';
/**
 * What the fake `amplify` and `ampx` share: the scenario the test chose, the fake AWS's control
 * endpoint (start a deploy scenario, read its events as they are written), and argument reading.
 * The scenario comes from LENS_FAKE_SCENARIO (success | rollback | nested-failure | schema-error |
 * named-schema-error | destructive | big-300) — or from the file LENS_FAKE_SCENARIO_FILE names, read at each run, so a
 * long-lived editor can push a success and then a failure — the endpoint from LENS_FAKE_AWS_CONTROL,
 * the pace from LENS_FAKE_STEP_MS.
 */
const { existsSync, readFileSync } = require('node:fs');

function scenario() {
  const file = process.env.LENS_FAKE_SCENARIO_FILE;
  const chosen = file && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return chosen || process.env.LENS_FAKE_SCENARIO || 'success';
}

function controlUrl() {
  const url = process.env.LENS_FAKE_AWS_CONTROL;
  if (!url) fail('LENS_FAKE_AWS_CONTROL is not set: the fake CLI needs the fake AWS endpoint.', 2);
  return url.replace(/\/$/, '');
}

async function startDeploy(request) {
  const response = await fetch(`${controlUrl()}/__lens/deploys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...request, stepMs: Number(process.env.LENS_FAKE_STEP_MS) || undefined }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message);
  return body;
}

/** Calls `onEvent` for every event of the deploy, in order, until it is done; answers the root's last status. */
async function followDeploy(id, onEvent) {
  let after = 0;
  for (;;) {
    const response = await fetch(`${controlUrl()}/__lens/deploys/${id}?after=${after}`);
    const progress = await response.json();
    if (!response.ok) throw new Error(progress.message);
    for (const event of progress.events) onEvent(event);
    after = progress.next;
    if (progress.done && progress.events.length === 0) return progress.rootStatus;
    await sleep(15);
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function flag(args, ...names) {
  return names.some((name) => args.includes(name));
}

function option(args, name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const isFailure = (status) => status.endsWith('_FAILED');
const isRollbackDone = (status) => /ROLLBACK_COMPLETE$/.test(status);

module.exports = { scenario, startDeploy, followDeploy, sleep, readJson, flag, option, fail, isFailure, isRollbackDone };
