// Unicode as newsrooms receive it: right-to-left names and bidi controls, Korean, Chinese
// and Japanese, combining marks, emoji sequences, invisible-only titles, lone surrogates,
// and words too long for a phone. Shown as written, isolated from the interface, counted
// as missing when invisible, and never wider than a 320 px screen.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/diplo-timeline/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt'.repeat(3);
const LONG_URL = `https://example.org/${'a'.repeat(300)}`;

const doc = {
  schemaVersion: 1,
  title: 'Unicode',
  asOf: '2020-01-01',
  actors: [
    { id: 'kp', name: '조선민주주의인민공화국', shortName: '북한', kind: 'state' },
    { id: 'cn', name: '中华人民共和国', shortName: '中国', kind: 'state' },
    { id: 'jp', name: '日本国', kind: 'state' },
    { id: 'ir', name: 'جمهوری اسلامی ایران', kind: 'state' },
  ],
  events: [
    { id: 'rtl', title: 'وزير الخارجية يصل إلى بيونغ يانغ', when: '2019-06-01', kind: 'visit', actors: ['ir'] },
    // An override that is never closed must not flip the date or the next card.
    { id: 'bidi', title: 'Envoy \u202Eslaw\u202D talks \u202E', when: '2019-06-02', kind: 'talks', actors: ['kp', 'cn'] },
    { id: 'cjk', title: '남북정상회담 판문점 선언 · 板门店宣言 · 板門店宣言', when: '2019-06-03', kind: 'summit', actors: ['kp', 'jp'] },
    { id: 'combining', title: 'Zoe\u0308 and Ame\u0301lie meet in Ha\u0300 No\u0302\u0323i', when: '2019-06-04', kind: 'meeting', actors: [] },
    { id: 'emoji', title: 'Medics 👩🏽‍⚕️ and flags 🇰🇷🇰🇵 at the border 🏳️‍🌈', when: '2019-06-05', kind: 'statement', actors: [] },
    { id: 'surrogate', title: 'A broken character \ud800 in the middle', when: '2019-06-06', kind: 'other', actors: [] },
    {
      id: 'long',
      title: LONG_WORD,
      when: '2019-06-07',
      kind: 'other',
      actors: [],
      summary: `${LONG_WORD} ${LONG_URL}`,
      sources: [{ title: LONG_WORD, url: LONG_URL, publisher: LONG_WORD }],
      location: { name: LONG_WORD },
    },
    { id: 'invisible', title: '\u200b\u200d\u2060 \u3164', when: '2019-06-08', kind: 'other', actors: [] },
  ],
};

describe('unicode in the data', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every visible title as written, isolated from the interface; an invisible one is missing', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${doc}></diplo-timeline>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const titleOf = (id: string) => root.getElementById(id)?.querySelector('[part="event-title"]');
    expect([...root.querySelectorAll('li.event')].map((li) => li.id)).to.deep.equal(['rtl', 'bidi', 'cjk', 'combining', 'emoji', 'surrogate', 'long']);
    expect(el.problems.find((p) => p.eventId === 'invisible')?.message).to.match(/invisible/);

    // Composed (NFC), emoji sequences whole, a lone surrogate repaired to U+FFFD.
    expect(titleOf('combining')?.textContent).to.equal('Zoë and Amélie meet in Hà Nội');
    expect(titleOf('emoji')?.textContent).to.equal('Medics 👩🏽‍⚕️ and flags 🇰🇷🇰🇵 at the border 🏳️‍🌈');
    expect(titleOf('surrogate')?.textContent).to.equal('A broken character \uFFFD in the middle');
    expect(titleOf('cjk')?.textContent).to.contain('판문점').and.contain('板门店');

    // Data text takes its direction from its own content and is isolated from what is around it.
    for (const id of ['rtl', 'bidi']) {
      const title = titleOf(id)!;
      expect(title.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(title).unicodeBidi).to.equal('isolate');
      expect(getComputedStyle(title).direction).to.equal(id === 'rtl' ? 'rtl' : 'ltr');
    }
    // The unclosed override stays inside its heading: the date after it reads left to right.
    const date = root.getElementById('bidi')!.querySelector('time')!;
    expect(getComputedStyle(date).direction).to.equal('ltr');
    expect(date.textContent).to.equal('June 2, 2019');
    const names = [...root.getElementById('cjk')!.querySelectorAll('[part="actor"]')].map((a) => a.textContent?.trim());
    expect(names).to.deep.equal(['북한', '日本国']);
    for (const actor of root.getElementById('rtl')!.querySelectorAll('[part="actor"]')) expect(actor.getAttribute('dir')).to.equal('auto');
  });

  it('breaks words too long for a 320 px screen, in the list and in the card', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<DiploTimeline>(html`<diplo-timeline .data=${doc}></diplo-timeline>`);
    await el.updateComplete;
    expect(el.resolvedLayout).to.equal('vertical');
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    const long = el.shadowRoot!.getElementById('long')!;
    expect(long.scrollWidth).to.be.at.most(long.clientWidth + 1);
    for (const part of long.querySelectorAll('[part="event-title"], [part="event-summary"], [part="sources"], [part="location"]')) {
      expect(part.getBoundingClientRect().right, part.getAttribute('part') ?? '').to.be.at.most(320);
    }
  });
});
