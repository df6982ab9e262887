import { expect, fixture, html } from '@open-wc/testing';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import '../diplo-event/define.js';
import type { DiploEvent } from '../diplo-event/diplo-event.js';
import '../diplo-timeline/define.js';
import type { DiploTimeline } from '../diplo-timeline/diplo-timeline.js';

const event = (summary: string, extra: Record<string, unknown> = {}) => ({
  id: 'hanoi',
  title: 'Hanoi summit',
  when: '2019-02-28',
  kind: 'summit',
  actors: [],
  summary,
  ...extra,
});

async function card(data: Record<string, unknown>): Promise<ShadowRoot> {
  const el = await fixture<DiploEvent>(html`<diplo-event .event=${data}></diplo-event>`);
  await el.updateComplete;
  return el.shadowRoot!;
}

describe('inline formatting in text', () => {
  it('draws links, emphasis and strong emphasis in a summary', async () => {
    const root = await card(event('Talks **collapsed** [early](https://apnews.com/hanoi), *as feared*.\n\nSee [the report](report.html).'));
    const [first, second] = root.querySelectorAll('[part="summary"] p');
    expect(first?.querySelector('strong')?.textContent).to.equal('collapsed');
    expect(first?.querySelector('em')?.textContent).to.equal('as feared');
    const link = first?.querySelector('a');
    expect(link?.href).to.equal('https://apnews.com/hanoi');
    expect(link?.textContent).to.equal('early');
    expect(link?.rel).to.equal('noopener noreferrer');
    expect(first?.textContent).to.equal('Talks collapsed early, as feared.');
    // Relative addresses resolve as the data's others do (here against the page).
    expect(second?.querySelector('a')?.href).to.equal(new URL('report.html', document.baseURI).href);
  });

  it('draws a link that is not http(s) as its words alone, and HTML in text as text', async () => {
    const root = await card(event('[run](javascript:alert(1)) <img src=x onerror=alert(1)> [data](data:text/html,x)'));
    const p = root.querySelector('[part="summary"] p')!;
    expect(p.querySelectorAll('a, img')).to.have.length(0);
    expect(p.textContent).to.equal('run <img src=x onerror=alert(1)> data');
  });

  it('in quotes and captions too', async () => {
    const root = await card(
      event('x', {
        quotes: [{ text: 'We will *never* give up', speaker: 'Kim' }],
        media: [{ src: 'https://img.example/a.jpg', alt: 'A', caption: 'Photo: [AP](https://apnews.com/)' }],
      }),
    );
    expect(root.querySelector('blockquote em')?.textContent).to.equal('never');
    expect(root.querySelector('figcaption a')?.getAttribute('href')).to.equal('https://apnews.com/');
  });

  it('a light card (far off in a long list) shows the words without the marks', async () => {
    const events = Array.from({ length: 80 }, (_, i) => ({ ...event(`Event **${String(i)}** in [Hanoi](https://a.example)`), id: `e${String(i)}`, when: `2019-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${{ ...koreanPeninsula, events }}></diplo-timeline>`);
    await el.updateComplete;
    const lite = el.shadowRoot!.querySelector('article.lite [part="event-summary"] p');
    expect(lite, 'a light card far off').to.not.equal(null);
    expect(lite?.textContent).to.match(/^Event \d+ in Hanoi$/);
    expect(lite?.querySelector('*')).to.equal(null);
    const summaries = [...el.shadowRoot!.querySelectorAll('[part="event-summary"] p')].map((p) => p.textContent);
    expect(summaries.length).to.be.greaterThan(0);
    for (const text of summaries) expect(text).to.match(/^Event \d+ in Hanoi$/);
  });

  it('is accessible', async () => {
    const el = await fixture<DiploEvent>(html`<diplo-event .event=${event('Talks **collapsed** [early](https://apnews.com/hanoi)')}></diplo-event>`);
    await expect(el).to.be.accessible();
  });
});
