// The recipes' check in a browser: the site a recipe built, served as it is, opened in headless
// Chromium. The page must define <diplo-timeline>, and the element must show the events the
// server drew (hydrated, not emptied) with no script error on the page. Used by scripts/recipes.js.
/* global document, customElements */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { serveFiles } from './serve.js';

/**
 * Opens `page` of the site in `site` and returns what is wrong with it (empty when nothing is).
 * @param {string} site - the folder the site was built into
 * @param {string} page - the page's path inside it
 * @param {{ firstTitle: string, serverEvents?: number }} expect - a title the reader must see;
 *   for a server-rendered page, how many events its HTML drew (the element must keep them)
 * @returns {Promise<string[]>}
 */
export async function checkInBrowser(site, page, { firstTitle, serverEvents }) {
  const server = await serveFiles(site);
  const problems = [];
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      // A missing favicon is the site's business, not the timeline's; any other failed load counts.
      const from = message.location().url ?? '';
      if (message.type() === 'error' && !/\/favicon\.ico(\?|$)/.test(from)) errors.push(`${message.text()}${from ? ` (${from})` : ''}`);
    });
    const url = `${server.origin}/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    await tab.goto(url, { waitUntil: 'load' });
    const shown = await tab
      .waitForFunction(
        async (title) => {
          const element = document.querySelector('diplo-timeline');
          if (!element || !customElements.get('diplo-timeline')) return false;
          await element.updateComplete;
          const root = element.shadowRoot;
          if (!root?.textContent?.includes(title)) return false;
          return { events: root.querySelectorAll('[part~="event"]').length };
        },
        { timeout: 30_000, polling: 100 },
        firstTitle,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    if (!shown) problems.push(`${url}: no <diplo-timeline> showing "${firstTitle}" within 30 s`);
    else if (serverEvents !== undefined && shown.events !== serverEvents) problems.push(`${url}: the server drew ${String(serverEvents)} events, the hydrated element shows ${String(shown.events)}`);
    if (errors.length) problems.push(`${url}: errors on the page: ${errors.slice(0, 3).join(' | ')}`);
  } finally {
    await browser?.close();
    server.close();
  }
  return problems;
}
