import { expect } from '@open-wc/testing';
import { date, when } from '../test-support/dates.js';
import {
  DATE_PATTERN,
  compareWhen,
  datetimeAttribute,
  endMs,
  epochDay,
  firstDay,
  instantOf,
  lastDay,
  parsePartialDate,
  partialDateText,
  serializePartialDate,
  startMs,
  type When,
} from './dates.js';

function reason(text: string): string {
  const result = parsePartialDate(text);
  if (result.ok) throw new Error(`${text} was accepted: ${JSON.stringify(result.date)}`);
  return result.reason;
}

describe('time zone of this run', () => {
  it('is the one the runner emulates', () => {
    const expected = (globalThis as { __expectedTimeZone?: string }).__expectedTimeZone;
    expect(expected, 'the runner sets the expected zone').to.be.a('string');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(expected);
  });
});

describe('parsePartialDate', () => {
  it('reads each precision of the grammar', () => {
    expect(date('2019')).to.deep.equal({ year: 2019, precision: 'year', approximate: false });
    expect(date('2019-06')).to.deep.equal({ year: 2019, month: 6, precision: 'month', approximate: false });
    expect(date('2018-04-27')).to.deep.equal({ year: 2018, month: 4, day: 27, precision: 'day', approximate: false });
    expect(date('2018-04-27T09:30+08:30')).to.deep.equal({
      year: 2018,
      month: 4,
      day: 27,
      hour: 9,
      minute: 30,
      offsetMinutes: 510,
      precision: 'minute',
      approximate: false,
    });
    expect(date('2019-02-28T23:59:59Z')).to.include({ second: 59, offsetMinutes: 0, precision: 'second' });
    expect(date('2019-06-20T08:00-05:00').offsetMinutes).to.equal(-300);
  });

  it('marks approximate dates written with ~', () => {
    expect(date('~2018')).to.deep.equal({ year: 2018, precision: 'year', approximate: true });
    expect(date('~2018-03').approximate).to.equal(true);
  });

  it('reads expanded years with astronomical numbering', () => {
    expect(date('-000043').year).to.equal(-43); // 44 BCE
    expect(date('-000043-03-15')).to.include({ year: -43, month: 3, day: 15 });
    expect(date('0000').year).to.equal(0); // 1 BCE
    expect(date('+000000').year).to.equal(0);
    expect(date('+012019').year).to.equal(12019);
  });

  it('reads years of up to 13 digits at year precision, approximate too', () => {
    expect(date('-13799999999')).to.deep.equal({ year: -13_799_999_999, precision: 'year', approximate: false }); // 13,800,000,000 BCE
    expect(date('~-4599999999')).to.deep.equal({ year: -4_599_999_999, precision: 'year', approximate: true });
    expect(date('+300000').year).to.equal(300_000);
    expect(date('-271821').year).to.equal(-271_821); // beyond a Date's first day, as a year alone
    expect(date('-9999999999999').year).to.equal(-9_999_999_999_999);
    expect(date('+9999999999999').year).to.equal(9_999_999_999_999);
  });

  it('has a JSON Schema pattern that agrees with the parser on deep years', () => {
    const pattern = new RegExp(DATE_PATTERN);
    for (const text of ['-13799999999', '~-4599999999', '+9999999999999', '-300000', '-000043-03-15']) {
      expect(pattern.test(text), text).to.equal(true);
      expect(parsePartialDate(text).ok, text).to.equal(true);
    }
    for (const text of ['-00000013800', '+12345678901234', '13800000000', '-43']) {
      expect(pattern.test(text), text).to.equal(false);
      expect(parsePartialDate(text).ok, text).to.equal(false);
    }
  });

  describe('edge cases', () => {
    it('knows leap years in the proleptic Gregorian calendar', () => {
      expect(date('2000-02-29').day).to.equal(29);
      expect(date('2016-02-29').day).to.equal(29);
      expect(reason('1900-02-29')).to.match(/no day 29/);
      expect(reason('2019-02-29')).to.match(/no day 29/);
      expect(date('0000-02-29').day).to.equal(29); // year 0 is a leap year
    });

    it('rejects impossible calendar dates with a reason', () => {
      expect(reason('2019-02-30')).to.match(/2019-02 has no day 30/);
      expect(reason('2019-04-31')).to.match(/no day 31/);
      expect(reason('2019-13')).to.match(/month 13/);
      expect(reason('2019-00-10')).to.match(/month 00/);
      expect(reason('2019-06-00')).to.match(/no day 00/);
    });

    it('rejects times that do not exist and offsets not in use', () => {
      expect(reason('2019-06-20T24:00Z')).to.match(/hour 24/);
      expect(reason('2019-06-20T12:60Z')).to.match(/minute 60/);
      expect(reason('2016-12-31T23:59:60Z')).to.match(/second 60/);
      expect(reason('2019-06-20T12:00+15:00')).to.match(/offset/);
      expect(reason('2019-06-20T12:00-13:00')).to.match(/offset/);
      expect(reason('2019-06-20T12:00+05:75')).to.match(/offset/);
      expect(date('2019-06-20T12:00+14:00').offsetMinutes).to.equal(840);
      expect(date('2019-06-20T12:00-12:00').offsetMinutes).to.equal(-720);
    });

    it('rejects a time without its offset', () => {
      expect(reason('2018-04-27T09:30')).to.match(/offset/);
      expect(reason('2018-04-27T09:30:00')).to.match(/offset/);
    });

    it('explains the common mistakes', () => {
      expect(reason('２０１９-０６-２０')).to.match(/full-width digits/);
      expect(reason('43634')).to.match(/spreadsheet serial/);
      expect(reason('43634.5')).to.match(/spreadsheet serial/);
      expect(reason('06/20/2019')).to.match(/ambiguous/);
      expect(reason('20.06.2019')).to.match(/ambiguous/);
      expect(reason('2019/06/20')).to.match(/ambiguous/);
      expect(reason('800')).to.match(/four digits/);
      expect(reason('2019-06-20T10:00:00.500Z')).to.match(/fractional seconds/);
      expect(reason('2019-06-20 10:00Z')).to.match(/capital T/);
      expect(reason(' 2019')).to.match(/spaces/);
      expect(reason('')).to.match(/empty/);
      expect(reason('-000000')).to.match(/0000 for 1 BCE/);
      expect(reason('~2019-06-20T10:00Z')).to.match(/approximate/);
    });

    it('rejects everything else with the accepted forms', () => {
      for (const text of ['June 2019', '2019-6-1', '2019-06-20T10Z', '19-06-20', 'NaN', '2019-W25', '+2019', '2019-06-20Z']) {
        expect(reason(text), text).to.be.a('string').and.not.be.empty;
      }
      expect(reason('June 2019')).to.match(/YYYY-MM-DD/);
    });

    it('returns a reason for values that are not strings', () => {
      expect(reason(42 as unknown as string)).to.match(/date string/);
      expect(reason(null as unknown as string)).to.match(/date string/);
    });

    it('keeps months and days to the years a JavaScript Date holds, and says to write the year alone', () => {
      expect(reason('-300000-01-01')).to.match(/months and days exist only in years -271820 to \+275759.*write the year alone, -300000$/);
      expect(reason('~-13799999999-06')).to.match(/write the year alone, ~-13799999999$/);
      expect(reason('+275760-01')).to.match(/only in years/);
      expect(reason('-271821-12-31')).to.match(/only in years/);
      expect(date('-271820-01-01')).to.include({ year: -271820, day: 1 });
      expect(date('+275759-12-31')).to.include({ year: 275759, day: 31 });
    });

    it('explains deep years written wrongly', () => {
      expect(reason('+12345678901234')).to.match(/at most 13 digits/);
      expect(reason('-00000013800')).to.match(/no leading zeros; write -013800$/);
      expect(reason('13800000000')).to.match(/other years signed, of 6 to 13 digits: -000043, -13799999999/);
      expect(reason('-43')).to.match(/other years signed, of 6 to 13 digits/);
    });
  });
});

