// Script-injection corpus (test/fixtures/hostile-data.js) against every element and entry
// point: <diplo-timeline> in both layouts with a card open, <diplo-event> given raw data,
// an object that merely looks parsed, and inline JSON, and a server-rendered page as it
// hydrates. In Chromium: no script runs, no request leaves for another host, nothing
// navigates, no `on*` attribute, no element born of data, and every href and src is http(s).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/diplo-timeline/define.js';
import '../../src/components/diplo-event/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';
import type { DiploEvent } from '../../src/components/diplo-event/diplo-event.js';
import { parseTimeline } from '../../src/model/index.js';
import { settle } from '../../src/test-support/settle.js';
import { PAYLOADS, hostileActors, hostileDocument, hostileEvent, parsedLookingEvent } from '../fixtures/hostile-data.js';

/** Every element in every shadow root below a node. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

/** The tags our own templates use; anything else in a shadow root would have come from data. */
const OUR_TAGS = new Set(
  'section div p h2 h3 h4 h5 h6 span strong em small ol ul li button details summary code time article figure figcaption blockquote img a diplo-event diplo-axis select option style canvas template'.split(' '),
);

function assertClean(root: Element, win: Window = window) {
  const scope = win as unknown as { __pwned?: number };
  expect(scope.__pwned, 'a payload ran').to.equal(undefined);
  const foreign = win.performance.getEntriesByType('resource').filter((entry) => !entry.name.startsWith(win.location.origin));
  expect(
    foreign.map((entry) => entry.name),
    'requests to other hosts',
  ).to.deep.equal([]);
  const elements = root.shadowRoot ? deepElements(root.shadowRoot) : [];
  expect(elements.length, 'something rendered').to.be.greaterThan(0);
  for (const element of elements) {
    const tag = element.tagName.toLowerCase();
    expect(OUR_TAGS.has(tag), `unexpected <${tag}>`).to.equal(true);
    for (const attribute of element.attributes) expect(attribute.name, `<${tag}>`).to.not.match(/^on/i);
    // What the browser will follow or fetch, resolved: http(s) only.
    if (tag === 'a') {
      const link = element as HTMLAnchorElement;
      expect(link.href, 'href').to.match(/^https?:\/\//);
      if (link.target === '_blank') expect(link.rel).to.contain('noopener');
    }
    if (tag === 'img') expect((element as HTMLImageElement).src, 'img src').to.match(/^https?:\/\//);
    const style = element.getAttribute('style') ?? '';
    expect(style).to.not.match(/url\(|expression|@import/i);
  }
}

describe('script-injection corpus', () => {
  const href = location.href;
  beforeEach(() => {
    delete (window as unknown as { __pwned?: number }).__pwned;
    performance.clearResourceTimings();
  });

  describe('<diplo-timeline>', () => {
    it('vertical: every payload stays text', async () => {
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" show-problems structured-data .data=${hostileDocument()}></diplo-timeline>`);
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[part="card"]').length, 'cards render');
      await el.updateComplete;
      await settle();
      assertClean(el);
      // Every event the data's validation keeps is drawn, as text.
      const kept = parseTimeline(hostileDocument()).timeline.events.length;
      expect(kept, 'events the validation keeps').to.be.greaterThan(PAYLOADS.length / 2);
      expect(el.shadowRoot!.querySelectorAll('li.event')).to.have.length(kept);
      expect(location.href).to.equal(href);
      const jsonLd = el.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
      expect(jsonLd).to.not.match(/<\/?script/i);
    });

    it('horizontal, with a card open: every payload stays text', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px">
        <diplo-timeline layout="horizontal" .data=${hostileDocument()}></diplo-timeline>
      </div>`);
      const el = wrapper.querySelector('diplo-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('li.event'), 'the axis renders', { timeout: 5000 });
      const axis = el.shadowRoot!.querySelector('diplo-axis')!;
      for (const item of axis.shadowRoot!.querySelectorAll<HTMLElement>('li.event')) {
        item.click();
        const title = item.querySelector('.label')?.textContent;
        await waitUntil(() => axis.shadowRoot!.querySelector('[part="detail"] [part="event-title"]')?.textContent === title, 'its card opens');
      }
      await settle();
      assertClean(el);
      expect(location.href).to.equal(href);
    });

    it('data that looks parsed is validated too: no javascript: link, the events kept', async () => {
      const data = { ...hostileDocument(), events: PAYLOADS.map(parsedLookingEvent) };
      const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${data}></diplo-timeline>`);
      await waitUntil(() => el.shadowRoot?.querySelectorAll('li.event').length === PAYLOADS.length, 'every event kept');
      await settle();
      assertClean(el);
      expect(el.problems.some((problem) => problem.path.includes('sources[1].url') && problem.message.includes('javascript:'))).to.equal(true);
    });
  });

  describe('<diplo-event>', () => {
    it('a parsed-looking object is validated, not trusted (the reported javascript: link)', async () => {
      const el = await fixture<DiploEvent>(html`<diplo-event></diplo-event>`);
      el.event = {
        id: 'x',
        title: 't',
        kind: 'other',
        actors: [],
        when: { start: { year: 2019, month: 6, day: 1, precision: 'day', approximate: false } },
        sources: [{ title: 'click me', url: 'javascript:alert(document.domain)' }],
      };
      await el.updateComplete;
      const card = el.shadowRoot!;
      expect(card.querySelector('[part="title"]')?.textContent).to.equal('t');
      expect(card.querySelector('a'), 'no link is drawn').to.equal(null);
      expect(card.textContent).to.contain('click me');
      expect(el.problems.map((problem) => problem.path)).to.include('sources[0].url');
    });

    for (const [name, make] of [
      ['raw data', hostileEvent],
      ['a parsed-looking object', parsedLookingEvent],
    ] as const) {
      it(`${name}: every payload stays text`, async () => {
        for (const [i, payload] of PAYLOADS.entries()) {
          const el = await fixture<DiploEvent>(html`<diplo-event .event=${make(payload, i)} .actors=${hostileActors()}></diplo-event>`);
          await el.updateComplete;
          await settle();
          assertClean(el);
        }
        expect(location.href).to.equal(href);
      });
    }

    it('inline JSON: every payload stays text', async () => {
      for (const [i, payload] of PAYLOADS.entries()) {
        const json = JSON.stringify({ event: hostileEvent(payload, i), actors: hostileActors() }).replace(/</g, '\\u003c');
        const host = document.createElement('div');
        const el = document.createElement('diplo-event');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        el.append(script);
        host.append(el);
        document.body.append(host);
        await el.updateComplete;
        await settle();
        assertClean(el);
        host.remove();
      }
    });
  });

  describe('server rendering', () => {
    it('the server-rendered page, before and after hydration: every payload stays text', async () => {
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '900px';
      document.body.append(frame);
      try {
        frame.src = '/__ssr/flagship.html?data=hostile&scripts=1';
        await waitUntil(() => frame.contentDocument?.querySelector('diplo-timeline')?.shadowRoot?.querySelector('li.event'), 'the page loads', { timeout: 8000 });
        const win = frame.contentWindow!;
        const el = frame.contentDocument!.querySelector('diplo-timeline')!;
        assertClean(el, win);
        await waitUntil(() => (el).hasUpdated, 'it hydrates', { timeout: 8000 });
        await settle();
        assertClean(el, win);
        expect((win as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
