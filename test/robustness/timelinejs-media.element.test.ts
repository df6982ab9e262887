// A TimelineJS file loaded by `src` shows its media as its author meant them: images written
// relative to the file's server resolve against the data file, not the page, and a video is a
// link that names its provider, never a frame.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/diplo-timeline/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';

const DATA = '/test/fixtures/data/timelinejs-media.json';

/** The name a link's content gives it: its text and images' alt, less what is hidden from assistive technology. */
function nameFrom(node: Node): string {
  if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') return '';
  if (node instanceof HTMLImageElement) return node.alt;
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(nameFrom).join('');
}

describe('TimelineJS media in <diplo-timeline src>', () => {
  let el: DiploTimeline;
  const card = (id: string) => el.shadowRoot?.querySelector(`li.event[id="${id}"]`);

  // One element for every test (fixture() would remove it after the first).
  before(async () => {
    el = document.createElement('diplo-timeline');
    el.setAttribute('layout', 'vertical');
    el.setAttribute('src', DATA);
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('li.event').length === 18, 'the TimelineJS file loads', { timeout: 5000 });
  });

  after(() => {
    el.remove();
  });

  it("resolves a root-relative image against the data file's server", () => {
    const dataFile = new URL(DATA, document.baseURI);
    expect(card('root-relative')?.querySelector('img')?.getAttribute('src')).to.equal(`${dataFile.origin}/static/img/examples/user-interface/4s.jpg`);
  });

  it('resolves a relative image against the data file, not the page', () => {
    expect(card('relative')?.querySelector('img')?.getAttribute('src')).to.equal(new URL('img/palm.png', new URL(DATA, document.baseURI)).href);
    expect(new URL('img/palm.png', document.baseURI).href).to.not.equal(new URL('img/palm.png', new URL(DATA, document.baseURI)).href);
  });

  it('gives a protocol-relative image https', () => {
    expect(card('protocol-relative')?.querySelector('img')?.getAttribute('src')).to.equal('https://upload.wikimedia.org/wikipedia/commons/3/35/Ipod_1G.png');
  });

  it('shows a YouTube video as a link named "Video on YouTube", never a frame', () => {
    const link = card('youtube')?.querySelector<HTMLAnchorElement>('a[href]');
    expect(link?.getAttribute('href')).to.equal('https://youtu.be/m3-hY-hlhBg');
    expect(nameFrom(link ?? document.createTextNode('')).trim()).to.equal('Video on YouTube');
    expect(link?.querySelector('img')?.getAttribute('src'), 'the thumbnail is its picture').to.equal(new URL('/static/img/thumbs/how-will-i-know.jpg', document.baseURI).href);
    expect(el.shadowRoot?.querySelector('iframe, embed, object, script')).to.equal(null);
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});
