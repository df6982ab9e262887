// Whole pages that use the standalone bundle (dist/, built by `npm run build`): the
// examples, a host with a strict Content-Security-Policy, a host with hostile CSS.
import { expect, waitUntil } from '@open-wc/testing';
import { FLAGSHIP_AS_RAN, inlineEventCount } from '../../src/test-support/flagship.js';

interface Loaded {
  frame: HTMLIFrameElement;
  win: Window & { __violations?: string[] };
  doc: Document;
}

async function load(url: string, width = 800): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  const win = frame.contentWindow as Loaded['win'];
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error(`${url} did not load`);
  return { frame, win, doc };
}

/** Events a timeline shows, in either layout. */
/** The horizontal view has drawn its first view (the story's last months: the Hanoi summit among them). */
function axisDrawn(timeline: Element | null | undefined): boolean {
  return !!timeline?.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('li.event[data-id="hanoi-summit"]');
}

function eventsIn(timeline: Element | null): number {
  const root = timeline?.shadowRoot;
  const axis = root?.querySelector('diplo-axis')?.shadowRoot;
  return (axis ?? root)?.querySelectorAll('li.event').length ?? 0;
}

describe('pages using the standalone bundle', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });
  const open = async (url: string, width?: number) => {
    const loaded = await load(url, width);
    frames.push(loaded.frame);
    return loaded;
  };

  it('a horizontal timeline draws its axis, and shows the list when the axis cannot be fetched', async () => {
    const { doc } = await open('/test/fixtures/horizontal-page.html', 1000);
    const timeline = doc.querySelector('diplo-timeline');
    await waitUntil(() => axisDrawn(timeline), 'the axis draws', { timeout: 5000 });
    const broken = await open('/__noaxis/test/fixtures/horizontal-page.html', 1000);
    const fallback = broken.doc.querySelector('diplo-timeline') as (HTMLElement & { resolvedLayout: string }) | null;
    await waitUntil(() => fallback?.shadowRoot?.querySelectorAll('[part="list"] li.event').length === FLAGSHIP_AS_RAN, 'the list stands in', { timeout: 5000 });
    expect(fallback?.resolvedLayout).to.equal('vertical');
    expect(fallback?.shadowRoot?.querySelector('diplo-axis')).to.equal(null);
  });

  it('the news-article example shows the flagship timeline, without fetching other languages', async () => {
    const { win, doc } = await open('/examples/news-article.html', 375);
    const timeline = doc.querySelector('diplo-timeline');
    await waitUntil(() => eventsIn(timeline) === FLAGSHIP_AS_RAN, 'the timeline renders', { timeout: 5000 });
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('diplo-timeline.bundle.js'))).to.equal(true);
    expect(loaded.filter((name) => /\/chunks\/(ko|ar|he|ja|zh-CN)-/.test(name))).to.deep.equal([]);
    // Nor the TimelineJS importer, nor hydration support (nothing here was server-rendered).
    expect(loaded.filter((name) => /\/chunks\/(timelinejs|hydrate)-/.test(name))).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.be.at.most(375);
    // Structured data is written by a chunk of its own, loaded when asked for; updateComplete waits for it.
    await (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(doc.querySelector('script[type="application/ld+json"]')).to.exist;
  });

  it("loads a language's words when a timeline asks for them", async () => {
    const { win, doc } = await open('/examples/news-article.html');
    await waitUntil(() => eventsIn(doc.querySelector('diplo-timeline')) > 0, 'first render', { timeout: 5000 });
    const korean = doc.createElement('diplo-timeline');
    korean.setAttribute('lang', 'ko');
    korean.setAttribute('src', '/data/korean-peninsula-2016-2019.json');
    doc.body.append(korean);
    await waitUntil(
      () => win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/ko-')),
      'the Korean words load',
      { timeout: 5000 },
    );
  });

  it('the spreadsheet example reads CSV with the lazy importer chunk, and shows a broken row by row and column', async () => {
    const { win, doc } = await open('/examples/spreadsheet.html', 412);
    const [sheet, preview] = [...doc.querySelectorAll('diplo-timeline')];
    // The preview sheet has three good rows of four; the flagship as the story ran.
    await waitUntil(() => eventsIn(sheet!) === FLAGSHIP_AS_RAN && eventsIn(preview!) === 3, 'both sheets render', { timeout: 5000 });
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/chunks/sheet-'))).to.have.length(1);
    const panel = preview!.shadowRoot!.querySelector('[part="problems"]')?.textContent ?? '';
    expect(panel).to.contain('row 6, Date').and.contain('ambiguous');
    expect(doc.documentElement.scrollWidth).to.be.at.most(412);
  });

  it('the documentation example shows inline data and a card on its own', async () => {
    const { doc } = await open('/examples/docs-page.html');
    const timeline = doc.querySelector('diplo-timeline');
    const inline = inlineEventCount(timeline);
    await waitUntil(() => eventsIn(timeline) === inline, 'the inline timeline renders', { timeout: 5000 });
    const card = doc.querySelector('diplo-event');
    await waitUntil(() => card?.shadowRoot?.textContent?.includes('G20 leaders meet in Osaka'), 'the card renders');
  });

  it('leaves the light-DOM fallback readable when scripts do not run', async () => {
    const sandboxed = document.createElement('iframe');
    sandboxed.setAttribute('sandbox', 'allow-same-origin');
    sandboxed.src = '/examples/docs-page.html';
    document.body.append(sandboxed);
    frames.push(sandboxed);
    await new Promise((resolve) => { sandboxed.addEventListener('load', resolve, { once: true }); });
    const fallback = sandboxed.contentDocument!.querySelector<HTMLElement>('diplo-timeline > p');
    expect(fallback?.textContent).to.contain('Hanoi summit');
    expect(fallback?.offsetHeight).to.be.greaterThan(0);
  });

  it('works under a strict Content-Security-Policy with Trusted Types, with zero violations', async () => {
    const { win, doc } = await open('/test/fixtures/strict-csp.html');
    const [fetched, inline] = [...doc.querySelectorAll('diplo-timeline')];
    await waitUntil(() => axisDrawn(fetched) && eventsIn(inline!) === inlineEventCount(inline), 'both timelines render', { timeout: 5000 });
    await waitUntil(() => inline?.shadowRoot?.querySelector('[part="card"]')?.textContent?.includes('2019년'), 'Korean dates');
    const swatch = inline?.shadowRoot?.querySelector('[part="card"]')?.querySelector<HTMLElement>('[part="actor"]');
    expect(swatch?.style.getPropertyValue('--_actor')).to.equal('#b3261e');
    // The JSON-LD script is written by a chunk loaded after the first paint: wait for it.
    await waitUntil(() => fetched?.querySelector('script[type="application/ld+json"]'), 'the JSON-LD script is written', { timeout: 5000 });
    expect(fetched?.querySelector('script[type="application/ld+json"]')?.textContent).to.contain('ItemList');
    expect(win.__violations).to.deep.equal([]);
  });

  it('is not broken by a host page with aggressive global CSS, and leaves the host as it was', async () => {
    const { doc, win } = await open('/test/fixtures/hostile-host.html', 375);
    const heading = doc.getElementById('page-heading')!;
    const before = win.getComputedStyle(heading).fontSize;
    const timeline = doc.querySelector('diplo-timeline');
    await waitUntil(() => eventsIn(timeline) === FLAGSHIP_AS_RAN, 'the timeline renders', { timeout: 5000 });
    const shadow = timeline!.shadowRoot!;
    const item = shadow.querySelector('li.event')!;
    expect(win.getComputedStyle(item).display).to.equal('list-item');
    expect(win.getComputedStyle(item).float).to.equal('none');
    const card = item.querySelector('[part="card"]')!;
    const title = card.querySelector('[part="event-title"]')!;
    expect(win.getComputedStyle(title).textTransform).to.equal('none');
    expect(parseFloat(win.getComputedStyle(title).fontSize)).to.be.below(60);
    const link = card.querySelector('a')!;
    expect(win.getComputedStyle(link).pointerEvents).to.equal('auto');
    expect(win.getComputedStyle(shadow.querySelector('button')!).display).to.not.equal('none');
    expect(win.getComputedStyle(heading).fontSize).to.equal(before);
    // The host's own 80px heading may overflow; the timeline must not.
    expect(timeline!.scrollWidth).to.be.at.most(timeline!.clientWidth);
    expect(timeline!.getBoundingClientRect().right).to.be.at.most(375);
  });

  it('sets its own text on a page of justified, upper-cased, spaced prose with a 62.5% root font, and keeps the page\'s font', async () => {
    const { doc, win } = await open('/test/fixtures/hostile-host.html', 375);
    const timeline = doc.querySelector('diplo-timeline')!;
    await waitUntil(() => eventsIn(timeline) === FLAGSHIP_AS_RAN, 'the timeline renders', { timeout: 5000 });
    const shadow = timeline.shadowRoot!;
    const card = shadow.querySelector('li.event [part="card"]')!;
    const texts = {
      title: shadow.querySelector<HTMLElement>('[part="title"]')!,
      headline: card.querySelector<HTMLElement>('[part="event-title"]')!,
      date: card.querySelector<HTMLElement>('time')!,
      summary: card.querySelector<HTMLElement>('[part="event-summary"] p')!,
      button: shadow.querySelector<HTMLElement>('[part="view-switch"] button')!,
      showAll: shadow.querySelector<HTMLElement>('[part="show-all"]')!,
    };
    for (const [name, element] of Object.entries(texts)) {
      const style = win.getComputedStyle(element);
      expect([style.textAlign, style.textTransform, style.letterSpacing, style.wordSpacing, style.whiteSpace, style.textIndent, style.fontStyle], name).to.deep.equal([
        element.localName === 'button' ? 'center' : 'start',
        'none',
        'normal',
        '0px',
        'normal',
        '0px',
        'normal',
      ]);
      // What a reader sees: the words as written, not upper-cased.
      expect(element.innerText.trim(), name).to.equal((element.textContent ?? '').replace(/\s+/g, ' ').trim());
      // The newsroom's font comes in.
      expect(style.fontFamily, name).to.contain('Comic Sans MS');
    }
    // Text wraps in the column (the page's prose does not), at the reader's size (the page's 22px).
    expect(texts.summary.getBoundingClientRect().height).to.be.above(2 * parseFloat(win.getComputedStyle(texts.summary).lineHeight));
    expect(parseFloat(win.getComputedStyle(texts.summary).fontSize)).to.be.at.least(0.85 * 22);
    expect(parseFloat(win.getComputedStyle(texts.summary).lineHeight)).to.be.below(2 * parseFloat(win.getComputedStyle(texts.summary).fontSize));
    // Buttons stay buttons a finger can hit, however small the page's rem.
    for (const button of [texts.button, texts.showAll]) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(timeline.scrollWidth).to.be.at.most(timeline.clientWidth);
  });

  it("adds no global listeners for keys or pointers, and no globals beyond Lit's version stamps", async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
    document.body.append(frame);
    frames.push(frame);
    await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
    const win = frame.contentWindow as Window & typeof globalThis;
    const listened: string[] = [];
    for (const target of [win, win.document]) {
      const original = target.addEventListener.bind(target);
      target.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject]) => {
        listened.push(type);
        original(type, ...rest);
      }) as typeof target.addEventListener;
    }
    const globalsBefore = new Set(Object.keys(win));
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = `${location.origin}/dist/diplo-timeline.bundle.js`;
    win.document.head.append(script);
    await waitUntil(() => win.customElements.get('diplo-timeline'), 'the bundle defines the element', { timeout: 5000 });
    const el = win.document.createElement('diplo-timeline');
    win.document.body.append(el);
    el.setAttribute('src', `${location.origin}/data/korean-peninsula-2016-2019.json`);
    await waitUntil(() => eventsIn(el) === FLAGSHIP_AS_RAN, 'it renders', { timeout: 5000 });
    const added = Object.keys(win).filter((key) => !globalsBefore.has(key));
    expect(added.filter((key) => !/^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|litElementHydrateSupport)$/.test(key))).to.deep.equal([]);
    expect(listened.filter((type) => /^(key|pointer|mouse|touch|click|wheel|scroll|focus)/.test(type))).to.deep.equal([]);
  });
});
