// Date traps, through the whole model (parse → sort → format → as-of → datetime attribute),
// run in each of five time zones (UTC, Los Angeles, Pago Pago, Seoul, Kiritimati) with the
// same expected strings: days a zone skipped, daylight-saving gaps and overlaps, quarter-hour
// offsets, leap days, BCE, ranges across years, and the bad dates editors really type.
import { expect } from '@open-wc/testing';
import {
  datetimeAttribute,
  formatWhen,
  parsePartialDate,
  parseTimeline,
  sortEvents,
  timingAsOf,
  type TimelineEvent,
} from '../../src/model/index.js';

/** [id, when, how it reads, datetime attribute] */
const GOOD: [string, string | { start: string; end: string }, string, string | undefined][] = [
  ['samoa-skipped-day', '2011-12-30', 'December 30, 2011', '2011-12-30'],
  ['kiritimati-skipped-day', '1994-12-31', 'December 31, 1994', '1994-12-31'],
  ['la-dst-gap', '2019-03-10T02:30-08:00', 'March 10, 2019, 2:30 a.m. UTC\u22128', '2019-03-10T02:30-08:00'],
  ['eu-dst-gap', '2019-03-31T02:30+01:00', 'March 31, 2019, 2:30 a.m. UTC+1', '2019-03-31T02:30+01:00'],
  ['sydney-dst-gap', '2019-10-06T02:30+10:00', 'October 6, 2019, 2:30 a.m. UTC+10', '2019-10-06T02:30+10:00'],
  ['fall-back-second', '2019-11-03T01:30-08:00', 'November 3, 2019, 1:30 a.m. UTC\u22128', '2019-11-03T01:30-08:00'],
  ['fall-back-first', '2019-11-03T01:30-07:00', 'November 3, 2019, 1:30 a.m. UTC\u22127', '2019-11-03T01:30-07:00'],
  ['pyongyang-midnight', '2018-04-27T00:30+08:30', 'April 27, 2018, 12:30 a.m. UTC+8:30', '2018-04-27T00:30+08:30'],
  ['panmunjom', '2018-04-27T09:30+08:30', 'April 27, 2018, 9:30 a.m. UTC+8:30', '2018-04-27T09:30+08:30'],
  ['nepal', '2015-04-25T11:56+05:45', 'April 25, 2015, 11:56 a.m. UTC+5:45', '2015-04-25T11:56+05:45'],
  ['chatham', '2019-01-01T00:00+13:45', 'January 1, 2019, 12:00 a.m. UTC+13:45', '2019-01-01T00:00+13:45'],
  ['baker-island', '2019-06-20T23:30-12:00', 'June 20, 2019, 11:30 p.m. UTC\u221212', '2019-06-20T23:30-12:00'],
  ['leap-day', '2016-02-29', 'February 29, 2016', '2016-02-29'],
  ['leap-400', '2000-02-29', 'February 29, 2000', '2000-02-29'],
  ['over-leap-day', { start: '2016-02-28', end: '2016-03-01' }, 'February 28 – March 1, 2016', '2016-02-28'],
  ['across-years', { start: '2018-12-30', end: '2019-01-02' }, 'December 30, 2018 – January 2, 2019', '2018-12-30'],
  ['ides-of-march', '-000043-03-15', 'March 15, 44 BCE', undefined],
  ['year-zero', '0000', '1 BCE', undefined],
];

/** [when, what the reason says] */
const BAD: [string, RegExp][] = [
  ['2019-02-29', /2019-02 has no day 29/],
  ['1900-02-29', /1900-02 has no day 29/],
  ['2019-04-31', /no day 31/],
  ['2019-03-10T02:30', /needs its UTC offset/],
  ['２０１９-０６-２０', /full-width digits/],
  ['43634', /spreadsheet serial/],
  ['2019-06-20T24:00Z', /hour 24/],
  ['2019-06-20T12:00+14:30', /not in use/],
  ['2018-04-27T09:30+08:31', /quarter hours/],
  ['06/20/2019', /ambiguous/],
  ['-000000', /0000 for 1 BCE/],
];

const document = {
  schemaVersion: 1,
  title: 'Date traps',
  actors: [],
  events: [
    ...GOOD.map(([id, when]) => ({ id, title: id, when, kind: 'other', actors: [] })),
    ...BAD.map(([when], i) => ({ id: `bad-${String(i)}`, title: `bad ${String(i)}`, when, kind: 'other', actors: [] })),
  ],
};

describe(`date traps in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  const { timeline, problems } = parseTimeline(document);
  const byId = new Map<string, TimelineEvent>(timeline.events.map((event) => [event.id, event]));

  it('keeps every valid date and reads it the same in every zone', () => {
    expect(timeline.events.map((event) => event.id)).to.deep.equal(GOOD.map(([id]) => id));
    for (const [id, , reads, attribute] of GOOD) {
      const event = byId.get(id)!;
      expect(formatWhen(event.when), id).to.equal(reads);
      expect(datetimeAttribute(event.when.start), id).to.equal(attribute);
    }
  });

  it('leaves out each bad date, naming the event, the field and what is wrong', () => {
    BAD.forEach(([when, reason], i) => {
      const index = GOOD.length + i;
      const problem = problems.find((p) => p.path === `events[${String(index)}].when`);
      expect(problem, when).to.exist;
      expect(problem?.eventId).to.equal(`bad-${String(i)}`);
      expect(problem?.severity).to.equal('error');
      expect(problem?.message, when).to.match(reason);
    });
    expect(problems).to.have.length(BAD.length);
  });

  it('orders by the day where it happened, then by instant', () => {
    const order = sortEvents(timeline.events).map((event) => event.id);
    // The night clocks went back in Los Angeles: the first 1:30 (−07:00) came an hour before the second.
    expect(order.indexOf('fall-back-first')).to.be.lessThan(order.indexOf('fall-back-second'));
    // 12:30 a.m. in Pyongyang is still 26 April in UTC, yet it is filed under 27 April, before 9:30.
    expect(order.indexOf('pyongyang-midnight')).to.equal(order.indexOf('panmunjom') - 1);
    expect(order).to.deep.equal([
      'ides-of-march',
      'year-zero',
      'kiritimati-skipped-day',
      'leap-400',
      'samoa-skipped-day',
      'nepal',
      'over-leap-day',
      'leap-day',
      'pyongyang-midnight',
      'panmunjom',
      'across-years',
      'chatham',
      'la-dst-gap',
      'eu-dst-gap',
      'baker-island',
      'sydney-dst-gap',
      'fall-back-first',
      'fall-back-second',
    ]);
  });

  it('places events against the as-of date by the calendar where they happened', () => {
    const asOf = (text: string) => {
      const parsed = parsePartialDate(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.date;
    };
    expect(timingAsOf(byId.get('pyongyang-midnight')!, asOf('2018-04-26'))).to.equal('ahead');
    expect(timingAsOf(byId.get('pyongyang-midnight')!, asOf('2018-04-27'))).to.equal('past');
    expect(timingAsOf(byId.get('across-years')!, asOf('2018-12-31'))).to.equal('ongoing');
    expect(timingAsOf(byId.get('across-years')!, asOf('2019'))).to.equal('past');
    expect(timingAsOf(byId.get('samoa-skipped-day')!, asOf('2011-12-29'))).to.equal('ahead');
    expect(timingAsOf(byId.get('chatham')!, asOf('2018-12-31'))).to.equal('ahead');
  });
});
