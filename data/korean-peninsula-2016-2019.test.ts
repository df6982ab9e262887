import { expect } from '@open-wc/testing';
import { daysUntil, formatWhen, isHindsight, parseTimeline, timingAsOf, type TimelineEvent } from '../src/model/index.js';
import { koreanPeninsula } from './korean-peninsula-2016-2019.js';

const { timeline, problems } = parseTimeline(koreanPeninsula);

function find(id: string): TimelineEvent {
  const found = timeline.events.find((event) => event.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

function byDate(text: string): TimelineEvent[] {
  return timeline.events.filter((event) => formatWhen(event.when) === text);
}

describe('the Korean Peninsula dataset', () => {
  it('validates with zero problems', () => {
    expect(problems).to.deep.equal([]);
    expect(timeline.events.length).to.be.at.least(30);
    expect(timeline.events.length, 'nothing was dropped').to.equal(koreanPeninsula.events.length);
  });

  it('is told as of the day the story ran', () => {
    expect(formatWhen(timeline.asOf!)).to.equal('June 18, 2019');
  });

  it('holds the five UN sanctions resolutions of 2016–17', () => {
    for (const date of ['March 2, 2016', 'November 30, 2016', 'August 5, 2017', 'September 11, 2017', 'December 22, 2017']) {
      const resolutions = byDate(date).filter((event) => event.kind === 'resolution');
      expect(resolutions, date).to.have.length(1);
      expect(resolutions[0]!.actors).to.include('un-security-council');
    }
  });

  it('holds the 2018 outreach', () => {
    expect(formatWhen(find('panmunjom-summit').when)).to.equal('April 27, 2018');
    expect(formatWhen(find('singapore-summit').when)).to.equal('June 12, 2018');
    expect(formatWhen(find('pyeongchang-olympics').when)).to.equal('February 9–25, 2018');
  });

  it('holds the failed Hanoi summit', () => {
    const hanoi = find('hanoi-summit');
    expect(formatWhen(hanoi.when)).to.equal('February 27–28, 2019');
    expect(hanoi.status).to.equal('failed');
    expect(hanoi.location?.name).to.equal('Hanoi');
  });

  it("holds Kim's year-end deadline, ahead as of the story", () => {
    const deadline = find('year-end-deadline');
    expect(deadline.kind).to.equal('deadline');
    expect(formatWhen(deadline.when, { deadline: true })).to.equal('by the end of 2019');
    expect(timingAsOf(deadline, timeline.asOf!)).to.equal('ahead');
    expect(daysUntil(deadline, timeline.asOf!)).to.equal(196);
  });

  it('holds the G20 in Osaka and the Xi visit, both ahead', () => {
    const g20 = find('g20-osaka');
    expect(formatWhen(g20.when)).to.equal('June 28–29, 2019');
    expect(g20.location?.name).to.equal('Osaka');
    const xi = find('xi-pyongyang-visit');
    expect(formatWhen(xi.when)).to.equal('June 20–21, 2019');
    expect(timingAsOf(xi, timeline.asOf!)).to.equal('ahead');
    expect(isHindsight(xi, timeline.asOf!)).to.equal(false);
  });

  it('quotes the five experts with their roles', () => {
    const quotes = timeline.events.flatMap((event) => event.quotes ?? []);
    expect(quotes.map((quote) => quote.speaker)).to.have.members([
      'Nam Sung-wook',
      'Lee Seong-hyon',
      'Lim Eul Chul',
      'Wi Sung-lac',
      'Shin Beomchul',
    ]);
    for (const quote of quotes) {
      expect(quote.role, quote.speaker).to.be.a('string').and.not.be.empty;
      expect(quote.source?.publisher).to.equal('Associated Press');
    }
  });

  it('cites a source for every event, with https links', () => {
    for (const event of timeline.events) {
      expect(event.sources, event.id).to.be.an('array').that.is.not.empty;
      for (const source of event.sources ?? []) {
        if (source.url) expect(source.url, event.id).to.match(/^https:\/\//);
      }
    }
    const linked = timeline.events.filter((event) => event.sources?.some((source) => source.url));
    expect(linked.length).to.be.at.least(30);
  });

  it('keeps the hindsight events after the as-of date', () => {
    const hindsight = timeline.events.filter((event) => isHindsight(event, timeline.asOf!)).map((event) => event.id);
    expect(hindsight).to.include.members(['dmz-meeting', 'g20-trade-truce', 'moratorium-ends']);
  });

  it('gives every actor at least one event and every event an actor', () => {
    for (const actor of timeline.actors) {
      expect(timeline.events.some((event) => event.actors.includes(actor.id)), actor.id).to.equal(true);
    }
    for (const event of timeline.events) expect(event.actors, event.id).to.not.be.empty;
  });
});
