// Deep time in the element: years far beyond JavaScript dates, listed in order and placed on
// one linear axis with 2019.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TimelineDocument } from '../../model/index.js';
import './define.js';
import type { DiploAxis } from './diplo-axis.js';
import type { DiploTimeline } from './diplo-timeline.js';

/** In time order; the data file lists them shuffled. */
const COSMOLOGY: [id: string, when: string | { start: string; end: string }, date: string][] = [
  ['big-bang', '-13799999999', '13,800,000,000 BCE'],
  ['first-stars', '~-13599999999', 'c. 13,600,000,000 BCE'],
  ['sun', { start: '-4599999999', end: '-4499999999' }, '4,600,000,000 – 4,500,000,000 BCE'],
  ['cambrian', '-538799999', '538,800,000 BCE'],
  ['homo-sapiens', '~-299999', 'c. 300,000 BCE'],
  ['glass', '-003499', '3500 BCE'],
  ['hanoi', { start: '2019-02-27', end: '2019-02-28' }, 'February 27–28, 2019'],
  ['osaka', '2019-06-28', 'June 28, 2019'],
];

const SHUFFLED = [3, 7, 0, 5, 1, 6, 2, 4];

const cosmology: TimelineDocument = {
  schemaVersion: 1,
  title: 'From the Big Bang to Osaka',
  asOf: '2019-06-30',
  actors: [],
  events: SHUFFLED.map((i) => {
    const [id, when] = COSMOLOGY[i]!;
    return { id, title: `Event ${id}`, when, kind: 'other' as const, actors: [] };
  }),
};

const order = COSMOLOGY.map(([id]) => id);

describe('<diplo-timeline> in deep time', () => {
  it('lists every event in time order, with its date', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${cosmology}></diplo-timeline>`);
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.event')];
    expect(items.map((li) => li.id)).to.deep.equal(order);
    items.forEach((li, i) => {
      expect(li.textContent?.replace(/\s+/g, ' '), li.id).to.contain(COSMOLOGY[i]![2]);
    });
    // No <time datetime> faked for years HTML cannot write.
    expect(items[0]!.querySelector('time')?.hasAttribute('datetime')).to.equal(false);
    expect(items[7]!.querySelector('time')?.getAttribute('datetime')).to.equal('2019-06-28');
  });

  it('places every event on the horizontal axis, in order, with deep ticks', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <diplo-timeline layout="horizontal" .data=${cosmology}></diplo-timeline>
    </div>`);
    const el = wrapper.querySelector('diplo-timeline')!;
    const axis = await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis'), 'the axis renders', { timeout: 5000 }).then(() => el.shadowRoot!.querySelector<DiploAxis>('diplo-axis')!);
    // The last five lie within a few pixels of one another (the Cambrian's label reaching over
    // the rest) and a lane has three rows: the two that have none are counted beside the lane's name.
    await waitUntil(() => axis.shadowRoot?.querySelectorAll('li.event').length === order.length - 2, 'every event is placed or counted');
    const items = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('li.event')];
    expect(items.map((li) => li.dataset.id)).to.deep.equal(order.slice(0, -2));
    expect(axis.shadowRoot!.querySelector('.lane-label .count')?.textContent).to.equal('+2');
    const viewport = axis.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    // Where each event begins: a point's marker is centred on it, a range's bar starts there.
    const lefts = items.map((li) => {
      const box = li.querySelector('.marker, .bar')!.getBoundingClientRect();
      return li.querySelector('.marker') ? box.left + box.width / 2 : box.left;
    });
    for (const left of lefts) expect(left).to.be.within(viewport.left - 8, viewport.right);
    for (let i = 1; i < lefts.length; i++) expect(lefts[i], order[i]).to.be.at.least(lefts[i - 1]! - 1);
    // Linear: the Big Bang at the far left, the Sun about two thirds of the way to 2019 (3500 BCE, as near as makes no odds).
    const share = (lefts[2]! - lefts[0]!) / (lefts[5]! - lefts[0]!);
    expect(share).to.be.closeTo(9.2 / 13.8, 0.01);

    const ticks = [...axis.shadowRoot!.querySelectorAll('.tick')].map((tick) => tick.textContent?.trim() ?? '');
    expect(ticks).to.include('5,000,000,000 BCE');
    expect(ticks.filter(Boolean).every((label) => /^(?:[\d,]+ BCE|[\d,]+)$/.test(label)), ticks.join(' | ')).to.equal(true);
    expect(axis.shadowRoot!.querySelector('.range')?.textContent).to.match(/^[\d,]+ BCE – [\d,]+$/);
    const styles = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('*')].map((node) => node.getAttribute('style') ?? '');
    expect(styles.join(' ')).to.not.contain('NaN');
  });

  it('zooms to the first years of the universe, year by year', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <diplo-timeline layout="horizontal" .data=${cosmology}></diplo-timeline>
    </div>`);
    const el = wrapper.querySelector('diplo-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelectorAll('li.event').length, 'the axis renders', { timeout: 5000 });
    const axis = el.shadowRoot!.querySelector<DiploAxis>('diplo-axis')!;
    expect(await el.zoomTo('-13799999999', '-13799999994')).to.equal(true);
    await axis.updateComplete;
    const ticks = [...axis.shadowRoot!.querySelectorAll('.tick')].map((tick) => tick.textContent?.trim());
    expect(ticks).to.include.members(['13,800,000,000 BCE', '13,799,999,999 BCE', '13,799,999,998 BCE']);
    expect(axis.shadowRoot!.querySelector('.range')?.textContent).to.equal('13,800,000,000 – 13,799,999,995 BCE');
    const bigBang = axis.shadowRoot!.querySelector<HTMLElement>('li.event[data-id="big-bang"]');
    expect(bigBang, 'the Big Bang is drawn').to.exist;
  });
});
