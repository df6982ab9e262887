// Server commands for the browser tests that need more of Chromium than a page can reach:
// forced colours (which @web/test-runner-commands' emulateMedia does not set), pixels of a
// box on screen, the real accessibility tree, and a PDF printed from a page. Called from a
// test with `executeServerCommand(name, payload)` (see src/test-support/browser.ts).

/** The page of a test session (the Chrome launcher drives Chromium with puppeteer). */
function pageOf(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${session.browser.type} browsers are not supported`);
  return session.browser.getPage(session.id);
}

const sessions = new WeakMap();

/** A CDP session of a page's own (one per page, kept). */
async function cdpOf(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

/** Text of every page of a PDF, read with PDF.js (a devDependency, loaded only here). */
async function pdfPages(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    // Items on one line are joined as they are; a line break becomes a space.
    pages.push(content.items.map((item) => `${item.str}${item.hasEOL ? ' ' : ''}`).join(''));
  }
  await doc.destroy();
  return pages;
}

export function browserCommands() {
  return {
    name: 'diplo-browser-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        // Every media feature at once, over the CDP: puppeteer's emulateMediaFeatures knows no
        // forced-colors, and replaces the whole set at each call anyway.
        case 'diplo-media': {
          const cdp = await cdpOf(pageOf(session));
          const features = [
            ['forced-colors', payload.forcedColors],
            ['prefers-color-scheme', payload.colorScheme],
            ['prefers-reduced-motion', payload.reducedMotion],
          ].map(([name, value]) => ({ name, value: value ?? '' }));
          await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
          return true;
        }
        // A PNG of a box of the viewport (CSS pixels), as a data URL.
        case 'diplo-screenshot': {
          const page = pageOf(session);
          const { x, y, width, height } = payload;
          const data = await page.screenshot({
            encoding: 'base64',
            clip: { x, y, width, height, scale: 1 },
            captureBeyondViewport: false,
          });
          return `data:image/png;base64,${data}`;
        }
        // The accessibility tree as a screen reader gets it (Chromium's, through the CDP).
        case 'diplo-a11y-tree': {
          const page = pageOf(session);
          const root = payload?.selector ? await page.$(payload.selector) : undefined;
          return page.accessibility.snapshot({ interestingOnly: payload?.interestingOnly ?? true, ...(root ? { root } : {}) });
        }
        // Prints a page of this server to PDF (in a page of its own) and returns each page's text.
        case 'diplo-print-pdf': {
          const testPage = pageOf(session);
          const page = await testPage.browser().newPage();
          try {
            await page.setViewport({ width: payload.width ?? 1280, height: 900 });
            await page.goto(new URL(payload.url, testPage.url()).href, { waitUntil: 'networkidle0' });
            if (payload.ready) await page.waitForFunction(payload.ready, { timeout: 10000 });
            const pdf = await page.pdf({ format: 'A4', margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } });
            // After printing the page must be as it was: the script's answer, read back.
            const after = payload.after ? await page.evaluate(payload.after) : undefined;
            return { pages: await pdfPages(pdf), after };
          } finally {
            await page.close();
          }
        }
        default:
          return undefined;
      }
    },
  };
}
