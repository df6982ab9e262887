// Script-injection corpus: payloads from the public XSS cheat sheets in every text, URL,
// colour, id and media field. In Chromium, in both layouts and with a card open: no script
// runs, no request leaves for another host, no navigation, no `on*` attribute and no
// element born of data in any shadow root.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/diplo-timeline/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';

const BEACON = 'https://evil.invalid/beacon';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<img src=x onerror="window.__pwned=1">',
  '<svg/onload=window.__pwned=1>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1></style></mglyph></table></mtext></math>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">x</a>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' \tjava\nscript:window.__pwned=1',
  'java&#x09;script:window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  '%6A%61%76%61%73%63%72%69%70%74:window.__pwned=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg onload=window.__pwned=1>',
  'vbscript:msgbox(1)',
  `url(${BEACON})`,
  `red;background:url(${BEACON})`,
  `@import "${BEACON}";`,
  'expression(window.__pwned=1)',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<style>*{background:url(' + BEACON + ')}</style>',
  '<link rel=stylesheet href=' + BEACON + '>',
  '<base href=' + BEACON + '>',
  '<meta http-equiv=refresh content="0;url=' + BEACON + '">',
  '<form action=' + BEACON + '><button>x</button></form>',
  '<object data=' + BEACON + '></object>',
  '<embed src=' + BEACON + '>',
  '<details open ontoggle=window.__pwned=1>',
  '\u202E<script>window.__pwned=1</script>',
];

function hostileDocument(): unknown {
  return {
    schemaVersion: 1,
    title: PAYLOADS[0],
    summary: PAYLOADS[1],
    asOf: '2019-06-18',
    locale: PAYLOADS[2],
    actors: PAYLOADS.map((payload, i) => ({ id: `a${String(i)}`, name: payload, shortName: payload, color: payload, kind: 'state' })),
    eras: [{ id: 'era', title: PAYLOADS[3], start: '2016', end: '2019', summary: PAYLOADS[4] }],
    events: PAYLOADS.map((payload, i) => ({
      id: i % 3 === 0 ? payload : `e${String(i)}`,
      title: `${payload} ${String(i)}`,
      when: `2016-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      kind: i % 5 === 0 ? payload : 'statement',
      actors: [`a${String(i)}`, payload],
      status: i % 4 === 0 ? payload : undefined,
      summary: payload,
      location: { name: payload, country: payload },
      quotes: [{ text: payload, speaker: payload, role: payload, lang: payload, source: { title: payload, url: payload, publisher: payload } }],
      sources: [
        { title: payload, url: payload, publisher: payload, published: payload },
        { title: 'ok', url: 'https://example.org/ok' },
      ],
      media: [{ src: payload, alt: payload, credit: payload, caption: payload }],
      related: [{ id: payload, relation: 'follows' }, { id: `e${String((i + 1) % PAYLOADS.length)}`, relation: payload }],
      tags: [payload],
      importance: payload,
    })),
  };
}

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
  'section div p h2 h3 h4 h5 h6 span strong small ol ul li button details summary code time article figure figcaption blockquote img a diplo-event diplo-axis select option style'.split(' '),
);

function assertClean(el: DiploTimeline) {
  const win = window as unknown as { __pwned?: number };
  expect(win.__pwned, 'a payload ran').to.equal(undefined);
  const foreign = performance.getEntriesByType('resource').filter((entry) => !entry.name.startsWith(location.origin));
  expect(foreign.map((entry) => entry.name), 'requests to other hosts').to.deep.equal([]);
  for (const element of deepElements(el)) {
    const tag = element.tagName.toLowerCase();
    if (element.closest('diplo-timeline') === el && element.parentElement === el) continue; // light DOM children
    expect(OUR_TAGS.has(tag), `unexpected <${tag}>`).to.equal(true);
    for (const attribute of element.attributes) expect(attribute.name, `<${tag}>`).to.not.match(/^on/i);
    if (tag === 'a') {
      expect(element.getAttribute('href')).to.match(/^(https?:\/\/|#)/);
      if (element.getAttribute('target') === '_blank') expect(element.getAttribute('rel')).to.contain('noopener');
    }
    if (tag === 'img') expect(element.getAttribute('src')).to.match(/^https?:\/\//);
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

  it('vertical: every payload stays text', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" show-problems structured-data .data=${hostileDocument()}></diplo-timeline>`);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[part="card"]').length, 'cards render');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    assertClean(el);
    expect(el.shadowRoot!.querySelectorAll('li.event').length).to.be.greaterThan(PAYLOADS.length / 2);
    expect(location.href).to.equal(href);
    const jsonLd = el.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect(jsonLd).to.not.match(/<\/?script/i);
  });

  it('horizontal, with a card open: every payload stays text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px">
      <diplo-timeline layout="horizontal" .data=${hostileDocument()}></diplo-timeline>
    </div>`);
    const el = wrapper.querySelector('diplo-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('li.event'), 'the axis renders');
    const axis = el.shadowRoot!.querySelector('diplo-axis')!;
    axis.shadowRoot!.querySelector<HTMLElement>('li.event')!.click();
    await waitUntil(() => axis.shadowRoot!.querySelector('[part="detail"] diplo-event')?.shadowRoot?.textContent, 'the card opens');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assertClean(el);
    expect(location.href).to.equal(href);
  });
});
