// npm run bench: diplo-timeline against the fastest ways to show the same events, in
// headless Chromium, on pages served from 127.0.0.1. See bench/README.md.
//
//   node bench/run.js [--runs 5] [--sizes 10,100,1000,5000,10000] [--contenders a,b]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { generateTimeline } from './generate.js';
import { serveBench } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const SIZES = option('sizes', '10,100,1000,5000,10000').split(',').map(Number);
const CONTENDERS = option('contenders', 'static-html,vanilla-js,diplo-vertical,diplo-ssr,diplo-horizontal').split(',');
const FRAME_N = 5000;

const { parseTimeline, sortEvents, formatWhen, datetimeAttribute } = await import('../dist/src/model/index.js');
const { renderTimelineHTML } = await import('../dist/src/ssr/index.js');

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const LIST_CSS = `body{margin:0;font:16px/1.5 Georgia,serif;color:#1a1a1a}main{max-width:42rem;margin:auto;padding:1rem}
ol{list-style:none;padding:0;border-left:2px solid #ccc}li{padding:0 0 1.25rem 1.25rem}time{color:#555;font-size:.875em}
h3{font-size:1.2em;margin:.25rem 0}p{margin:0}`;

const VANILLA_JS = `const data = JSON.parse(document.getElementById('data').textContent);
const ol = document.createElement('ol');
for (const event of data.events) {
  const li = document.createElement('li');
  li.className = 'event';
  const time = document.createElement('time');
  time.textContent = typeof event.when === 'string' ? event.when : event.when.start + ' – ' + event.when.end;
  const h3 = document.createElement('h3');
  h3.textContent = event.title;
  const p = document.createElement('p');
  p.textContent = event.summary;
  li.append(time, h3, p);
  ol.append(li);
}
document.querySelector('main').append(ol);`;

const documents = new Map();
function documentFor(n) {
  if (!documents.has(n)) documents.set(n, generateTimeline(n));
  return documents.get(n);
}

const pages = new Map();
async function pageFor(contender, n) {
  const key = `${contender}:${n}`;
  if (pages.has(key)) return pages.get(key);
  const data = documentFor(n);
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>';
  let html;
  if (contender === 'static-html') {
    const { timeline } = parseTimeline(data);
    const items = sortEvents(timeline.events)
      .map(
        (e) =>
          `<li class="event"><time datetime="${datetimeAttribute(e.when.start) ?? ''}">${escape(formatWhen(e.when))}</time><h3>${escape(e.title)}</h3><p>${escape(e.summary ?? '')}</p></li>`,
      )
      .join('');
    html = `${head}<style>${LIST_CSS}</style></head><body><main><h1>${escape(timeline.title)}</h1><ol>${items}</ol></main></body></html>`;
  } else if (contender === 'vanilla-js') {
    html = `${head}<style>${LIST_CSS}</style></head><body><main><h1>${escape(data.title)}</h1></main><script type="application/json" id="data">${json(data)}</script><script>${VANILLA_JS}</script></body></html>`;
  } else if (contender === 'diplo-ssr') {
    const fragment = await renderTimelineHTML(data, { layout: 'vertical' });
    html = `${head}<script type="module" src="/dist/diplo-timeline.bundle.js"></script></head><body><main style="max-width:42rem;margin:auto">${fragment}</main></body></html>`;
  } else {
    const layout = contender === 'diplo-horizontal' ? 'horizontal' : 'vertical';
    const width = layout === 'horizontal' ? '1200px' : '42rem';
    html = `${head}<script type="module" src="/dist/diplo-timeline.bundle.js"></script></head><body><main style="max-width:${width};margin:auto"><diplo-timeline layout="${layout}"></diplo-timeline></main><script type="application/json" id="data">${json(data)}</script><script type="module">document.querySelector('diplo-timeline').data = JSON.parse(document.getElementById('data').textContent);</script></body></html>`;
  }
  pages.set(key, html);
  return html;
}

const { origin, close } = await serveBench((url) => {
  const match = /^\/bench\/([a-z-]+)\.html$/.exec(url.pathname);
  return match ? pageFor(match[1], Number(url.searchParams.get('n'))) : undefined;
});

