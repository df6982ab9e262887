import { expect } from '@open-wc/testing';
import { date, when } from '../test-support/dates.js';
import type { EventKind, EventStatus } from './schema.js';
import { daysUntil, deriveStatus, isHindsight, latestDate, sortEvents, timingAsOf } from './status.js';

const asOf = date('2019-06-18');

function ev(start: string, end?: string, kind: EventKind = 'summit', status?: EventStatus) {
  return { when: when(start, end), kind, ...(status ? { status } : {}) };
}

describe('status as of a date', () => {
  it('places events before, around and after the as-of date', () => {
    expect(timingAsOf(ev('2019-02-27', '2019-02-28'), asOf)).to.equal('past');
    expect(timingAsOf(ev('2019-06-18'), asOf), 'the story day itself').to.equal('past');
    expect(timingAsOf(ev('2019-06-20', '2019-06-21'), asOf)).to.equal('ahead');
    expect(timingAsOf(ev('2019-06-10', '2019-06-30'), asOf)).to.equal('ongoing');
    expect(timingAsOf(ev('2019'), asOf)).to.equal('ongoing');
    expect(timingAsOf(ev('2019-06-18T23:00+09:00'), asOf)).to.equal('past');
  });

  it('treats a deadline as due on its last day', () => {
    expect(timingAsOf(ev('2019', undefined, 'deadline'), asOf)).to.equal('ahead');
    expect(timingAsOf(ev('2019', undefined, 'deadline'), date('2019-12-31'))).to.equal('past');
    expect(daysUntil(ev('2019', undefined, 'deadline'), asOf)).to.equal(196);
    expect(daysUntil(ev('2019-06-28', '2019-06-29'), asOf)).to.equal(10);
    expect(daysUntil(ev('2019-02-27'), asOf)).to.equal(-111);
  });

  it('reads a month or year as-of date as its end', () => {
    expect(timingAsOf(ev('2019-06-30'), date('2019-06'))).to.equal('past');
    expect(timingAsOf(ev('2019-07-01'), date('2019-06'))).to.equal('ahead');
  });

  it('derives a status when the data gives none, and keeps one it gives', () => {
    expect(deriveStatus(ev('2018-06-12'), asOf)).to.equal('occurred');
    expect(deriveStatus(ev('2019-06-28', '2019-06-29'), asOf)).to.equal('expected');
    expect(deriveStatus(ev('2019', undefined, 'deadline'), asOf)).to.equal('scheduled');
    expect(deriveStatus(ev('2019', undefined, 'deadline'), date('2020-01-01'))).to.equal('occurred');
    expect(deriveStatus(ev('2019-02-27', '2019-02-28', 'summit', 'failed'), asOf)).to.equal('failed');
    expect(deriveStatus(ev('2019-06-20', '2019-06-21', 'visit', 'scheduled'), asOf)).to.equal('scheduled');
  });

  it('tells hindsight from what was foreseen', () => {
    expect(isHindsight(ev('2019-06-30', undefined, 'meeting', 'occurred'), asOf)).to.equal(true);
    expect(isHindsight(ev('2019-06-28', '2019-06-29', 'summit', 'scheduled'), asOf)).to.equal(false);
    expect(isHindsight(ev('2019-06-28'), asOf)).to.equal(false);
    expect(isHindsight(ev('2019-02-27', undefined, 'summit', 'failed'), asOf)).to.equal(false);
  });
});

describe('sortEvents', () => {
  it('sorts by date and keeps data order for ties, without touching its input', () => {
    const events = [
      { id: 'g20', when: when('2019-06-28', '2019-06-29') },
      { id: 'meeting', when: when('2019-06-29') },
      { id: 'truce', when: when('2019-06-29') },
      { id: 'year', when: when('2019') },
      { id: 'hanoi', when: when('2019-02-27', '2019-02-28') },
    ];
    const copy = [...events];
    expect(sortEvents(events).map((e) => e.id)).to.deep.equal(['year', 'hanoi', 'g20', 'meeting', 'truce']);
    expect(events).to.deep.equal(copy);
  });
});

describe('latestDate', () => {
  it('is the end of the last-ending event', () => {
    expect(latestDate([])).to.equal(undefined);
    const latest = latestDate([
      { when: when('2019-06-28', '2019-06-29') },
      { when: when('2019') },
      { when: when('2019-06-30') },
    ]);
    expect(latest).to.deep.equal(date('2019'));
  });
});
