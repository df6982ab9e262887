/**
 * The horizontal view as a graphic: a first view on the story, lanes a reader takes in at
 * once, labels cut short only with the whole title on hover and on focus, and markers that
 * say what they are by their shape.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import type { TimelineDocument } from '../../model/index.js';
import type { DiploAxis } from './diplo-axis.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

async function draw(data: unknown, attrs: { width?: number; start?: string; end?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${attrs.width ?? 1280}px">
    <diplo-timeline layout="horizontal" .data=${data} start=${attrs.start ?? ''} end=${attrs.end ?? ''}></diplo-timeline>
  </div>`);
  const el = wrapper.querySelector<DiploTimeline>('diplo-timeline')!;
  if (!attrs.start) el.removeAttribute('start');
  if (!attrs.end) el.removeAttribute('end');
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('li.event'), 'the axis draws', { timeout: 5000 });
  const axis = el.shadowRoot!.querySelector<DiploAxis>('diplo-axis')!;
  await axis.updateComplete;
  await nextFrame();
  return { el, axis };
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('the horizontal view as a graphic', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  it('opens on what the story is about: the last era up to the as-of date, with everything one press away', async () => {
    const { axis } = await draw(koreanPeninsula);
    const first = axis.range;
    // "After Hanoi" began in February 2019; the story ran on June 18, 2019.
    expect(day(first.start) < '2019-02-01' && day(first.start) > '2019-01-01', day(first.start)).to.equal(true);
    expect(day(first.end) > '2019-06-18' && day(first.end) < '2019-08-01', day(first.end)).to.equal(true);
    const root = axis.shadowRoot!;
    const strip = root.querySelector('.overview')!.getBoundingClientRect();
    const shown = root.querySelector('.window')!.getBoundingClientRect();
    expect(shown.width, 'the overview shows where the window is').to.be.below(strip.width / 4);
    expect(shown.right).to.be.above(strip.left + strip.width * 0.7);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Fit all')!.click();
    await axis.updateComplete;
    expect(day(axis.range.start) < '2016-01-06' && day(axis.range.end) > '2019-12-30').to.equal(true);
    await nextFrame();
    expect(root.querySelector('.window')!.getBoundingClientRect().width).to.be.closeTo(strip.width, 6);
  });

  it('opens on the window the page names with start and end', async () => {
    const { axis } = await draw(koreanPeninsula, { start: '2018-01', end: '2018-12' });
    expect(day(axis.range.start)).to.equal('2018-01-01');
    expect(day(axis.range.end)).to.equal('2019-01-01');
  });

  it("fits the flagship's lanes, every lane's name in sight, on one desktop screen", async () => {
    const { axis } = await draw(koreanPeninsula);
    const root = axis.shadowRoot!;
    const plot = root.querySelector('.viewport')!.getBoundingClientRect();
    expect(plot.height, 'the plot is no taller than a laptop screen leaves room for').to.be.below(680);
    const names = [...root.querySelectorAll('.lane-label')];
    expect(names.length).to.equal(koreanPeninsula.actors.length);
    for (const name of names) {
      const box = name.getBoundingClientRect();
      expect(box.bottom, name.textContent ?? '').to.be.at.most(plot.bottom);
      expect(box.left).to.be.at.least(plot.left);
    }
    // Lane names stay at the plot's start edge while the events pan beneath them.
    const before = names[0]!.getBoundingClientRect().left;
    axis.zoomTo(Date.UTC(2017, 0, 1), Date.UTC(2017, 6, 1));
    await axis.updateComplete;
    expect(root.querySelector('.lane-label')!.getBoundingClientRect().left).to.equal(before);
  });

  it('gives a label cut short its whole title on hover, and shows it whole on focus', async () => {
    const { axis } = await draw(koreanPeninsula, { width: 720 });
    const root = axis.shadowRoot!;
    const cut = [...root.querySelectorAll<HTMLElement>('li.event')].find((li) => li.hasAttribute('title'));
    expect(cut, 'a label cut short at 720 px').to.exist;
    const label = cut!.querySelector<HTMLElement>('.label')!;
    expect(cut!.title).to.equal(label.textContent?.trim());
    // Whatever is drawn, the list item's text is the whole title.
    expect(cut!.textContent).to.contain(cut!.title);
    expect(label.scrollWidth > label.clientWidth + 1 || getComputedStyle(label).clipPath !== 'none').to.equal(true);
    cut!.focus();
    await sendKeys({ press: 'Shift' });
    await axis.updateComplete;
    expect(cut!.matches(':focus-visible')).to.equal(true);
    expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
    expect(getComputedStyle(label).clipPath).to.equal('none');
    // Drawn above its neighbours.
    const box = label.getBoundingClientRect();
    const top = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(cut!.contains(top)).to.equal(true);
  });

  it('tells points, ranges, deadlines and rough dates apart by shape, not colour', async () => {
    const data: TimelineDocument = {
      schemaVersion: 1,
      title: 'Shapes',
      actors: [],
      events: [
        { id: 'point', title: 'A day', when: '2019-01-10', kind: 'meeting', actors: [] },
        { id: 'range', title: 'A week', when: { start: '2019-02-01', end: '2019-03-20' }, kind: 'talks', actors: [] },
        { id: 'deadline', title: 'Due', when: '2019-04-15', kind: 'deadline', actors: [] },
        { id: 'rough', title: 'About then', when: '~2019-05', kind: 'statement', actors: [] },
        { id: 'short', title: 'Two days', when: { start: '2019-06-01', end: '2019-06-02' }, kind: 'visit', actors: [] },
      ],
    };
    const { axis } = await draw(data);
    const root = axis.shadowRoot!;
    const mark = (id: string) => root.querySelector<HTMLElement>(`li.event[data-id="${id}"] :is(.marker, .bar)`)!;
    const style = (id: string) => getComputedStyle(mark(id));
    const box = (id: string) => mark(id).getBoundingClientRect();
    // A point: a circle.
    expect(style('point').borderRadius).to.equal('50%');
    expect(box('point').width).to.equal(box('point').height);
    // A deadline: a square turned to a diamond.
    expect(style('deadline').transform).to.not.equal('none');
    expect(style('deadline').borderRadius).to.equal('0px');
    // A rough date: an oval, wider than high.
    expect(box('rough').width).to.be.above(box('rough').height * 1.5);
    // A range: a bar from start to end with a cap at each end.
    expect(mark('range').classList.contains('bar')).to.equal(true);
    expect(parseFloat(style('range').borderLeftWidth)).to.be.at.least(2);
    expect(parseFloat(style('range').borderRightWidth)).to.be.at.least(2);
    expect(box('range').width).to.be.above(20);
    // Zoomed right out, a range of two days still shows both its ends.
    axis.zoomTo(Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1));
    await axis.updateComplete;
    expect(box('short').width).to.be.at.least(6);
    expect(box('short').width).to.be.below(box('range').width);
  });
});
