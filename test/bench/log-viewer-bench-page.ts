/**
 * What the log viewer benchmark runs inside Chromium, as source text: the functions esbuild adds
 * to the bundle (for keepNames) must not leak into functions Playwright serializes into the page. A feed
 * posts batches every 50 ms, as the host does, and frame intervals are timed with
 * requestAnimationFrame; a frame is dropped when its interval exceeds two frames at 60 Hz.
 */
export const DROPPED_FRAME_MS = 33.4;

/** Installs `window.__bench` in a page. */
export const BENCH_PAGE_SCRIPT = `
(() => {
  const group = '/aws/lambda/summarizePost-dev';
  const base = Date.UTC(2024, 4, 1, 10);
  let next = 0;
  function makeEvents(count) {
    const events = [];
    for (let i = 0; i < count; i++, next++) {
      const n = next;
      const id = String(n >> 6).padStart(8, '0') + '-1111-4222-8333-444455556666';
      const iso = new Date(base + n).toISOString();
      // A tail's mix: mostly INFO text, some JSON, an error now and then, invocation boundaries.
      const message = n % 64 === 0 ? 'START RequestId: ' + id + ' Version: $LATEST\\n'
        : n % 64 === 63 ? 'REPORT RequestId: ' + id + '\\tDuration: 12.5 ms\\tBilled Duration: 13 ms\\tMemory Size: 128 MB\\tMax Memory Used: 70 MB\\t\\n'
        : n % 10 === 0 ? iso + '\\t' + id + '\\tINFO\\t{"record":' + n + ',"status":"ok","tags":["a","b"]}\\n'
        : n % 97 === 0 ? iso + '\\t' + id + '\\tERROR\\tfailed to process record ' + n + '\\n'
        : iso + '\\t' + id + '\\tINFO\\tprocessed record ' + n + ' of batch ' + (n >> 6) + '\\n';
      events.push({ id: 'b-' + n, timestamp: base + n, logGroup: group, logStream: '2024/05/01/[$LATEST]abc', message });
    }
    return events;
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  let prepared = [];
  // The batches exist before the clock starts: in VS Code the host builds them in another process.
  // Half a second at the rate goes first, so the figures are the steady state, not the JIT warming up.
  async function prepare(rate, durationMs) {
    const perBatch = Math.max(1, Math.round(rate / 20));
    prepared = Array.from({ length: Math.round(durationMs / 50) }, () => makeEvents(perBatch));
    for (let batch = 0; batch < 10; batch++) {
      window.postMessage({ type: 'events', events: makeEvents(perBatch) }, '*');
      await sleep(50);
    }
  }
  async function runRate() {
    const batches = prepared;
    prepared = [];
    const intervals = [];
    let measuring = true;
    let last = await frame();
    (function tick(now) { intervals.push(now - last); last = now; if (measuring) requestAnimationFrame(tick); })(await frame());
    const start = performance.now();
    for (let batch = 0; batch < batches.length; batch++) {
      await sleep(start + batch * 50 - performance.now());
      window.postMessage({ type: 'events', events: batches[batch] }, '*');
    }
    await sleep(150);
    measuring = false;
    return { frames: intervals.length, dropped: intervals.filter((ms) => ms > ${DROPPED_FRAME_MS}).length, worstMs: Math.round(Math.max(...intervals)) };
  }
  async function fill(total, batchSize) {
    for (let sent = 0; sent < total; sent += batchSize) {
      window.postMessage({ type: 'events', events: makeEvents(Math.min(batchSize, total - sent)) }, '*');
      await frame();
    }
    await frame();
    await frame();
  }
  // The latency run: the time each event of a batch is on screen, i.e. after the viewer's frame.
  const renderedAt = new Map();
  window.addEventListener('message', (event) => {
    if (!event.data || event.data.type !== 'events' || !event.data.trackLatency) return;
    const messages = event.data.events.map((each) => each.message);
    requestAnimationFrame(() => { const now = Date.now(); for (const message of messages) renderedAt.set(message, now); });
  });
  window.__bench = { makeEvents, prepare, runRate, fill, renderedAt: () => [...renderedAt.entries()] };
})();
`;

/**
 * The naive viewer the figures compare against: a <pre> that appends every batch's lines as they
 * arrive and scrolls to the end, what a first log viewer usually is (and roughly what a text
 * editor document does).
 */
export const REFERENCE_PAGE = `<!DOCTYPE html><html><head><style>
body { margin: 0; font: 14px monospace; background: #1f1f1f; color: #ccc; }
pre { margin: 0; }
</style></head><body><pre id="out"></pre><script>
const out = document.getElementById('out');
window.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'events') return;
  const text = event.data.events.map((each) => new Date(each.timestamp).toISOString() + ' ' + each.message.trimEnd()).join('\\n');
  out.append(text + '\\n');
  document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
});
</script></body></html>`;
