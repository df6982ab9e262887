import { expect } from '@open-wc/testing';
import { when } from '../test-support/dates.js';
import {
  BAND,
  DOT_PX,
  LABEL_MAX_PX,
  MAX_ROWS,
  SHARED_LANE,
  LABEL_MIN_PX,
  axisLayout,
  fitLabels,
  laneHeightRows,
  placeEvents,
  stackRows,
  visibleItems,
  zoomBand,
  type Placement,
} from './axis-layout.js';
import { DAY_MS } from './scale.js';
import type { Actor, TimelineEvent } from './schema.js';

const actors: Actor[] = [
  { id: 'kp', name: 'North Korea', kind: 'state' },
  { id: 'us', name: 'United States', shortName: 'U.S.', kind: 'state' },
  { id: 'cn', name: 'China', kind: 'state' },
  { id: 'ru', name: 'Russia', kind: 'state' },
];

function event(id: string, start: string, options: { end?: string; actors?: string[]; title?: string; kind?: TimelineEvent['kind'] } = {}): TimelineEvent {
  return { id, title: options.title ?? `Event ${id}`, when: when(start, options.end), kind: options.kind ?? 'meeting', actors: options.actors ?? [] };
}

/** Every title 100 px wide, unless a test says otherwise. */
const width100 = () => 100;

/** Pixels per millisecond that show `days` days in 1,000 pixels. */
const zoomFor = (days: number) => 1000 / (days * DAY_MS);

