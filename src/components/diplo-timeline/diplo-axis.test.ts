import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import type { TimelineDocument } from '../../model/index.js';
import type { DiploAxis, DiploRangeChangeDetail } from './diplo-axis.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

/** The horizontal view of `data`, showing everything (`fit`), or its first view. */
async function horizontal(data: unknown = koreanPeninsula, attrs = html``, { fit = true } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
    <diplo-timeline layout="horizontal" .data=${data}>${attrs}</diplo-timeline>
  </div>`);
  const el = wrapper.querySelector('diplo-timeline')!;
  await el.updateComplete;
  const axis = await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis'), 'the axis renders', { timeout: 5000 }).then(() => el.shadowRoot!.querySelector('diplo-axis')!);
  await waitUntil(() => axis.shadowRoot?.querySelectorAll('li.event').length, 'events render');
  if (fit) {
    await el.fit();
    await axis.updateComplete;
  }
  return { el, axis, wrapper };
}

function items(axis: DiploAxis): HTMLElement[] {
  return [...axis.shadowRoot!.querySelectorAll<HTMLElement>('li.event')];
}

function span(axis: DiploAxis): number {
  return axis.range.end - axis.range.start;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

describe('<diplo-timeline layout="horizontal">', () => {
  it('draws every event on a time axis, in time order, one list item each', async () => {
    const { axis } = await horizontal();
    const list = items(axis);
    // Zoomed out, events with no room are counted beside their lane's name.
    expect(list.length).to.be.within(15, koreanPeninsula.events.length - 3);
    expect(axis.shadowRoot!.querySelector('.lane-label .count')?.textContent).to.match(/^\+\d+$/);
    expect(list[0]?.textContent).to.contain('January 6, 2016').and.contain('fourth nuclear test');
    expect(axis.shadowRoot!.querySelectorAll('.tick').length).to.be.greaterThan(2);
    const lanes = [...axis.shadowRoot!.querySelectorAll('.lane-label')].map((label) => label.textContent?.replace(/\s*\+\d+$/, ''));
    expect(lanes.slice(0, 3)).to.deep.equal(['North Korea', 'U.S.', 'China']);
    // An event with several actors appears in each lane, the copies hidden from assistive technology.
    expect(axis.shadowRoot!.querySelectorAll('.echo').length).to.be.greaterThan(0);
    expect(axis.shadowRoot!.querySelector('.echo')?.closest('[aria-hidden="true"]')).to.exist;
  });

  it('draws a dense timeline with bounded rows: dots for what has no room, every event still reachable by keyboard', async () => {
    const dense: TimelineDocument = {
      schemaVersion: 1,
      title: 'Dense',
      actors: [{ id: 'kp', name: 'North Korea', kind: 'state' }],
      events: Array.from({ length: 1500 }, (_, i) => ({
        id: `d${String(i)}`,
        title: `Dense event number ${String(i)} with a fairly long headline`,
        when: new Date(Date.UTC(2018, 0, 1) + i * 3_600_000 * 5).toISOString().slice(0, 16) + 'Z',
        kind: 'talks' as const,
        actors: ['kp'],
      })),
    };
    const { axis } = await horizontal(dense);
    const labelled = items(axis).length;
    expect(labelled, 'labelled events at the widest view').to.be.within(3, 400);
    expect(axis.shadowRoot!.querySelectorAll('.more').length).to.be.greaterThan(0);
    expect(axis.shadowRoot!.querySelector('.more')?.closest('[aria-hidden="true"]')).to.exist;
    const lane = axis.shadowRoot!.querySelector<HTMLElement>('.lane')!;
    expect(lane.getBoundingClientRect().height, 'rows are bounded').to.be.below(18 * 36 + 30);
    // An event that had no row is drawn, labelled and focused when the keyboard reaches it.
    const hidden = dense.events.map((e) => e.id).find((id) => !items(axis).some((li) => li.dataset.id === id))!;
    expect(await axis.focusEvent(hidden)).to.equal(true);
    await axis.updateComplete;
    expect(axis.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(hidden);
    // Zoomed in, the same events get rows of their own.
    axis.zoomTo(Date.UTC(2018, 0, 1), Date.UTC(2018, 0, 2));
    await axis.updateComplete;
    expect(axis.shadowRoot!.querySelectorAll('.more').length).to.equal(0);
  });

  it('never lets labels overlap', async () => {
    const { axis } = await horizontal();
    const boxes = [...axis.shadowRoot!.querySelectorAll('.event .label, .echo .label')].map((label) => label.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(15);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).to.equal(false);
      }
    }
  });

  it('zooms with the buttons and fits all again', async () => {
    const { axis } = await horizontal();
    const all = span(axis);
    const zoomIn = axis.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
    setTimeout(() => {
      zoomIn.click();
    });
    const change = await oneEvent<CustomEvent<DiploRangeChangeDetail>>(axis, 'diplo-range-change');
    expect(change.detail.end - change.detail.start).to.be.closeTo(all / 1.5, all * 0.01);
    axis.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom out"]')!.click();
    axis.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom out"]')!.click();
    expect(span(axis)).to.be.greaterThan(all);
    [...axis.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Fit all')!.click();
    expect(span(axis)).to.be.closeTo(all, all * 0.001);
  });

  it('zooms with Ctrl + wheel, pans with a sideways wheel, and leaves vertical scrolling to the page', async () => {
    const { axis } = await horizontal();
    const viewport = axis.shadowRoot!.querySelector('.viewport')!;
    const box = viewport.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + 50, bubbles: true, cancelable: true, composed: true };
    const before = span(axis);
    const zoom = new WheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true });
    viewport.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(span(axis)).to.be.lessThan(before);
    const start = axis.range.start;
    const pan = new WheelEvent('wheel', { ...at, deltaX: 120 });
    viewport.dispatchEvent(pan);
    expect(pan.defaultPrevented).to.equal(true);
    expect(axis.range.start).to.be.greaterThan(start);
    const scroll = new WheelEvent('wheel', { ...at, deltaY: 120 });
    viewport.dispatchEvent(scroll);
    expect(scroll.defaultPrevented, 'the page keeps its vertical scroll').to.equal(false);
  });

  it('pans by dragging with the mouse', async () => {
    const { axis } = await horizontal();
    axis.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await axis.updateComplete;
    const box = axis.shadowRoot!.querySelector('.ticks')!.getBoundingClientRect();
    const start = axis.range.start;
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'up' });
    expect(axis.range.start).to.be.greaterThan(start);
  });

  it('zooms with a pinch', async () => {
    const { axis } = await horizontal();
    const viewport = axis.shadowRoot!.querySelector('.viewport')!;
    const box = viewport.getBoundingClientRect();
    const before = span(axis);
    const touch = (type: string, id: number, x: number) =>
      viewport.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: box.left + x, clientY: box.top + 40, bubbles: true, composed: true }));
    touch('pointerdown', 11, 400);
    touch('pointerdown', 12, 500);
    touch('pointermove', 12, 700);
    touch('pointerup', 11, 400);
    touch('pointerup', 12, 700);
    expect(span(axis)).to.be.closeTo(before / 3, before * 0.01);
  });

  it('moves between events with the keyboard, zooms with + and −, opens the card beside the axis', async () => {
    const { el, axis } = await horizontal();
    const list = items(axis);
    expect(list.filter((li) => li.tabIndex === 0)).to.have.length(1);
    list[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await axis.updateComplete;
    expect(axis.shadowRoot!.activeElement?.textContent).to.contain('Security Council widens sanctions');
    const before = span(axis);
    await sendKeys({ press: '+' });
    expect(span(axis)).to.be.lessThan(before);
    await sendKeys({ press: 'End' });
    await axis.updateComplete;
    const last = axis.shadowRoot!.activeElement as HTMLElement;
    expect(last.textContent).to.contain("Kim's deadline");
    const box = last.getBoundingClientRect();
    const viewport = axis.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(viewport.left - 1);
    expect(box.left).to.be.at.most(viewport.right);
    setTimeout(() => {
      void sendKeys({ press: 'Enter' });
    });
    const selected = await oneEvent(el, 'diplo-select');
    expect((selected as CustomEvent<{ id: string }>).detail.id).to.equal('year-end-deadline');
    await axis.updateComplete;
    const card = axis.shadowRoot!.querySelector('[part="detail"] [part="card"]')!;
    expect(card).to.exist;
    expect(card.getBoundingClientRect().top, 'the card does not cover the axis').to.be.at.least(viewport.bottom);
  });

  it('closes the card with its Close button and with Escape', async () => {
    const { axis } = await horizontal();
    const root = axis.shadowRoot!;
    items(axis)[2]!.click();
    await axis.updateComplete;
    expect(root.querySelector('[part="detail"] [part="event-title"]')?.textContent).to.equal(items(axis)[2]!.querySelector('.label')?.textContent);
    root.querySelector<HTMLButtonElement>('[part="detail"] button')!.click();
    await axis.updateComplete;
    expect(root.querySelector('[part="detail"]')).to.equal(null);
    items(axis)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await axis.updateComplete;
    expect(root.querySelector('[part="detail"]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await axis.updateComplete;
    expect(root.querySelector('[part="detail"]')).to.equal(null);
  });

  it('draws the card itself, needing no other element, with the list cards\' parts', async () => {
    const { axis } = await horizontal();
    await axis.selectEvent('hanoi-summit');
    const detail = axis.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector('diplo-event')).to.equal(null);
    expect(detail.querySelector('article[part="card"] h3[part="event-title"]')?.textContent).to.contain('Hanoi summit');
    expect(detail.querySelector('[part="event-summary"]')?.textContent).to.contain('Trump');
    // The card's own label ("Sources") keeps the card's look, not the axis labels'.
    const sources = detail.querySelector<HTMLElement>('.sources > .label')!;
    expect(getComputedStyle(sources).textTransform).to.equal('uppercase');
    expect(getComputedStyle(axis.shadowRoot!.querySelector('.event > .label')!).textTransform).to.equal('none');
  });

  it('lets page CSS style the horizontal view and its card through exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = [
      'diplo-timeline::part(axis-toolbar) { background-color: rgb(1, 2, 3); }',
      'diplo-timeline::part(axis-event) { color: rgb(4, 5, 6); }',
      'diplo-timeline::part(axis-lane-label) { color: rgb(7, 8, 9); }',
      'diplo-timeline::part(axis-detail) { border-color: rgb(10, 11, 12); }',
      'diplo-timeline::part(event-title) { color: rgb(13, 14, 15); }',
    ].join('\n');
    document.head.append(style);
    try {
      const { axis } = await horizontal();
      await axis.selectEvent('hanoi-summit');
      const root = axis.shadowRoot!;
      const css = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      expect(css('.toolbar').backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(css('li.event').color).to.equal('rgb(4, 5, 6)');
      expect(css('.echo').color).to.equal('rgb(4, 5, 6)');
      expect(css('.lane-label').color).to.equal('rgb(7, 8, 9)');
      expect(css('.detail').borderTopColor).to.equal('rgb(10, 11, 12)');
      expect(css('.detail .headline').color).to.equal('rgb(13, 14, 15)');
    } finally {
      style.remove();
    }
  });

  it('keeps one tab stop among the events after the focused one leaves the window', async () => {
    const { axis } = await horizontal();
    items(axis)[0]!.focus();
    await axis.updateComplete;
    axis.zoomTo(Date.UTC(2019, 0, 1), Date.UTC(2019, 5, 1));
    await axis.updateComplete;
    expect(items(axis).some((li) => li.dataset.id === koreanPeninsula.events[0]?.id), 'the focused event is far away').to.equal(false);
    expect(items(axis).filter((li) => li.tabIndex === 0)).to.have.length(1);
  });

  it('zooms to dates with zoomTo() and back with fit()', async () => {
    const { el, axis } = await horizontal();
    const all = axis.range;
    expect(await el.zoomTo('2018-01', '2018-12')).to.equal(true);
    await axis.updateComplete;
    expect(new Date(axis.range.start).toISOString().slice(0, 10)).to.equal('2018-01-01');
    expect(new Date(axis.range.end).toISOString().slice(0, 10)).to.equal('2019-01-01');
    // What lies in the viewport is 2018's: an event's start is its marker's centre, or its bar's start.
    const viewport = axis.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    const inView = items(axis).filter((li) => {
      const box = li.querySelector('.marker, .bar')!.getBoundingClientRect();
      const start = li.querySelector('.marker') ? box.left + box.width / 2 : box.left;
      return start > viewport.left + 1 && start < viewport.right - 1;
    });
    expect(inView.length).to.be.greaterThan(3);
    for (const li of inView) expect(li.textContent, li.dataset.id).to.contain('2018');
    expect(items(axis).length, 'drawn beyond the window too, for panning').to.be.greaterThan(inView.length);
    expect(await el.fit()).to.equal(true);
    await axis.updateComplete;
    expect(axis.range.start).to.be.closeTo(all.start, 1);
    expect(axis.range.end).to.be.closeTo(all.end, 1);
    expect(axis.range.start).to.be.below(Date.UTC(2016, 0, 6));
    expect(axis.range.end).to.be.above(Date.UTC(2019, 11, 31));
  });

  it("keeps the reader's zoom when the timeline renders again with the same events", async () => {
    const { el, axis } = await horizontal();
    await el.zoomTo('2018-01', '2018-12');
    await axis.updateComplete;
    const before = axis.range;
    el.requestUpdate();
    await el.updateComplete;
    await axis.updateComplete;
    expect(axis.range).to.deep.equal(before);
  });

  it('focuses an event by id, panning to it', async () => {
    const { el, axis } = await horizontal();
    await el.zoomTo('2016-01', '2016-06');
    expect(await el.focusEvent('hanoi-summit')).to.equal(true);
    expect(axis.shadowRoot!.activeElement?.textContent).to.contain('Hanoi summit');
  });

  it('switches with layout="auto" as the element is resized', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><diplo-timeline .data=${koreanPeninsula}></diplo-timeline></div>`);
    const el = wrapper.querySelector('diplo-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis'), 'horizontal when wide', { timeout: 5000 });
    expect(el.resolvedLayout).to.equal('horizontal');
    wrapper.style.inlineSize = '500px';
    await waitUntil(() => el.shadowRoot?.querySelector('[part="list"] [part="card"]'), 'vertical when narrow');
    expect(el.resolvedLayout).to.equal('vertical');
  });

  it('runs right to left in right-to-left languages', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px" lang="ar" dir="rtl">
      <diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline>
    </div>`);
    const el = wrapper.querySelector('diplo-timeline')!;
    // Arabic words and the axis arrive first (chunks of their own): allow them the time.
    await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelectorAll('li.event').length, 'renders', { timeout: 5000 });
    const axis = el.shadowRoot!.querySelector('diplo-axis')!;
    await el.fit();
    await axis.updateComplete;
    const list = items(axis);
    expect(list[0]!.getBoundingClientRect().left).to.be.greaterThan(list.at(-1)!.getBoundingClientRect().left);
    // ArrowLeft moves forward in time when the axis runs right to left.
    list[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await axis.updateComplete;
    expect(axis.shadowRoot!.activeElement?.textContent).to.contain('Security Council widens sanctions');
  });

  it('has no NaN for an empty timeline or all events on one date', async () => {
    const oneDay: TimelineDocument = {
      schemaVersion: 1,
      title: 'One day',
      actors: [],
      events: ['a', 'b', 'c'].map((id) => ({ id, title: `Event ${id}`, when: '2019-06-20', kind: 'meeting' as const, actors: [] })),
    };
    const { axis } = await horizontal(oneDay);
    const styles = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('*')].map((node) => node.getAttribute('style') ?? node.style.cssText);
    expect(styles.join(' ')).to.not.contain('NaN');
    expect(new Set(items(axis).map((li) => li.getBoundingClientRect().top)).size, 'stacked, not on top of each other').to.equal(3);
    const empty = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${{ schemaVersion: 1, title: 'x', actors: [], events: [] }}></diplo-timeline>`);
    expect(empty.shadowRoot?.querySelector('[part="empty"]')).to.exist;
  });

  it("marks the story's date with a line, in the view as the story ran only", async () => {
    const { el, axis } = await horizontal();
    await el.zoomTo('2019-01', '2019-12');
    await axis.updateComplete;
    const line = axis.shadowRoot!.querySelector('.as-of');
    expect(line?.textContent).to.contain('As of June 18, 2019');
    const x = line!.getBoundingClientRect().left;
    const at = (id: string) => axis.shadowRoot!.querySelector(`li.event[data-id="${id}"] :is(.marker, .bar)`)!.getBoundingClientRect().left;
    expect(at('hanoi-summit')).to.be.below(x);
    expect(at('year-end-deadline')).to.be.above(x);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-switch"] button')[1]!.click();
    await el.updateComplete;
    await axis.updateComplete;
    expect(axis.shadowRoot!.querySelector('.as-of')).to.equal(null);
  });

  it('marks today on the axis with show-today', async () => {
    const data: TimelineDocument = {
      schemaVersion: 1,
      title: 'Around today',
      actors: [],
      events: [
        { id: 'past', title: 'Last year', when: String(new Date().getFullYear() - 1), kind: 'other', actors: [] },
        { id: 'next', title: 'Next year', when: String(new Date().getFullYear() + 1), kind: 'other', actors: [] },
      ],
    };
    const { axis } = await horizontal(data);
    expect(axis.shadowRoot!.querySelector('.today')).to.equal(null);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><diplo-timeline layout="horizontal" show-today .data=${data}></diplo-timeline></div>`);
    const el = wrapper.querySelector('diplo-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('.today'), 'the today line', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('diplo-axis')!.shadowRoot!.querySelector('.today')?.textContent).to.contain('Today');
  });

  it('is accessible', async () => {
    const { el, axis } = await horizontal();
    await expect(el).to.be.accessible();
    items(axis)[3]!.click();
    await axis.updateComplete;
    await expect(el).to.be.accessible();
  });
});
