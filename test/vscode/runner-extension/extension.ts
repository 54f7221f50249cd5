/**
 * Runs the extension-host suite (client/out/test/suite/index.js) inside a VS Code that cannot be
 * started with `--extensionTestsPath`, such as code-server. Installed beside the packaged
 * extension in a throw-away profile; does nothing unless both environment variables are set:
 *   LENS_EXTENSION_TESTS_PATH     the suite's compiled index.js (exports `runSuite`)
 *   LENS_EXTENSION_TESTS_RESULTS  where to write the results as JSON (SuiteResults)
 * The results file appears once, complete (written aside and renamed), when the suite has ended.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { RunSuiteOptions, SuiteResults } from '../suite/index';

const EXTENSION_UNDER_TEST = 'amplify-lens.amplify-lens';
/** Activation normally follows start-up within seconds; past this the suite runs anyway and its activation test says why. */
const ACTIVATION_PATIENCE_MS = 60_000;

interface SuiteModule {
  runSuite(options?: RunSuiteOptions): Promise<SuiteResults>;
}

export function activate(): void {
  const testsPath = process.env.LENS_EXTENSION_TESTS_PATH;
  const resultsPath = process.env.LENS_EXTENSION_TESTS_RESULTS;
  if (!testsPath || !resultsPath) return;
  void runRequestedSuite(testsPath, resultsPath);
}

async function runRequestedSuite(testsPath: string, resultsPath: string): Promise<void> {
  let results: SuiteResults;
  try {
    await waitForExtensionUnderTest();
    // The suite lives outside this extension and is loaded from disk, so it is never packaged.
    const suite = require(testsPath) as SuiteModule;
    results = await suite.runSuite({ reporter: 'spec', grep: process.env.LENS_EXTENSION_TESTS_GREP });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results = {
      passed: 0,
      failed: 1,
      pending: 0,
      tests: [{ title: 'the extension-host suite could not run', state: 'failed', error: message }],
    };
  }
  await mkdir(dirname(resultsPath), { recursive: true });
  await writeFile(`${resultsPath}.partial`, JSON.stringify(results, null, 2));
  await rename(`${resultsPath}.partial`, resultsPath);
}

async function waitForExtensionUnderTest(): Promise<void> {
  const deadline = Date.now() + ACTIVATION_PATIENCE_MS;
  while (Date.now() < deadline) {
    if (vscode.extensions.getExtension(EXTENSION_UNDER_TEST)?.isActive) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function deactivate(): void {}