/** A deterministic stream of numbers in [0, 1) (no test depends on Math.random). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('placeEvents', () => {
  it('gives each actor with events a lane, in the order of the actors, then a shared lane for the rest', () => {
    const events = [
      event('a', '2018-01-01', { actors: ['kp'] }),
      event('b', '2018-02-01', { actors: ['us', 'kp'] }),
      event('c', '2018-03-01'),
      event('d', '2018-04-01', { actors: ['nobody'] }),
    ];
    const { lanes, placements } = placeEvents(events, actors, { labelWidth: width100 });
    expect(lanes.map((lane) => lane.key)).to.deep.equal(['kp', 'us', SHARED_LANE]);
    expect(lanes[1]?.actor?.shortName).to.equal('U.S.');
    const where = placements.map((p) => `${p.event.id}@${String(p.lane)}${p.primary ? '' : ' echo'}`);
    // An event with several actors is in each of their lanes; the first actor's is its primary.
    expect(where).to.deep.equal(['a@0', 'b@0 echo', 'b@1', 'c@2', 'd@2']);
  });

  it('has no shared lane when every event has a lane, and one lane for all with singleLane', () => {
    const events = [event('a', '2018-01-01', { actors: ['kp'] }), event('b', '2018-01-02', { actors: ['cn', 'us'] })];
    expect(placeEvents(events, actors, { labelWidth: width100 }).lanes.map((lane) => lane.key)).to.deep.equal(['kp', 'us', 'cn']);
    const single = placeEvents(events, actors, { singleLane: true, labelWidth: width100 });
    expect(single.lanes).to.deep.equal([{ key: SHARED_LANE }]);
    expect(single.placements.map((p) => [p.event.id, p.lane, p.primary])).to.deep.equal([
      ['a', 0, true],
      ['b', 0, true],
    ]);
  });

  it('cuts labels at the widest a label is drawn, and places calendar dates at UTC midnight in every zone', () => {
    const { placements } = placeEvents([event('a', '2019-06-20', { title: 'x'.repeat(500) })], [], { labelWidth: (title) => title.length * 7 });
    expect(placements[0]?.label).to.equal(LABEL_MAX_PX);
    expect(placements[0]?.extent.start).to.equal(Date.UTC(2019, 5, 20));
  });

  it('has nothing to place for no events', () => {
    expect(placeEvents([], actors, { labelWidth: width100 })).to.deep.equal({ lanes: [], placements: [] });
  });
});

describe('stackRows', () => {
  it('puts an event on the first row where it clears the one before, reusing rows', () => {
    const events = [event('a', '2018-01-01'), event('b', '2018-01-02'), event('c', '2018-03-01'), event('d', '2018-01-01', { actors: ['kp'] })];
    const { lanes, placements } = placeEvents(events, actors, { labelWidth: width100 });
    // A month in 1,000 px: a day is about 33 px, so a's label (126 px with its marker) reaches past b, not c.
    const stack = stackRows(placements, lanes.length, zoomFor(30));
    const rows = Object.fromEntries(placements.map((p, i) => [p.event.id, stack.rows[i]]));
    expect(rows).to.deep.equal({ d: 0, a: 0, b: 1, c: 0 });
    expect(stack.laneRows).to.deep.equal([1, 2]);
    expect(stack.laneOverflow).to.deep.equal([false, false]);
  });

  it(`stacks at most ${String(MAX_ROWS)} rows a lane; the rest have no row and the lane a row of dots`, () => {
    const events = Array.from({ length: MAX_ROWS + 4 }, (_, i) => event(`e${String(i)}`, '2019-06-20'));
    const { lanes, placements } = placeEvents(events, [], { labelWidth: width100 });
    const stack = stackRows(placements, lanes.length, zoomFor(365));
    expect([...stack.rows].slice(0, MAX_ROWS)).to.deep.equal(Array.from({ length: MAX_ROWS }, (_, i) => i));
    expect([...stack.rows].slice(MAX_ROWS)).to.deep.equal([-1, -1, -1, -1]);
    expect(stack.laneOverflow).to.deep.equal([true]);
    expect(laneHeightRows(stack, 0)).to.equal(MAX_ROWS + 1);
    // Events on one date need a row each at any zoom.
    expect(stackRows(placements, 1, zoomFor(1)).laneOverflow).to.deep.equal([true]);
  });

  it('gives room to dense events as the zoom grows', () => {
    const events = Array.from({ length: 200 }, (_, i) => event(`e${String(i)}`, new Date(Date.UTC(2018, 0, 1) + i * DAY_MS).toISOString().slice(0, 10)));
    const { lanes, placements } = placeEvents(events, [], { labelWidth: width100 });
    const wide = stackRows(placements, lanes.length, zoomFor(3650));
    expect(wide.laneOverflow).to.deep.equal([true]);
    const close = stackRows(placements, lanes.length, zoomFor(12));
    expect(close.laneOverflow).to.deep.equal([false]);
    expect(close.laneRows[0]).to.be.within(2, MAX_ROWS);
  });

  it('stacks once per zoom band: the rows are the same all through a band', () => {
    const events = Array.from({ length: 60 }, (_, i) => event(`e${String(i)}`, `2018-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`));
    const layout = axisLayout(events, [], { labelWidth: width100 });
    const band = zoomBand(zoomFor(365));
    const low = BAND ** band * 1.001;
    const high = BAND ** (band + 1) * 0.999;
    expect(zoomBand(high)).to.equal(band);
    expect(layout.stackAt(low)).to.equal(layout.stackAt(high));
    expect([...stackRows(layout.placements, 1, high).rows]).to.deep.equal([...stackRows(layout.placements, 1, low).rows]);
    expect(layout.stackAt(low * BAND).band).to.equal(band + 1);
  });

  it('never lets two labels in a row overlap, anywhere in a band (random events, two lanes)', () => {
    const next = random(7);
    const events = Array.from({ length: 400 }, (_, i) => {
      const start = Date.UTC(2016, 0, 1) + Math.floor(next() * 4 * 365) * DAY_MS;
      const day = (time: number) => new Date(time).toISOString().slice(0, 10);
      const ranged = next() < 0.2;
      return event(`e${String(i)}`, day(start), {
        end: ranged ? day(start + Math.floor(next() * 90) * DAY_MS) : undefined,
        actors: next() < 0.5 ? ['kp'] : next() < 0.5 ? ['us'] : ['kp', 'us'],
        title: 'x'.repeat(5 + Math.floor(next() * 60)),
      });
    });
    const { lanes, placements } = placeEvents(events, actors, { labelWidth: (title) => title.length * 7 });
    for (const days of [3000, 1400, 365, 90, 20]) {
      const stack = stackRows(placements, lanes.length, zoomFor(days));
      // At the band's lowest zoom and just below its highest: a point's pixels are its marker
      // (12 px, centred on its date), a gap of 4 and its label with 3 px of padding each side;
      // a range's, its bar, holding its label when long enough for it, else followed by it.
      for (const k of [BAND ** stack.band, BAND ** (stack.band + 1) * 0.999]) {
        const rowEnds = new Map<string, number>();
        placements.forEach((p: Placement, i) => {
          const row = stack.rows[i] ?? -1;
          if (row < 0) return;
          const label = (stack.reserved[i] ?? 0) + 6;
          expect(stack.reserved[i], 'a label cut short is still readable').to.be.at.least(Math.min(p.label, 100));
          const bar = (p.extent.end - p.extent.start) * k;
          const left = p.extent.start * k - (p.extent.point ? 6 : 0);
          const right = left + (p.extent.point ? 16 + label : bar >= label + 8 ? bar : bar + 4 + label);
          const key = `${String(p.lane)}:${String(row)}`;
          const previous = rowEnds.get(key);
          if (previous !== undefined) expect(left - previous, `${p.event.id} at ${String(days)} days`).to.be.at.least(10 - 1e-6);
          rowEnds.set(key, right);
        });
      }
    }
  });
});

describe('visibleItems', () => {
  const origin = Date.UTC(2019, 0, 1);
  const k = 100 / DAY_MS; // 100 px a day

  it('draws what reaches into the window, label included, measured from the origin', () => {
    const events = [
      event('long-before', '2018-12-25'),
      event('label-reaches-in', '2018-12-31'),
      event('inside', '2019-01-03'),
      event('range', '2019-01-02', { end: '2019-01-04' }),
      event('after', '2019-01-20'),
    ];
    const { lanes, placements } = placeEvents(events, [], { labelWidth: width100 });
    const stack = stackRows(placements, lanes.length, k);
    const { drawn, dots } = visibleItems(placements, stack, { start: Date.UTC(2019, 0, 1), end: Date.UTC(2019, 0, 10), k, origin });
    expect(drawn.map((d) => d.p.event.id)).to.deep.equal(['label-reaches-in', 'range', 'inside']);
    expect(drawn.map((d) => d.x)).to.deep.equal([-100, 100, 200]);
    // A range's bar runs to the end of its last day: three days.
    expect(drawn.map((d) => d.width)).to.deep.equal([0, 300, 0]);
    expect(dots).to.deep.equal([]);
  });

  it('draws a dot for events with no row, one for each few pixels, and the focused and selected with a label', () => {
    const events = Array.from({ length: MAX_ROWS + 3 }, (_, i) => event(`e${String(i)}`, '2019-01-02'));
    events.push(event('later', '2019-01-05'));
    const { lanes, placements } = placeEvents(events, [], { labelWidth: width100 });
    const stack = stackRows(placements, lanes.length, k);
    const window = { start: origin, end: Date.UTC(2019, 0, 10), k, origin };
    const plain = visibleItems(placements, stack, window);
    expect(plain.drawn.map((d) => d.p.event.id)).to.not.include(`e${String(MAX_ROWS + 2)}`);
    // Three events with no row on one day: one dot.
    expect(plain.dots).to.deep.equal([{ lane: 0, x: 100, count: 3 }]);
    const last = `e${String(MAX_ROWS + 2)}`;
    const kept = visibleItems(placements, stack, { ...window, keep: new Set([last]) });
    const lastDrawn = kept.drawn.find((d) => d.p.event.id === last);
    expect(lastDrawn?.row, 'in a row of its own').to.equal(MAX_ROWS);
    expect(kept.dots).to.have.length(1);
  });

  it(`merges dots: one for each ${String(DOT_PX)} px of a lane`, () => {
    const crowd = (day: string, prefix: string) => Array.from({ length: MAX_ROWS + 1 }, (_, i) => event(`${prefix}${String(i)}`, day));
    const events = [...crowd('2019-01-02', 'a'), ...crowd('2019-01-03', 'b')];
    const { lanes, placements } = placeEvents(events, [], { labelWidth: () => 10 });
    const near = 0.5 / DAY_MS; // half a pixel a day: both crowds in the first few pixels
    const stackNear = stackRows(placements, lanes.length, near);
    expect(visibleItems(placements, stackNear, { start: origin, end: Date.UTC(2019, 1, 1), k: near, origin }).dots).to.have.length(1);
    const stackFar = stackRows(placements, lanes.length, k);
    expect(visibleItems(placements, stackFar, { start: origin, end: Date.UTC(2019, 1, 1), k, origin }).dots.map((dot) => dot.x)).to.deep.equal([100, 200]);
  });
});

describe('fitLabels', () => {
  /** A drawn item in row 0 of lane 0 at x (pixels), with a title `title` px wide and a bar `width` px long. */
  function item(id: string, x: number, title: number, width = 0) {
    const p: Placement = { event: event(id, '2019-01-01'), index: 0, lane: 0, primary: true, extent: { start: 0, end: 0, point: !width }, label: title, title };
    return { p, row: 0, x, width, labelX: 0, labelWidth: 0, cut: false };
  }

  it('puts a label after its marker, whole where it has room', () => {
    const a = item('a', 100, 200);
    fitLabels([a], 0, 1000);
    expect(a.labelX).to.equal(100 + 6 + 4);
    expect(a.labelWidth).to.be.at.least(206);
    expect(a.cut).to.equal(false);
  });

  it("puts it before its marker at the window's end when there is room there, else cuts it to the room it has", () => {
    const flip = item('flip', 900, 200);
    fitLabels([flip], 0, 1000);
    expect(flip.labelX + flip.labelWidth, 'ends before the marker').to.be.at.most(900 - 6);
    expect(flip.cut).to.equal(false);
    // With a label just before it, no room on that side: cut at the window's edge.
    const before = item('before', 560, 300);
    const cut = item('cut', 900, 200);
    fitLabels([before, cut], 0, 1000);
    expect(before.labelX + before.labelWidth).to.be.at.most(900 - 6);
    expect(cut.labelX).to.equal(910);
    expect(cut.labelX + cut.labelWidth).to.be.at.most(1000);
    expect(cut.cut).to.equal(true);
  });

  it('stops a label before the next marker in its row, and draws none in less than the least room', () => {
    const a = item('a', 100, 300);
    const b = item('b', 250, 100);
    const c = item('c', 250 + 6 + 4 + LABEL_MIN_PX / 2, 100);
    fitLabels([a, b, c], 0, 2000);
    expect(a.labelX + a.labelWidth).to.be.at.most(250 - 6);
    expect(a.cut).to.equal(true);
    expect(b.labelWidth, 'no room worth a label').to.equal(0);
  });

  it('draws no label for a marker outside the window, and holds a long bar\'s label inside it from the window\'s start', () => {
    const gone = item('gone', -50, 100);
    const bar = item('bar', -400, 100, 900);
    fitLabels([gone], 0, 1000);
    fitLabels([bar], 0, 1000);
    expect(gone.labelWidth).to.equal(0);
    expect(bar.labelX).to.be.within(0, 10);
    expect(bar.labelX + bar.labelWidth).to.be.at.most(500);
    expect(bar.cut).to.equal(false);
  });
});
