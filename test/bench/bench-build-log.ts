/**
 * A 50,000-line build log into the log viewer in Chromium, end to end: GetJob and the presigned
 * log URL read by the real SDK client and the gateway against the fake Amplify Hosting, the
 * BuildLogFeed's line reading, the host's batcher, and the panel parsing, folding and rendering
 * it. Times to the first line on screen and to the last. Reference, in the same run: the bare SDK's
 * GetJob and a plain download of the same log, split into lines (nothing shown). Prints one JSON line.
 */
import { AmplifyClient, GetJobCommand } from '@aws-sdk/client-amplify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeHostingGateway } from '../../client/test-support/fake-hosting-gateway';
import { BuildLogFeed } from '../../client/src/hosting/build-log-feed';
import { LogEventBatcher } from '../../client/src/logs/log-event-batcher';
import { LOG_BUFFER_MAX } from '../../client/src/logs/log-viewer-settings';
import { FakeHostingState, gen2HostingSeed } from '../fake-aws';
import { closeBrowser, openPanel } from '../webviews/support/panel-page';
import { percentile } from './timing';

const LINES = Number(process.argv[2] ?? 50_000);
const RUNS = 5;

/** Waits in the page until the viewer shows `total` lines; answers when the first and the last were on screen. */
const WATCH_SCRIPT = `
window.__watch = (total) => new Promise((resolve) => {
  let first;
  const tick = () => {
    const received = Number(document.getElementById('app').dataset.received || 0);
    if (first === undefined && received > 0) first = Date.now();
    if (received >= total) return resolve({ first, last: Date.now() });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
`;

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'lens-bench-build-log-'));
  writeFileSync(join(home, 'config'), '');
  Object.assign(process.env, { AWS_CONFIG_FILE: join(home, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials') });
  const state = new FakeHostingState();
  gen2HostingSeed({
    state,
    appId: 'd1busyapp',
    appName: 'busy-app',
    repository: 'https://github.com/example/busy-app',
    branches: [{ name: 'main' }],
    jobsPerBranch: 1,
  });
  const job = state.addJob('d1busyapp', 'main', { createdAt: state.now() - 3_600_000, outcome: { result: 'SUCCEED' }, extraLogLines: LINES });
  const running = await startFakeHostingGateway(state);
  const { gateway } = running;
  const credentials = async () => ({ accessKeyId: 'AKIDLENSBENCH', secretAccessKey: 'lens-bench-secret' });

  const reference: number[] = [];
  const firstLine: number[] = [];
  const lastLine: number[] = [];
  let lines = 0;
  let bytes = 0;
  try {
    for (let run = 0; run < RUNS + 1; run++) {
      // Reference: the bare SDK's GetJob, then the log downloaded whole and split into lines.
      const client = new AmplifyClient({ endpoint: running.fake.endpoint, region: state.region, credentials, maxAttempts: 1 });
      let start = Date.now();
      const answer = await client.send(new GetJobCommand({ appId: 'd1busyapp', branchName: 'main', jobId: job.jobId }));
      const text = await (await fetch(answer.job!.steps![0]!.logUrl!)).text();
      lines = text.split('\n').length - 1;
      bytes = Buffer.byteLength(text);
      if (run > 0) reference.push(Date.now() - start);
      client.destroy();

      const panel = await openPanel('log-viewer');
      await panel.waitForPosted('ready');
      await panel.post({
        type: 'init',
        title: 'bench',
        logGroups: ['main #2'],
        settings: { bufferSize: LOG_BUFFER_MAX, timeZone: 'utc' },
        mode: 'build',
        links: [],
      });
      await panel.page.evaluate(WATCH_SCRIPT);
      const watched = panel.page.evaluate(`window.__watch(${lines})`) as Promise<{ first: number; last: number }>;
      const feed = new BuildLogFeed({
        title: 'bench',
        branchName: 'main',
        jobId: job.jobId,
        step: 'BUILD',
        reader: {
          getJob: (signal) => gateway.getJob('d1busyapp', 'main', job.jobId, signal),
          readStepLog: (url, from, signal) => gateway.readStepLog(url, from, signal),
        },
      });
      // One JSON string per message: VS Code clones a message in one go, while Playwright's
      // serialization of an object argument walks it value by value and would be what is measured.
      const batcher = new LogEventBatcher({
        send: (batch) =>
          void panel.page.evaluate(
            (json) => window.postMessage(JSON.parse(json), '*'),
            JSON.stringify({ type: 'events', events: batch.events, dropped: batch.dropped }),
          ),
        maxEvents: () => LOG_BUFFER_MAX,
      });
      batcher.setReady(true);
      feed.onEvents((events) => batcher.add(events));
      start = Date.now();
      feed.start();
      const { first, last } = await watched;
      if (run > 0) {
        firstLine.push(first - start);
        lastLine.push(last - start);
      }
      feed.stop();
      batcher.dispose();
      await panel.close();
    }
  } finally {
    await closeBrowser();
    await running.stop();
    rmSync(home, { recursive: true, force: true });
  }
  const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
  console.log(JSON.stringify({ lines, bytes, referenceMs: summary(reference), firstLineMs: summary(firstLine), lastLineMs: summary(lastLine) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
