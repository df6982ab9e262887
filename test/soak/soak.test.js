// npm run test:soak — the long robustness runs that do not belong in every `npm test`:
// the production bundle in headless Chromium with a 5 MB file (no task over 200 ms while
// it is read and drawn), ten thousand attach/detach cycles and data swaps (no listener
// left, no heap growth), and a hundred thousand arbitrary values through the parser.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import puppeteer from 'puppeteer-core';
import { generateTimeline } from '../../bench/generate.js';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { parseTimeline, parsePartialDate } = await import('../../dist/src/model/index.js');

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>soak</title>
<script type="module" src="/dist/diplo-timeline.bundle.js"></script></head>
<body><main style="max-width:42rem;margin:auto"></main></body></html>`;

/** A 5 MB file of 10,000 events, every 97th with an impossible date. */
function bigFile() {
  const doc = generateTimeline(10_000, 11);
  let broken = 0;
  doc.events.forEach((event, i) => {
    if (i % 97 === 13) {
      event.when = '2019-02-30';
      broken++;
    }
  });
  return { text: JSON.stringify(doc), valid: doc.events.length - broken };
}

describe('soak', { timeout: 15 * 60_000 }, () => {
  let server;
  let browser;
  let origin;
  const big = bigFile();

  before(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/soak.html') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      if (url.pathname === '/big.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(big.text);
      const file = join(root, normalize(url.pathname));
      try {
        if (!file.startsWith(root)) throw new Error('outside');
        const body = readFileSync(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function openPage() {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/soak.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('diplo-timeline'));
    return page;
  }

  it(`reads and draws a ${(big.text.length / 1e6).toFixed(1)} MB file of 10,000 events with no task over 200 ms`, async () => {
    const page = await openPage();
    await page.evaluate(() => {
      window.__longest = 0;
      window.__observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      });
      window.__observer.observe({ type: 'longtask' });
      window.__started = performance.now();
      const el = document.createElement('diplo-timeline');
      el.setAttribute('layout', 'vertical');
      el.setAttribute('src', '/big.json');
      document.querySelector('main').append(el);
    });
    await page.waitForFunction((valid) => document.querySelector('diplo-timeline').shadowRoot?.querySelectorAll('li.event').length === valid, { polling: 50, timeout: 0 }, big.valid);
    const result = await page.evaluate(async () => {
      const drawn = performance.now() - window.__started;
      // The frame that shows the last events, then the task after it: by then every long task
      // of reading and drawing has ended and been recorded, delivered or not.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      for (const entry of window.__observer.takeRecords()) window.__longest = Math.max(window.__longest, entry.duration);
      window.__observer.disconnect();
      const el = document.querySelector('diplo-timeline');
      return { longest: window.__longest, drawn, problems: el.problems.length, events: el.timeline.events.length };
    });
    await page.close();
    console.log(`# 5 MB: ${result.events} events drawn in ${result.drawn.toFixed(0)} ms; longest task ${result.longest.toFixed(0)} ms`);
    assert.equal(result.events, big.valid);
    assert.equal(result.problems, 10_000 - big.valid);
    assert.ok(result.longest < 200, `longest task ${result.longest.toFixed(0)} ms`);
  });

  it('attaches and detaches 10,000 times and swaps data 5,000 times: no listener left, no heap growth', async () => {
    const page = await openPage();
    const client = await page.createCDPSession();
    const windowListeners = async () => {
      const { result } = await client.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      return listeners.length;
    };
    const heap = async () => {
      await client.send('HeapProfiler.collectGarbage');
      return (await client.send('Runtime.getHeapUsage')).usedSize;
    };
    const flagship = JSON.parse(readFileSync(join(root, 'data/korean-peninsula-2016-2019.json'), 'utf8'));
    await page.evaluate((data) => {
      window.__el = document.createElement('diplo-timeline');
      window.__el.setAttribute('layout', 'vertical');
      window.__el.data = data;
      window.__data = data;
    }, flagship);
    const cycles = (times) =>
      page.evaluate(async (n) => {
        const host = document.querySelector('main');
        for (let i = 0; i < n; i++) {
          host.append(window.__el);
          if (i % 100 === 0) await window.__el.updateComplete;
          window.__el.remove();
        }
      }, times);
    const swaps = (from, to) =>
      page.evaluate(
        async (a, b) => {
          const el = window.__el;
          document.querySelector('main').append(el);
          for (let i = a; i < b; i++) {
            el.data = { ...window.__data, title: `Version ${i}`, events: window.__data.events.slice(0, (i % 9) + 1) };
            if (i % 10 === 0) await el.updateComplete;
          }
          await el.updateComplete;
          el.remove();
        },
        from,
        to,
      );
    const listenersBefore = await windowListeners();
    await cycles(200);
    await swaps(0, 200);
    const heapBefore = await heap();
    await cycles(10_000);
    await swaps(200, 5_200);
    const heapAfter = await heap();
    const listenersAfter = await windowListeners();
    await page.close();
    const growth = (heapAfter - heapBefore) / 1024 / 1024;
    console.log(`# lifecycle: heap ${(heapBefore / 1e6).toFixed(1)} → ${(heapAfter / 1e6).toFixed(1)} MB; window listeners ${listenersBefore} → ${listenersAfter}`);
    assert.equal(listenersAfter, listenersBefore);
    assert.ok(growth < 3, `heap grew ${growth.toFixed(1)} MB`);
  });

  it('parses 100,000 arbitrary values and 100,000 arbitrary date strings without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, maxDepth: 4 }), (value) => {
        const { timeline, problems } = parseTimeline(value);
        assert.ok(Array.isArray(timeline.events));
        for (const problem of problems) assert.equal(typeof problem.message, 'string');
      }),
      { numRuns: 100_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const result = parsePartialDate(text);
        assert.ok(result.ok || result.reason.length > 0);
      }),
      { numRuns: 100_000 },
    );
  });
});
