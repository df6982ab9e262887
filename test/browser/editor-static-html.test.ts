// The editor's "copy server-rendered HTML" on a page that also loads the bundle: the static
// drawing shows first, then the element's own render takes its place, once, without errors.
import { expect, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { staticTimelineHTML } from '../../src/components/diplo-timeline-editor/io/static-html.js';
import { FLAGSHIP_AS_RAN } from '../../src/test-support/flagship.js';

/** Errors, and what Lit's hydration logs (console.error), in the frame. */
const WATCH = `window.__errors = [];
addEventListener('error', (event) => __errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
const logError = console.error;
console.error = (...args) => { __errors.push(args.map(String).join(' ')); logError(...args); };`;

describe("the editor's static HTML on a page with the bundle", () => {
  it('is replaced by the live timeline, drawn once, with no error', async () => {
    const html = await staticTimelineHTML(koreanPeninsula, { lang: 'en' });
    const iframe = document.createElement('iframe');
    iframe.style.width = '640px';
    iframe.style.height = '600px';
    document.body.append(iframe);
    const loaded = new Promise((resolve) => { iframe.addEventListener('load', resolve, { once: true }); });
    iframe.srcdoc = `<!doctype html><html lang="en"><head><script>${WATCH}</script></head><body>${html}<script type="module" src="${location.origin}/dist/diplo-timeline.bundle.js"></script></body></html>`;
    await loaded;
    const win = iframe.contentWindow as Window & { __errors?: string[] };
    const timeline = iframe.contentDocument!.querySelector('diplo-timeline') as HTMLElement & { updateComplete?: Promise<boolean> };
    await waitUntil(() => win.customElements.get('diplo-timeline'), 'the bundle defines the element', { timeout: 5000 });
    await timeline.updateComplete;
    await waitUntil(() => timeline.shadowRoot?.querySelectorAll('li.event').length === FLAGSHIP_AS_RAN, 'the live list', { timeout: 5000 });
    expect(timeline.shadowRoot?.querySelectorAll('[part="title"]'), 'one timeline, not two').to.have.length(1);
    const drawing = timeline.querySelector('[data-diplo-static]');
    expect(drawing?.getClientRects().length, 'the static drawing is no longer shown').to.equal(0);
    expect(win.__errors ?? []).to.deep.equal([]);
    iframe.remove();
  });
});
