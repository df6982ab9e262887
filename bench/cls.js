// Layout shift of an article page with a timeline after its first paragraph, for every way of
// embedding it, at a phone's width (412 px) and a desktop's (1280 px), in headless Chromium.
// Part of `npm run bench`; see bench/README.md.
//
//   node bench/cls.js --serve [--port 8090]   serves the pages to look at
//   node bench/cls.js [--runs 3] [--delay 150] [--forms src-vertical,ssr-auto] [--widths 412,1280] [--page-css both|rule|none] [--blocking] [--sources]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { FORMS, articlePage } from '../test/fixtures/article-page.js';
import { serveBench } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const DELAY = Number(option('delay', '150'));
const SELECTED = option('forms', FORMS.join(',')).split(',');
const WIDTHS = option('widths', '412,1280').split(',').map(Number);
// The README's :not(:defined) rule in the page: with it, without it, or both (two tables).
const PAGE_CSS = option('page-css', 'both');
const SNIPPETS = PAGE_CSS === 'both' ? [true, false] : [PAGE_CSS !== 'none'];
let SNIPPET = SNIPPETS[0];
const PORT = Number(option('port', '0'));
const SOURCES = args.includes('--sources');
const BLOCKING = args.includes('--blocking');
const HEIGHTS = { 412: 915, 1280: 900 };

const { renderTimelineHTML } = await import('../dist/src/ssr/index.js');
const data = JSON.parse(readFileSync(join(root, 'data/korean-peninsula-2016-2019.json'), 'utf8'));

const { origin, close } = await serveBench((url) => {
  const article = /^\/__article\/([a-z-]+)\.html$/.exec(url.pathname);
  return article ? articlePage(article[1], { delay: DELAY, snippet: SNIPPET, blocking: BLOCKING, renderTimelineHTML, data }) : undefined;
}, PORT);
if (args.includes('--serve')) {
  // Look at the pages: `node bench/cls.js --serve`, then open the addresses printed.
  for (const form of FORMS) console.log(`${origin}/__article/${form}.html`);
  await new Promise(() => {});
}

// Injected before any page script: sums layout shifts not caused by input, as CLS does.
const PROBE = () => {
  const probe = (window.__cls = { total: 0, sources: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      probe.total += entry.value;
      for (const source of entry.sources ?? []) {
        const node = source.node;
        const name = node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}` : '?';
        probe.sources.push(`${entry.value.toFixed(3)} ${name} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)} at ${Math.round(entry.startTime)} ms`);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** In the page: resolves once the timeline shows its data in the layout it settles on, and the page is quiet. */
async function settled() {
  const timeline = document.querySelector('diplo-timeline');
  await customElements.whenDefined('diplo-timeline');
  while (!timeline.timeline) await new Promise((resolve) => setTimeout(resolve, 10));
  await timeline.updateComplete;
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await timeline.updateComplete;
    const axis = timeline.shadowRoot.querySelector('diplo-axis');
    if (axis) await axis.updateComplete;
  }
  // Quiet: half a second with nothing more to do (fonts, lazy chunks, late batches).
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { total: window.__cls.total, sources: window.__cls.sources, layout: timeline.resolvedLayout };
}

async function measure(browser, form, width) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: HEIGHTS[width] ?? 900 });
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(`${origin}/__article/${form}.html`, { waitUntil: 'load', timeout: 60_000 });
  const result = await page.evaluate(settled);
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const results = { date: new Date().toISOString(), runs: RUNS, delayMs: DELAY, chromium: await browser.version(), figures: {} };
try {
  for (const snippet of SNIPPETS) {
    SNIPPET = snippet;
    const key = snippet ? 'withRule' : 'noPageCss';
    const figures = (results.figures[key] = {});
    console.log(`\nLayout shift (CLS) of an article page, timeline after the first paragraph; bundle and data ${DELAY} ms late; ${snippet ? "with the README's :not(:defined) rule" : 'no page CSS for the timeline'}${BLOCKING ? '; the bundle blocks rendering' : ''}; median of ${RUNS}`);
    console.log(['form'.padEnd(18), ...WIDTHS.map((w) => `${w} px`.padStart(16))].join('  '));
    for (const form of SELECTED) {
      figures[form] = {};
      const cells = [];
      for (const width of WIDTHS) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, form, width));
        const value = median(runs.map((r) => r.total));
        figures[form][width] = value;
        cells.push(`${value.toFixed(3)} (${runs[0].layout.slice(0, 1)})`.padStart(16));
        if (SOURCES) for (const line of runs[0].sources) console.log(`    ${width}: ${line}`);
      }
      console.log([form.padEnd(18), ...cells].join('  '));
    }
  }
  console.log('(v) vertical, (h) horizontal: the view the timeline settled on. Server-rendered pages never get the rule: they have their height already.');
} finally {
  await browser.close();
  close();
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `cls-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${out.slice(root.length)}`);
