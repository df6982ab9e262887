import { expect, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { flagshipTimes } from '../../../test-support/editor-storage.js';
import { FLAGSHIP_AS_RAN } from '../../../test-support/flagship.js';
import { staticTimelineHTML } from './static-html.js';

/** A page of its own that shows `html`, without any script of ours. */
async function page(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  frame.srcdoc = `<!doctype html><html lang="en"><body>${html}</body></html>`;
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('no frame document');
  return doc;
}

describe('staticTimelineHTML', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('writes the timeline as a page reads it without JavaScript: declarative shadow DOM, styles and data inline', async () => {
    const html = await staticTimelineHTML(koreanPeninsula, { lang: 'en' });
    expect(html).to.not.contain('lit$');
    expect(document.querySelector('diplo-timeline'), 'the drawing is gone from the page').to.equal(null);

    const doc = await page(html);
    const element = doc.querySelector('diplo-timeline');
    const root = element?.querySelector(':scope > [data-diplo-static]')?.shadowRoot;
    expect(root, 'the browser attached the declarative shadow root').to.not.equal(null);
    expect(doc.defaultView?.customElements.get('diplo-timeline'), 'no script defined the element').to.equal(undefined);
    expect(root?.querySelectorAll('li.event')).to.have.length(FLAGSHIP_AS_RAN);
    expect(root?.querySelector('style')?.textContent).to.contain(':host');
    const walker = doc.createTreeWalker(root!, NodeFilter.SHOW_COMMENT);
    expect(walker.nextNode(), "no Lit markers").to.equal(null);
    expect(element?.getAttribute('layout')).to.equal('vertical');
    const data = element?.querySelector(':scope > script[type="application/json"]')?.textContent ?? '';
    expect(JSON.parse(data)).to.deep.equal(JSON.parse(JSON.stringify(koreanPeninsula)));
  });

  it('waits for a long list to be drawn to its end', async () => {
    const doc = await page(await staticTimelineHTML(flagshipTimes(30)));
    const root = doc.querySelector('[data-diplo-static]')?.shadowRoot;
    expect(root?.querySelectorAll('li.event')).to.have.length(FLAGSHIP_AS_RAN * 30);
  });

  it('keeps data text as text', async () => {
    const hostile = '<img src=x onerror="window.parent.__hostile = true"></script>';
    const draft = { ...koreanPeninsula, title: hostile };
    const doc = await page(await staticTimelineHTML(draft));
    const root = doc.querySelector('[data-diplo-static]')?.shadowRoot;
    await waitUntil(() => root?.textContent?.includes('onerror'), 'the title shows as text');
    expect(root?.querySelector('img[src="x"]')).to.equal(null);
    expect((window as { __hostile?: boolean }).__hostile).to.equal(undefined);
  });
});
