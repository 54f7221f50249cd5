/// <reference types="mocha" />
/**
 * The extension-host suite's entry: mocha (TDD UI) over the compiled `*.test.js` beside this file.
 * `run()` is what `--extensionTestsPath` calls (VS Code's test runner protocol: reject on failure);
 * `runSuite()` returns every test's outcome instead, for hosts that report results themselves.
 */
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  /** The failure's message and stack, for failed tests. */
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: SuiteTestResult[];
}

export interface RunSuiteOptions {
  /** A mocha reporter name; `spec` prints to the extension host's stdout. */
  reporter?: string;
  /** Only tests whose full title matches (mocha's --grep). */
  grep?: string;
}

export function runSuite(options: RunSuiteOptions = {}): Promise<SuiteResults> {
  // Each test bounds its own waits; this only stops a test that hangs outright.
  const mocha = new Mocha({ ui: 'tdd', reporter: options.reporter ?? 'spec', color: false, timeout: 120_000 });
  if (options.grep) mocha.grep(options.grep);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(join(__dirname, file));

  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(results));
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed' });
      });
      // Also fires for a failing hook (suiteSetup…), whose suite's tests then do not run.
      runner.on('fail', (test, error: unknown) => {
        results.failed++;
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        results.tests.push({ title: test.fullTitle(), state: 'failed', error: message });
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.fullTitle(), state: 'pending' });
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error))); // a test file failed to load
    }
  });
}

export async function run(): Promise<void> {
  const results = await runSuite();
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} extension-host tests failed`);
}
