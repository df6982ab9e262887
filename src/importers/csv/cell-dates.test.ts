import { expect } from '@open-wc/testing';
import { readDateCell, readDateParts } from './cell-dates.js';

const value = (cell: string, dateOrder?: 'dmy' | 'mdy') => {
  const result = readDateCell(cell, { dateOrder });
  return result.ok ? result.value : undefined;
};
const reason = (cell: string) => {
  const result = readDateCell(cell);
  return result.ok ? '' : result.reason;
};
const note = (cell: string) => {
  const result = readDateCell(cell);
  return result.ok ? (result.note ?? '') : '';
};

describe('readDateCell', () => {
  it('reads the date grammar as it is, without a note, and spaces around a cell', () => {
    for (const cell of ['2019', '2019-06', '2019-06-20', '~2018', '2018-04-27T09:30+08:30', '-000043-03-15']) {
      expect(readDateCell(cell)).to.deep.equal({ ok: true, value: cell });
    }
    expect(value(' 2019-06-20 ')).to.equal('2019-06-20');
  });

  it('refuses 6/12/2018 and shows both readings and the fix', () => {
    const text = reason('6/12/2018');
    expect(text).to.contain('ambiguous').and.contain('12 June 2018').and.contain('6 December 2018');
    expect(text).to.contain('2018-06-12 or 2018-12-06');
    expect(reason('06.12.2018')).to.contain('ambiguous');
  });

  it('refuses a slash date that has one reading too: the order is never guessed from one cell', () => {
    const text = reason('13/6/2018');
    expect(text).to.contain('13 June 2018').and.contain('2018-06-13');
    expect(reason('2/30/2018')).to.contain('not a day that exists');
  });

  it('reads slash dates in the order the caller names', () => {
    expect(value('6/12/2018', 'dmy')).to.equal('2018-12-06');
    expect(value('6/12/2018', 'mdy')).to.equal('2018-06-12');
    expect(value('13/6/2018', 'mdy')).to.equal(undefined);
  });

  it('reads a serial number as the day it stands for, and says so', () => {
    expect(value('43263')).to.equal('2018-06-12');
    expect(note('43263')).to.contain('serial number').and.contain('2018-06-12');
    expect(value('43634.5')).to.equal('2019-06-18');
    expect(note('43634.5')).to.contain('without its time of day');
  });

  it('reads month names in English, with a note', () => {
    expect(value('June 12, 2018')).to.equal('2018-06-12');
    expect(value('Tuesday, June 12th 2018')).to.equal('2018-06-12');
    expect(value('12 Jun 2018')).to.equal('2018-06-12');
    expect(value('12-Jun-2018')).to.equal('2018-06-12');
    expect(value('Sept. 2019')).to.equal('2019-09');
    expect(note('June 12, 2018')).to.contain('read as 2018-06-12').and.contain('write 2018-06-12');
    expect(reason('12-Jun-18')).to.contain('two-digit year');
    expect(reason('February 30, 2019')).to.contain('no day 30');
  });

  it('reads year-first and month-year forms, and approximate words', () => {
    expect(value('2018/06/12')).to.equal('2018-06-12');
    expect(value('2018. 6. 12.')).to.equal('2018-06-12');
    expect(value('6/2018')).to.equal('2018-06');
    expect(value('c. 1950')).to.equal('~1950');
    expect(value('circa June 1950')).to.equal('~1950-06');
  });

  it('keeps the day of a time without an offset, and says how to keep the time', () => {
    expect(value('2018-06-12 00:00:00')).to.equal('2018-06-12');
    expect(note('2018-06-12 00:00:00')).to.contain('the spreadsheet added');
    expect(value('2018-06-12 09:30')).to.equal('2018-06-12');
    expect(note('2018-06-12 09:30')).to.contain('UTC offset');
    expect(value('2018-06-12 09:30+0800')).to.equal('2018-06-12T09:30+08:00');
  });

  it('gives the grammar\'s reason for anything else', () => {
    expect(reason('soon')).to.contain('not a date in the accepted form');
    expect(reason('6/12/18')).to.contain('two-digit year');
  });
});

describe('readDateParts (TimelineJS columns)', () => {
  const parts = (year: string, month = '', day = '', time = '') => readDateParts({ year, month, day, time });

  it('builds a date at the precision given', () => {
    expect(parts('2019')).to.deep.equal({ ok: true, value: '2019' });
    expect(parts('2019', '6')).to.deep.equal({ ok: true, value: '2019-06' });
    expect(parts('2,019', '06', '20')).to.deep.equal({ ok: true, value: '2019-06-20' });
    expect(parts('2019', 'June', '20')).to.deep.equal({ ok: true, value: '2019-06-20' });
  });

  it('counts years below zero as TimelineJS does (no year zero)', () => {
    expect(parts('-500')).to.deep.equal({ ok: true, value: '-000499' });
  });

  it('keeps a time on the same clock, flagged as having no zone', () => {
    expect(parts('2019', '2', '27', '2:05 PM')).to.deep.equal({ ok: true, value: '2019-02-27T14:05Z', untimed: true });
    expect(parts('2019', '2', '27', '09:05:30')).to.deep.equal({ ok: true, value: '2019-02-27T09:05:30Z', untimed: true });
  });

  it('names the part that is wrong', () => {
    expect(parts('MMXIX')).to.include({ ok: false, part: 'year' });
    expect(parts('2019', '13')).to.include({ ok: false, part: 'month' });
    expect(parts('2019', '2', '30')).to.include({ ok: false, part: 'day' });
    expect(parts('2019', '', '5')).to.include({ ok: false, part: 'day' });
    expect(parts('2019', '2', '5', 'noon')).to.include({ ok: false, part: 'time' });
  });
});
