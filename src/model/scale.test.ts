import { expect } from '@open-wc/testing';
import { date, when } from '../test-support/dates.js';
import { ko } from './locales/ko.js';
import { DAY_MS, endMs, estimateTextWidth, eventExtent, fitDomain, stackRows, startMs, timeScale, timeTicks } from './scale.js';

describe('time scale', () => {
  it('maps time to pixels and back', () => {
    const scale = timeScale([0, 10 * DAY_MS], [0, 1000]);
    expect(scale.x(5 * DAY_MS)).to.equal(500);
    expect(scale.invert(250)).to.equal(2.5 * DAY_MS);
  });

  it('never yields NaN for an empty or single-date window', () => {
    for (const domain of [[0, 0], [5, 5], [Number.NaN, 1], [10, 0]] as [number, number][]) {
      const scale = timeScale(domain, [0, 800]);
      expect(Number.isFinite(scale.x(domain[0] || 0))).to.equal(true);
      expect(Number.isFinite(scale.invert(400))).to.equal(true);
    }
    const all = fitDomain([eventExtent({ when: when('2019-06-20') }), eventExtent({ when: when('2019-06-20') })]);
    expect(all[1]).to.be.greaterThan(all[0]);
    expect(fitDomain([])).to.deep.equal([0, DAY_MS]);
  });

  it('places calendar dates at their UTC day, whatever the zone', () => {
    expect(startMs(date('2018-04-27'))).to.equal(Date.UTC(2018, 3, 27));
    expect(endMs(date('2019'))).to.equal(Date.UTC(2020, 0, 1));
    expect(startMs(date('2018-04-27T09:30+08:30'))).to.equal(Date.UTC(2018, 3, 27, 1, 0));
  });

  it('gives ranges, points and deadlines their extents', () => {
    expect(eventExtent({ when: when('2019-06-28', '2019-06-29') })).to.deep.equal({
      start: Date.UTC(2019, 5, 28),
      end: Date.UTC(2019, 5, 30),
      point: false,
    });
    expect(eventExtent({ when: when('2019-06-20') }).point).to.equal(true);
    expect(eventExtent({ when: when('2019'), kind: 'deadline' }).start).to.equal(Date.UTC(2019, 11, 31));
    const zero = eventExtent({ when: when('2019-06-20T10:00Z', '2019-06-20T10:00Z') });
    expect(zero.end).to.equal(zero.start);
  });
});

describe('timeTicks', () => {
  const span = (a: string, b: string) => [startMs(date(a)), endMs(date(b))] as const;

  it('picks the unit the window calls for', () => {
    expect(timeTicks(span('1900', '2019'), 10).unit).to.equal('decade');
    expect(timeTicks(span('2016', '2019'), 5).unit).to.equal('year');
    expect(timeTicks(span('2016', '2019'), 10).unit).to.equal('quarter');
    expect(timeTicks(span('2019-01', '2019-06'), 10).unit).to.equal('month');
    expect(timeTicks(span('2019-06-01', '2019-06-30'), 10).unit).to.equal('week');
    expect(timeTicks(span('2019-06-20', '2019-06-25'), 10).unit).to.equal('day');
    expect(timeTicks(span('2019-06-20', '2019-06-20'), 10).unit).to.equal('hour');
    expect(timeTicks(span('-000999', '2019'), 10).unit).to.equal('century');
  });

  it('labels ticks in the locale, with years where a new year starts', () => {
    const years = timeTicks(span('2016', '2019'), 5).ticks;
    expect(years.map((tick) => tick.label)).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    const months = timeTicks(span('2018-11', '2019-02'), 5).ticks.map((tick) => tick.label);
    expect(months).to.deep.equal(['Nov', 'Dec', '2019', 'Feb', 'Mar']);
    expect(timeTicks(span('2016', '2019'), 5, ko).ticks[0]?.label).to.equal('2016년');
    expect(timeTicks(span('-000499', '-000401'), 5).ticks[0]?.label).to.match(/BCE$/);
  });

  it('never returns more than asked, and never loops on a degenerate window', () => {
    for (const max of [1, 5, 12]) {
      expect(timeTicks(span('1000', '2019'), max).ticks.length).to.be.at.most(max + 1);
    }
    expect(timeTicks([0, 0], 10).ticks.length).to.be.greaterThan(0);
  });
});

describe('stackRows', () => {
  it('stacks overlapping items within a lane and reuses free rows', () => {
    const { rows, laneRows } = stackRows([
      { key: 'a', lane: 0, start: 0, end: 100 },
      { key: 'b', lane: 0, start: 50, end: 150 },
      { key: 'c', lane: 0, start: 120, end: 200 },
      { key: 'd', lane: 1, start: 50, end: 150 },
    ]);
    expect([rows.get('a'), rows.get('b'), rows.get('c'), rows.get('d')]).to.deep.equal([0, 1, 0, 0]);
    expect(laneRows.get(0)).to.equal(2);
    expect(laneRows.get(1)).to.equal(1);
  });

  it('stacks all events on one date into distinct rows', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ key: `e${i}`, lane: 0, start: 300, end: 420 }));
    const { rows } = stackRows(items);
    expect(new Set(rows.values()).size).to.equal(5);
  });

  it('handles no items', () => {
    expect(stackRows([]).rows.size).to.equal(0);
  });

  it('estimates wide scripts wider', () => {
    expect(estimateTextWidth('정상회담', 16)).to.be.greaterThan(estimateTextWidth('summit', 16) * 0.9);
    expect(estimateTextWidth('', 16)).to.equal(0);
  });
});