describe('calendar arithmetic', () => {
  it('counts epoch days in UTC, independent of the time zone', () => {
    expect(epochDay(1970, 1, 1)).to.equal(0);
    expect(epochDay(2019, 6, 18)).to.equal(18065);
    expect(epochDay(2019, 2, 30)).to.be.NaN;
    expect(epochDay(50, 1, 1)).to.be.lessThan(epochDay(100, 1, 1)); // years 0–99 are not 1900s
    // The arithmetic agrees with ECMAScript's own calendar, day by day, across 6,000 years.
    const reference = new Date(0);
    for (let year = -2999; year <= 3001; year += 7) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 28, 29, 30, 31]) {
          reference.setUTCFullYear(year, month - 1, day);
          const exists = reference.getUTCMonth() === month - 1;
          const expected = exists ? reference.getTime() / 86_400_000 : Number.NaN;
          expect(epochDay(year, month, day), `${String(year)}-${String(month)}-${String(day)}`).to.deep.equal(expected);
        }
      }
    }
    expect(epochDay(275760, 9, 13)).to.equal(100_000_000);
    expect(epochDay(275760, 9, 14)).to.be.NaN;
    expect(epochDay(2019, 13, 1)).to.be.NaN;
    expect(epochDay(2019.5, 1, 1)).to.be.NaN;
  });

  it('counts the days of deep years exactly, so that adjacent years never meet', () => {
    const bigBang = date('-13799999999');
    const next = date('-13799999998');
    expect(Number.isSafeInteger(firstDay(bigBang))).to.equal(true);
    expect(lastDay(bigBang) + 1).to.equal(firstDay(next));
    expect(lastDay(bigBang) - firstDay(bigBang) + 1).to.equal(365); // an odd year: no leap day
    expect(lastDay(date('-13800000000')) - firstDay(date('-13800000000')) + 1).to.equal(366); // divisible by 400
    // The deepest years of the grammar: days still exact, milliseconds (past 2^53) still in order.
    for (const [a, b] of [['-9999999999999', '-9999999999998'], ['+9999999999998', '+9999999999999']] as const) {
      expect(Number.isSafeInteger(firstDay(date(b)))).to.equal(true);
      expect(firstDay(date(b)) - firstDay(date(a))).to.be.within(365, 366);
      expect(startMs(date(a))).to.be.lessThan(endMs(date(a)));
      expect(endMs(date(a))).to.equal(startMs(date(b)));
    }
  });

  it('knows the last day a date covers', () => {
    expect(lastDay(date('2019'))).to.equal(epochDay(2019, 12, 31));
    expect(lastDay(date('2019-02'))).to.equal(epochDay(2019, 2, 28));
    expect(lastDay(date('2016-02'))).to.equal(epochDay(2016, 2, 29));
    expect(lastDay(date('2019-06-20'))).to.equal(epochDay(2019, 6, 20));
  });

  it('turns timed dates into instants with their offset', () => {
    expect(instantOf(date('2018-04-27T09:30+08:30'))).to.equal(Date.UTC(2018, 3, 27, 1, 0));
    expect(instantOf(date('2018-04-27'))).to.equal(undefined);
  });
});

