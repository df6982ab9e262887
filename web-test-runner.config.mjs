// Tests run in headless Chromium. The model's tests run five times, once in each of five
// time zones (UTC, UTC−8/−7, UTC−11, UTC+9, UTC+14), to show that calendar dates never move.
import { readFile } from 'node:fs/promises';
import { dsvFormat } from 'd3-dsv';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { browserCommands } from './scripts/wtr-commands.js';

const executablePath = findChrome();

export const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Seoul', 'Pacific/Kiritimati'];

/** A Chromium whose pages run in the given IANA time zone. */
function chromium(timeZone) {
  const launcher = chromeLauncher({
    // gc() and exact heap figures, for the lifecycle tests that check memory does not grow.
    launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      // Lets a test check that the emulation took effect.
      await page.evaluateOnNewDocument((zone) => {
        globalThis.__expectedTimeZone = zone;
      }, timeZone);
      return page;
    },
  });
  launcher.name = `Chromium (${timeZone})`;
  return launcher;
}

/** `/__delay/MS/path` serves `path` after MS milliseconds: for tests of slow and overtaken loads. */
async function delayMiddleware(ctx, next) {
  const match = /^\/__delay\/(\d+)(\/.*)$/.exec(ctx.path);
  if (match) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 5000)));
    ctx.url = match[2];
  }
  return next();
}

/**
 * Failing networks for the robustness tests: `/__fail/500`, `/__fail/hang` (answers after
 * 3 s), `/__fail/cut` (sends half a file, then closes the connection).
 */
async function failMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__fail/')) return next();
  const kind = ctx.path.slice('/__fail/'.length);
  if (kind === '500') {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  } else if (kind === 'hang') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.type = 'json';
    ctx.body = '{}';
  } else if (kind === 'cut') {
    ctx.respond = false;
    const { res } = ctx;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    res.write('{"schemaVersion": 1, "title": "Cut", "events": [');
    setTimeout(() => res.destroy(), 50);
  } else {
    return next();
  }
}

/**
 * `/__noaxis/path`: serves `path`, except the horizontal view's chunk, which fails (404), as
 * on a CDN that lost a file: the timeline must show its list instead.
 */
async function noAxisMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__noaxis/')) return next();
  const path = ctx.path.slice('/__noaxis'.length);
  if (/^\/dist\/chunks\/diplo-axis-/.test(path)) {
    ctx.status = 404;
    return undefined;
  }
  ctx.url = path;
  return next();
}

/**
 * A Google Sheet "published to the web": `/__sheets/NAME/pub?output=csv` answers
 * `examples/NAME.csv` as Google does (`text/csv; charset=utf-8`, CRLF between rows,
 * quotes only where a cell needs them); `/__sheets/unpublished/…` answers the HTML sign-in page
 * a sheet that is not published gives.
 */
async function sheetsMiddleware(ctx, next) {
  const match = /^\/__sheets\/([\w-]+)\/pub$/.exec(ctx.path);
  if (!match) return next();
  if (match[1] === 'unpublished') {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = '<!DOCTYPE html><html lang="en"><head><title>Google Sheets - Sign in</title></head><body><form action="https://accounts.google.com/ServiceLogin"><p>Sign in to continue to Sheets</p></form></body></html>';
    return undefined;
  }
  const text = await readFile(new URL(`./examples/${match[1]}.csv`, import.meta.url), 'utf8');
  const csv = dsvFormat(',');
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = csv.parseRows(text).map((row) => csv.formatRow(row)).join('\r\n');
  return undefined;
}