// Injected before any page script: records long tasks, the first visible event and readiness.
const PROBE = () => {
  const bench = (window.__bench = { longest: 0, firstVisible: undefined, ready: undefined });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longest = Math.max(bench.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing
  }
  const firstEvent = () => {
    const timeline = document.querySelector('diplo-timeline');
    const rootNode = timeline?.shadowRoot?.querySelector('diplo-axis')?.shadowRoot ?? timeline?.shadowRoot ?? document;
    return rootNode.querySelector('li.event');
  };
  const poll = () => {
    const first = firstEvent();
    const box = first?.getBoundingClientRect();
    if (box && box.height > 0 && box.top < innerHeight) bench.firstVisible = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  addEventListener('load', async () => {
    const timeline = document.querySelector('diplo-timeline');
    if (timeline) {
      await customElements.whenDefined('diplo-timeline');
      while (!timeline.timeline) await new Promise((resolve) => setTimeout(resolve, 5));
      await timeline.updateComplete;
      const axis = timeline.shadowRoot.querySelector('diplo-axis');
      if (axis) await axis.updateComplete;
      // Long lists render progressively: wait for the last event.
      const total = timeline.timeline.events.length;
      if (!axis) {
        while (timeline.shadowRoot.querySelectorAll('li.event').length < total) await new Promise((resolve) => requestAnimationFrame(resolve));
        await timeline.updateComplete;
      }
    }
    await frames();
    bench.ready = performance.now();
  });
};

async function measure(browser, contender, n) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const client = await page.createCDPSession();
  const bytes = { js: 0, css: 0, jsGzip: 0, cssGzip: 0 };
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    try {
      const body = await response.buffer();
      const kind = type === 'script' ? 'js' : 'css';
      bytes[kind] += body.length;
      bytes[`${kind}Gzip`] += gzipSync(body).length;
    } catch {
      // a body that went away
    }
  });
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(`${origin}/bench/${contender}.html?n=${n}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__bench.ready !== undefined, { timeout: 120_000, polling: 20 });
  const result = await page.evaluate(() => ({ ...window.__bench }));
  // Inline scripts and styles count as shipped code too.
  const html = await pageFor(contender, n);
  for (const [, tag, body] of html.matchAll(/<(script|style)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/\1>/g)) {
    const kind = tag === 'script' ? 'js' : 'css';
    bytes[kind] += Buffer.byteLength(body);
    bytes[`${kind}Gzip`] += gzipSync(body).length;
  }
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')).usedSize;
  const nodes = (await client.send('Memory.getDOMCounters')).nodes;
  let frames;
  if (contender === 'diplo-horizontal' && n === FRAME_N) frames = await page.evaluate(frameTest);
  else if (n === FRAME_N && contender !== 'diplo-ssr') frames = await page.evaluate(scrollTest);
  await context.close();
  return { firstVisible: result.firstVisible ?? result.ready, rendered: result.ready, longestTask: result.longest, heap, nodes, bytes, frames };
}

/** In the page: 3 seconds of scrolling down the list, 120 px a frame. */
async function scrollTest() {
  const deltas = [];
  let last;
  await new Promise((resolve) => {
    const start = performance.now();
    const tick = (now) => {
      if (last !== undefined) deltas.push(now - last);
      last = now;
      if (now - start > 3000) return resolve();
      window.scrollBy(0, 120);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const sorted = deltas.sort((a, b) => a - b);
  return { scrollP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, scrollP50: sorted[Math.floor(sorted.length * 0.5)] ?? 0 };
}

/** In the page: a 3-second pan by sideways wheel, then a zoom from everything to one month. */
async function frameTest() {
  const timeline = document.querySelector('diplo-timeline');
  const axis = timeline.shadowRoot.querySelector('diplo-axis');
  const viewport = axis.shadowRoot.querySelector('.viewport');
  const box = viewport.getBoundingClientRect();
  const record = (duration, step) =>
    new Promise((resolve) => {
      const deltas = [];
      let last;
      const start = performance.now();
      const tick = (now) => {
        if (last !== undefined) deltas.push(now - last);
        last = now;
        const t = (now - start) / duration;
        if (t >= 1) return resolve(deltas);
        step(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.floor(list.length * q)] ?? 0;
  const p95 = (list) => quantile(list, 0.95);
  await timeline.zoomTo('2010-01', '2012-12');
  await axis.updateComplete;
  const pan = await record(3000, () => {
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaX: 24, clientX: box.left + 300, clientY: box.top + 40, bubbles: true, cancelable: true, composed: true }));
  });
  await timeline.fit();
  const all = axis.range;
  const center = (all.start + all.end) / 2;
  const month = 30 * 86_400_000;
  const zoom = await record(1500, (t) => {
    const span = Math.exp(Math.log(all.end - all.start) * (1 - t) + Math.log(month) * t);
    axis.zoomTo(center - span / 2, center + span / 2);
  });
  // The share of frames slower than 20 ms: p95 alone hides whether one frame in twenty or one in two is slow.
  const slow = (list) => list.filter((delta) => delta > 20).length / Math.max(1, list.length);
  return {
    panP95: p95(pan),
    panP50: quantile(pan, 0.5),
    panSlow: slow(pan),
    panFrames: pan.length,
    zoomP95: p95(zoom),
    zoomP50: quantile(zoom, 0.5),
    zoomSlow: slow(zoom),
    zoomFrames: zoom.length,
  };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
const results = { date: new Date().toISOString(), runs: RUNS, sizes: SIZES, chromium: await browser.version(), figures: {} };
const started = performance.now();
try {
  for (const n of SIZES) {
    const samples = Object.fromEntries(CONTENDERS.map((c) => [c, []]));
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order run by run, so no contender always goes first.
      const order = run % 2 ? [...CONTENDERS].reverse() : CONTENDERS;
      for (const contender of order) samples[contender].push(await measure(browser, contender, n));
    }
    results.figures[n] = {};
    for (const contender of CONTENDERS) {
      const list = samples[contender];
      const pick = (f) => median(list.map(f));
      results.figures[n][contender] = {
        firstVisibleMs: pick((s) => s.firstVisible),
        renderedMs: pick((s) => s.rendered),
        longestTaskMs: pick((s) => s.longestTask),
        heapMB: pick((s) => s.heap / 1048576),
        domNodes: pick((s) => s.nodes),
        jsKB: list[0].bytes.js / 1024,
        jsGzipKB: list[0].bytes.jsGzip / 1024,
        cssKB: list[0].bytes.css / 1024,
        cssGzipKB: list[0].bytes.cssGzip / 1024,
        ...(list[0].frames?.panP95 !== undefined
          ? {
              panP95Ms: pick((s) => s.frames.panP95),
              panP50Ms: pick((s) => s.frames.panP50),
              panSlowShare: pick((s) => s.frames.panSlow),
              zoomP95Ms: pick((s) => s.frames.zoomP95),
              zoomP50Ms: pick((s) => s.frames.zoomP50),
              zoomSlowShare: pick((s) => s.frames.zoomSlow),
            }
          : {}),
        ...(list[0].frames?.scrollP95 !== undefined ? { scrollP95Ms: pick((s) => s.frames.scrollP95), scrollP50Ms: pick((s) => s.frames.scrollP50) } : {}),
      };
    }
    printTable(n, results.figures[n]);
  }
  // Server rendering of N = 1000 in Node.
  const ssrData = generateTimeline(1000);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await renderTimelineHTML(ssrData, { layout: 'vertical' });
    times.push(performance.now() - t0);
  }
  results.ssrNode1000Ms = median(times);
  console.log(`\nServer rendering, N = 1000, in Node: ${results.ssrNode1000Ms.toFixed(0)} ms (median of ${RUNS})`);
} finally {
  await browser.close();
  close();
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${out.slice(root.length)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

function printTable(n, figures) {
  const fmt = (v, digits = 0) => (v === undefined ? '—' : v.toFixed(digits));
  const vanilla = figures['vanilla-js']?.renderedMs;
  const floor = figures['static-html']?.renderedMs;
  console.log(`\nN = ${n} (medians of ${RUNS} runs)`);
  console.log(
    ['contender'.padEnd(17), 'first(ms)', 'rendered(ms)', '×vanilla', '×static', 'longest task', 'heap MB', 'DOM nodes', 'JS+CSS gz KB', 'pan p95', 'zoom p95', 'scroll p95'].join('  '),
  );
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      [
        name.padEnd(17),
        fmt(f.firstVisibleMs).padStart(9),
        fmt(f.renderedMs).padStart(12),
        (vanilla ? fmt(f.renderedMs / vanilla, 2) : '—').padStart(8),
        (floor ? fmt(f.renderedMs / floor, 2) : '—').padStart(7),
        (f.longestTaskMs ? fmt(f.longestTaskMs) : '<50').padStart(12),
        fmt(f.heapMB, 1).padStart(7),
        fmt(f.domNodes).padStart(9),
        fmt(f.jsGzipKB + f.cssGzipKB, 1).padStart(12),
        fmt(f.panP95Ms, 1).padStart(7),
        fmt(f.zoomP95Ms, 1).padStart(8),
        fmt(f.scrollP95Ms, 1).padStart(10),
      ].join('  '),
    );
  }
  for (const [name, f] of Object.entries(figures)) {
    const share = (v) => `${(v * 100).toFixed(0)}% of frames over 20 ms`;
    if (f.panP50Ms !== undefined) {
      console.log(`${name} frames: pan p50 ${fmt(f.panP50Ms, 1)} ms, ${share(f.panSlowShare)}; zoom p50 ${fmt(f.zoomP50Ms, 1)} ms, ${share(f.zoomSlowShare)}`);
    }
    if (f.scrollP50Ms !== undefined) console.log(`${name} frames: scroll p50 ${fmt(f.scrollP50Ms, 1)} ms`);
  }
}