describe('compareWhen', () => {
  const order = (...items: [string, When][]) =>
    [...items].reverse().sort((a, b) => compareWhen(a[1], b[1])).map(([label]) => label);

  it('orders by calendar day', () => {
    expect(order(['a', when('2016-01-06')], ['b', when('2016-03-02')], ['c', when('2017-12-22')])).to.deep.equal(['a', 'b', 'c']);
    expect(compareWhen(when('-000043'), when('0000'))).to.equal(-1);
  });

  it('puts coarser precision first on the same first day', () => {
    expect(
      order(['year', when('2019')], ['month', when('2019-01')], ['day', when('2019-01-01')], ['time', when('2019-01-01T00:00Z')]),
    ).to.deep.equal(['year', 'month', 'day', 'time']);
  });

  it('orders timed events of one day by their instant, offsets applied', () => {
    // 09:00 in Seoul is 00:00 UTC; 08:00 in London (UTC+1) is 07:00 UTC.
    expect(order(['seoul', when('2019-06-20T09:00+09:00')], ['london', when('2019-06-20T08:00+01:00')])).to.deep.equal([
      'seoul',
      'london',
    ]);
  });

  it('puts a point before a range that starts with it, and shorter ranges first', () => {
    expect(
      order(['long', when('2018-02-09', '2018-02-25')], ['short', when('2018-02-09', '2018-02-10')], ['point', when('2018-02-09')]),
    ).to.deep.equal(['point', 'short', 'long']);
  });

  it('returns 0 for equal dates so a stable sort keeps data order', () => {
    expect(compareWhen(when('2019-06-29'), when('2019-06-29'))).to.equal(0);
    expect(compareWhen(date('2019'), when('2019'))).to.equal(0);
  });

  it('orders a cosmology mixed with 2019, whatever order the file had', () => {
    const cosmology: [string, When][] = [
      ['big-bang', when('-13799999999')],
      ['a-year-later', when('-13799999998')],
      ['first-stars', when('~-13599999999')],
      ['sun', when('-4599999999', '-4499999999')],
      ['earth', when('-4599999999')],
      ['cambrian', when('-538799999', '-485399999')],
      ['homo-sapiens', when('~-314999')],
      ['wheel', when('-003499')],
      ['caesar', when('-000043-03-15')],
      ['year-2019', when('2019')],
      ['hanoi', when('2019-02-27', '2019-02-28')],
      ['osaka', when('2019-06-28T10:00+09:00')],
    ];
    const expected = cosmology.map(([label]) => label);
    // Sun and Earth start together: the point before the range.
    expected.splice(3, 2, 'earth', 'sun');
    expect(order(...cosmology)).to.deep.equal(expected);
    const shuffled = [...cosmology].sort((a, b) => a[0].localeCompare(b[0]));
    expect(shuffled.sort((a, b) => compareWhen(a[1], b[1])).map(([label]) => label)).to.deep.equal(expected);
  });
});

