// The editor's figure for npm run bench: with a 1,000-event document open, how long a
// keystroke in an event's title takes to show in the preview (keydown to the preview's text),
// and the longest task while typing. Headless Chromium, the standalone editor bundle.
//
//   node bench/editor.js [--events 1000] [--keys 60] [--runs 3]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { generateTimeline } from './generate.js';
import { serveBench } from './serve.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return Number(index >= 0 && args[index + 1] ? args[index + 1] : fallback);
};
const EVENTS = option('events', 1000);
const KEYS = option('keys', 60);
const RUNS = option('runs', 3);

const document = JSON.stringify(generateTimeline(EVENTS)).replace(/</g, '\\u003c');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>editor bench</title>
<script type="module" src="/dist/diplo-timeline-editor.bundle.js"></script></head>
<body><diplo-timeline-editor storage-key="bench-${String(Date.now())}"></diplo-timeline-editor>
<script type="application/json" id="data">${document}</script></body></html>`;

const { origin, close } = await serveBench((url) => (url.pathname === '/editor.html' ? PAGE : undefined));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const latencies = [];
let longest = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/editor.html`, { waitUntil: 'load' });
    // Open the document, pick an event in the middle, and watch the preview for what is typed.
    await page.evaluate(async (middle) => {
      const editor = document.querySelector('diplo-timeline-editor');
      await customElements.whenDefined('diplo-timeline-editor');
      await editor.ready;
      editor.data = JSON.parse(document.getElementById('data').textContent);
      await editor.updateComplete;
      const rows = editor.shadowRoot.querySelectorAll('[role="option"]');
      rows[middle].click();
      await editor.updateComplete;
      const bench = (window.__bench = { downs: [], seen: [], longest: 0 });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) bench.longest = Math.max(bench.longest, entry.duration);
      }).observe({ type: 'longtask' });
      addEventListener('keydown', () => bench.downs.push(performance.now()), { capture: true });
      const index = [...editor.shadowRoot.querySelectorAll('input[id$="-title"]')].find((input) => /^field-events-\d+-title$/.test(input.id));
      index.focus();
      index.setSelectionRange(index.value.length, index.value.length);
      // The preview's text changes when the keystroke shows there.
      const preview = editor.shadowRoot.querySelector('.preview .frame > *');
      const id = index.id;
      const watch = () => {
        const value = editor.shadowRoot.getElementById(id)?.value ?? '';
        const shown = [...preview.shadowRoot.querySelectorAll('[part~="event-title"]')].some((heading) => heading.textContent === value);
        if (shown && bench.seen.length < bench.downs.length) bench.seen.push(performance.now());
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, Math.floor(EVENTS / 2));
    for (let key = 0; key < KEYS; key++) {
      await page.keyboard.type('x');
      await page.waitForFunction((n) => window.__bench.seen.length >= n, { polling: 'raf', timeout: 10_000 }, key + 1);
    }
    const result = await page.evaluate(() => window.__bench);
    result.seen.forEach((seen, i) => latencies.push(seen - result.downs[i]));
    if (process.env.BENCH_DEBUG) console.log(result.seen.map((seen, i) => Math.round(seen - result.downs[i])).join(" "));
    longest = Math.max(longest, result.longest);
    await page.close();
  }
} finally {
  await browser.close();
  close();
}
console.log(
  `Editor, ${String(EVENTS)} events open: a keystroke in an event's title shows in the preview in ` +
    `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms ` +
    `(${String(latencies.length)} keystrokes); longest task while typing ${longest.toFixed(0)} ms (target: p95 ≤ 100 ms)`,
);
