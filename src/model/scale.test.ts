import { expect } from '@open-wc/testing';
import { date, when } from '../test-support/dates.js';
import { ko } from './locales/ko.js';
import { formatWhen } from './format.js';
import {
  DAY_MS,
  TICK_SPACING_PX,
  dateAt,
  endMs,
  estimateTextWidth,
  eventExtent,
  fitDomain,
  startMs,
  timeScale,
  timeTicks,
  yearAt,
  yearStart,
} from './scale.js';

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
    // Ticks fall on the years readers count: 500 BCE (astronomical -499), not 501 BCE.
    expect(timeTicks(span('-000499', '-000401'), 5).ticks[0]?.label).to.equal('500 BCE');
  });

  it('never returns more than asked, and never loops on a degenerate window', () => {
    for (const max of [1, 5, 12]) {
      expect(timeTicks(span('1000', '2019'), max).ticks.length).to.be.at.most(max + 1);
    }
    expect(timeTicks([0, 0], 10).ticks.length).to.be.greaterThan(0);
  });
});

describe('deep time on the axis', () => {
  const span = (a: string, b: string) => [startMs(date(a)), endMs(date(b))] as const;
  /** The year a label counts, signed (−13,800,000,000 for "13,800,000,000 BCE"). */
  const counted = (label: string) => Number(label.replace(/[^\d]/g, '')) * (label.endsWith('BCE') ? -1 : 1);

  // [from, to, ticks asked, unit, labels]
  const cases: [string, string, number, string, string[]][] = [
    ['-009999', '2019', 10, 'millennium', ['10,000 BCE', '8000 BCE', '6000 BCE', '4000 BCE', '2000 BCE', '1', '2000']],
    ['-999999', '2019', 10, 'millennium', ['1,000,000 BCE', '800,000 BCE', '600,000 BCE', '400,000 BCE', '200,000 BCE', '1']],
    ['-999999999', '2019', 10, 'million-years', ['1,000,000,000 BCE', '800,000,000 BCE', '600,000,000 BCE', '400,000,000 BCE', '200,000,000 BCE', '1']],
    ['-13799999999', '2019', 10, 'billion-years', ['10,000,000,000 BCE', '5,000,000,000 BCE', '1']],
  ];
  for (const [from, to, max, unit, labels] of cases) {
    it(`ticks a span of ${String(Math.round(Math.log10(-date(from).year)))} powers of ten years at round years`, () => {
      const { unit: picked, ticks } = timeTicks(span(from, to), max);
      expect(picked).to.equal(unit);
      expect(ticks.map((tick) => tick.label)).to.deep.equal(labels);
      for (const tick of ticks) {
        // Each tick sits where its year begins, and reads as formatWhen writes that year.
        const year = yearAt(tick.time);
        expect(tick.time).to.equal(yearStart(year));
        expect(tick.label).to.equal(formatWhen({ year, precision: 'year', approximate: false }));
      }
    });
  }

  it('spaces long labels so they never touch', () => {
    for (const width of [400, 800, 1600, 3200]) {
      const max = width / TICK_SPACING_PX;
      const domain = span('-13799999999', '2019');
      const { ticks } = timeTicks(domain, max);
      const scale = timeScale(domain, [0, width]);
      for (let i = 1; i < ticks.length; i++) {
        const gap = scale.x(ticks[i]!.time) - scale.x(ticks[i - 1]!.time);
        expect(gap, `${String(width)} px: ${ticks[i - 1]!.label} → ${ticks[i]!.label}`).to.be.greaterThan(estimateTextWidth(ticks[i - 1]!.label, 12));
      }
      expect(ticks.length).to.be.greaterThan(1);
    }
  });

  it('labels deep ticks in the language, with round counted years', () => {
    const labels = timeTicks(span('-13799999999', '-000001'), 6, ko).ticks.map((tick) => tick.label);
    expect(labels[0]).to.match(/^기원전 [\d,]+년$/);
    for (const label of labels) expect(counted(label) % 1_000_000_000).to.equal(0);
  });

  it('ticks years, and nothing finer, in a short window beyond the range of JavaScript dates', () => {
    const { unit, ticks } = timeTicks(span('-13799999999', '-13799999996'), 10);
    expect(unit).to.equal('year');
    // The window ends where 13,799,999,996 BCE begins: its tick is the last.
    expect(ticks.map((tick) => tick.label)).to.deep.equal(['13,800,000,000 BCE', '13,799,999,999 BCE', '13,799,999,998 BCE', '13,799,999,997 BCE', '13,799,999,996 BCE']);
    const day = startMs(date('-13799999999'));
    expect(timeTicks([day, day + DAY_MS / 4], 10).ticks.length).to.be.at.most(1);
    expect(timeTicks([-1e300, 1e300], 10).ticks.length).to.be.at.most(10 * 3 + 4);
    expect(timeTicks([Number.NaN, 0], 10).ticks).to.deep.equal([]);
  });

  it('places the Big Bang and 2019 on one linear axis, in order', () => {
    const events = ['-13799999999', '-13799999998', '-4599999999', '-538799999', '~-314999', '-003499', '2019', '2019-06-30'].map((text) => ({ when: when(text) }));
    const extents = events.map((event) => eventExtent(event));
    const scale = timeScale(fitDomain(extents), [0, 1000]);
    const xs = extents.map((extent) => scale.x(extent.start));
    for (const x of xs) expect(x).to.be.within(0, 1000);
    expect(xs[0]).to.be.below(50);
    expect(xs.at(-1)).to.be.above(950);
    // Linear: the Earth is a third of the way back from now.
    expect((xs[6]! - xs[2]!) / (xs[6]! - xs[0]!)).to.be.closeTo(4.6 / 13.8, 0.001);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).to.be.at.least(xs[i - 1]!);
    // Zoomed in to the first years, adjacent years stand apart.
    const early = timeScale([startMs(date('-13799999999')), endMs(date('-13799999998'))], [0, 1000]);
    expect(early.x(extents[1]!.start) - early.x(extents[0]!.start)).to.be.closeTo(500, 1);
  });

  it('finds the year of any time, and the day where a Date has one', () => {
    for (const year of [-13_799_999_999, -9_999_999_999_999, -271_821, -43, 0, 1, 2019, 275_760, 9_999_999_999_999]) {
      expect(yearAt(yearStart(year)), String(year)).to.equal(year);
      expect(yearAt(yearStart(year + 1) - DAY_MS), String(year)).to.equal(year);
    }
    expect(dateAt(startMs(date('-13799999999')))).to.deep.equal({ year: -13_799_999_999, precision: 'year', approximate: false });
    expect(dateAt(Date.UTC(2019, 5, 20, 13))).to.deep.equal({ year: 2019, month: 6, day: 20, precision: 'day', approximate: false });
    expect(dateAt(Number.NaN).year).to.equal(1970);
  });

  it('names the last date a window shows, the one its end closes', () => {
    // Past 2^53 a millisecond less is the same float: the year before is found by its start.
    expect(dateAt(endMs(date('-13799999994')), true).year).to.equal(-13_799_999_994);
    expect(dateAt(startMs(date('-13799999993')), true).year).to.equal(-13_799_999_994);
    expect(formatWhen({ start: dateAt(Date.UTC(2018, 0, 1)), end: dateAt(Date.UTC(2019, 0, 1), true) })).to.equal('January 1 – December 31, 2018');
  });
});

describe('estimateTextWidth', () => {
  it('estimates wide scripts wider', () => {
    expect(estimateTextWidth('정상회담', 16)).to.be.greaterThan(estimateTextWidth('summit', 16) * 0.9);
    expect(estimateTextWidth('', 16)).to.equal(0);
  });
});