describe('serializePartialDate and datetimeAttribute', () => {
  const accepted = [
    '2019',
    '~2018',
    '2019-06',
    '2019-06-20',
    '2018-04-27T09:30+08:30',
    '2019-02-28T23:59:59Z',
    '2019-06-20T08:00-05:00',
    '-000043-03-15',
    '0000',
    '0079-08-24',
    '+012019',
    '+300000',
    '-13799999999',
    '~-4599999999',
    '+9999999999999',
  ];

  it('writes every accepted date back as it was written', () => {
    for (const text of accepted) expect(serializePartialDate(date(text))).to.equal(text);
  });

  it('gives HTML datetime values at the date\'s precision', () => {
    expect(datetimeAttribute(date('2019'))).to.equal('2019');
    expect(datetimeAttribute(date('~2018-03'))).to.equal('2018-03');
    expect(datetimeAttribute(date('2019-06-20'))).to.equal('2019-06-20');
    expect(datetimeAttribute(date('2018-04-27T09:30+08:30'))).to.equal('2018-04-27T09:30+08:30');
    expect(datetimeAttribute(date('-000043-03-15'))).to.equal(undefined);
    expect(datetimeAttribute(date('0000'))).to.equal(undefined);
    expect(datetimeAttribute(date('-13799999999'))).to.equal(undefined);
    expect(datetimeAttribute(date('+300000'))).to.equal(undefined);
  });

  it('reads deep years back the same: parse → serialize → parse', () => {
    for (const text of ['-13799999999', '~-13799999999', '-300000', '+9999999999999', '-271821']) {
      const first = date(text);
      expect(date(serializePartialDate(first)), text).to.deep.equal(first);
    }
  });

  it('writes a parsed deep year handed back as an object', () => {
    expect(partialDateText({ year: -13_799_999_999, precision: 'year', approximate: true })).to.equal('~-13799999999');
    expect(partialDateText({ year: -300_000, month: 1, precision: 'month', approximate: false })).to.equal('-300000-01');
    expect(parsePartialDate('-300000-01').ok, 'which the parser then refuses, with its reason').to.equal(false);
  });
});