/** The strict policy a cautious newsroom serves its pages with. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'";

/** Serves the strict-host fixture with that policy. */
async function cspMiddleware(ctx, next) {
  await next();
  if (ctx.path === '/test/fixtures/strict-csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * `/__ssr/flagship.html`: the flagship timeline rendered on the server (dist/src/ssr, built
 * by npm run build) in a bare page; `?scripts=1` adds the bundle that hydrates it, `?events=N`
 * serves a generated timeline of N events instead, `?data=hostile` the script-injection corpus.
 */
async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/__ssr/flagship.html') return next();
  const { renderTimelineHTML } = await import(new URL('./dist/src/ssr/index.js', import.meta.url).href);
  const { koreanPeninsula } = await import(new URL('./dist/data/korean-peninsula-2016-2019.js', import.meta.url).href);
  const { generateTimeline } = await import(new URL('./bench/generate.js', import.meta.url).href);
  const layout = ctx.query.layout === 'horizontal' ? 'horizontal' : undefined;
  const { hostileDocument } = await import(new URL('./test/fixtures/hostile-data.js', import.meta.url).href);
  // `?events=N`: a generated timeline of N events instead of the flagship (long lists draw light
  // cards); `?data=hostile`: the script-injection corpus.
  const data =
    ctx.query.data === 'hostile'
      ? hostileDocument()
      : ctx.query.events
        ? generateTimeline(Math.min(Number(ctx.query.events) || 0, 2000))
        : koreanPeninsula;
  const fragment = await renderTimelineHTML(data, { structuredData: { url: 'https://news.example/story' }, layout });
  const scripts =
    ctx.query.scripts === '1'
      ? '<script src="/test/fixtures/ssr-watch.js"></script><script type="module" src="/dist/diplo-timeline.bundle.js"></script>'
      : '';
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>${fragment}${scripts}</body></html>`;
}

/**
 * `/__article/FORM.html`: an article with a timeline after its first paragraph, embedded one
 * way (test/fixtures/article-page.js: src, inline JSON, the data property, server-rendered),
 * its bundle and data 150 ms late (`?delay=MS` for another lag); `?snippet=0` leaves out the
 * README's `:not(:defined)` rule.
 */
async function articleMiddleware(ctx, next) {
  const match = /^\/__article\/([a-z-]+)\.html$/.exec(ctx.path);
  if (!match) return next();
  const { articlePage } = await import(new URL('./test/fixtures/article-page.js', import.meta.url).href);
  const { renderTimelineHTML } = await import(new URL('./dist/src/ssr/index.js', import.meta.url).href);
  const { koreanPeninsula } = await import(new URL('./dist/data/korean-peninsula-2016-2019.js', import.meta.url).href);
  ctx.type = 'html';
  ctx.body = await articlePage(match[1], { delay: Math.min(Number(ctx.query.delay) || 150, 1000), snippet: ctx.query.snippet !== '0', renderTimelineHTML, data: koreanPeninsula });
  return undefined;
}

/**
 * `TEST_FILES=a.test.ts,b.test.ts npm run test:browser` runs just those files (globs work), in
 * one Chromium west of UTC: for the loop of writing a test, not for CI.
 */
const only = process.env.TEST_FILES?.split(',').filter(Boolean);

export default {
  nodeResolve: true,
  middleware: [delayMiddleware, articleMiddleware, cspMiddleware, ssrMiddleware, failMiddleware, noAxisMiddleware, sheetsMiddleware],
  rootDir: '.',
  testFramework: { config: { timeout: 10000 } },
  // Before each test file: failed assertions on DOM nodes stay reportable (see the module).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/src/test-support/reportable-errors.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), browserCommands()],
  groups: only?.length ? [{ name: 'only', files: only, browsers: [chromium('America/Los_Angeles')] }] : [
    {
      name: 'model in five time zones',
      files: ['src/model/**/*.test.ts', 'src/importers/**/*.test.ts', 'data/**/*.test.ts', 'test/robustness/**/*.test.ts', '!test/robustness/**/*.element.test.ts'],
      browsers: TIME_ZONES.map(chromium),
    },
    {
      // West of UTC, where a date-only string read as UTC midnight would show the day before.
      name: 'elements',
      files: ['src/components/**/*.test.ts', 'src/i18n/**/*.test.ts', 'test/robustness/**/*.element.test.ts'],
      browsers: [chromium('America/Los_Angeles')],
    },
    {
      // Whole pages with the built bundle (npm test builds first): examples, strict hosts.
      name: 'pages',
      files: ['test/browser/**/*.test.ts'],
      browsers: [chromium('UTC')],
    },
  ],
};
