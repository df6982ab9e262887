// Takes a screenshot of a page in headless Chromium and prints the page's console errors:
// a way to look at what a reader sees. Usage:
//   node scripts/screenshot.js URL OUT.png [WIDTH=1280] [HEIGHT=2400]
/* global document */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';

const [url, out, width = '1280', height = '2400'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js URL OUT.png [WIDTH] [HEIGHT]');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') console.log(`[${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.setViewport({ width: Number(width), height: Number(height) });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) console.log(`[layout] the page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
