import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { closestField, parseTimeline, readTimeline, serializeTimeline } from './index.js';

const EVENT_FIELDS = ['id', 'title', 'when', 'kind', 'actors', 'status', 'summary', 'location', 'quotes', 'sources', 'media', 'related', 'tags', 'importance'];

describe('closestField', () => {
  it('finds the field meant: another tool\'s name, another case, a slip of a letter', () => {
    expect(closestField('headline', EVENT_FIELDS)).to.equal('title');
    expect(closestField('start_date', EVENT_FIELDS)).to.equal('when');
    expect(closestField('description', EVENT_FIELDS)).to.equal('summary');
    expect(closestField('Title', EVENT_FIELDS)).to.equal('title');
    expect(closestField('tittle', EVENT_FIELDS)).to.equal('title');
    expect(closestField('source', EVENT_FIELDS)).to.equal('sources');
    expect(closestField('improtance', EVENT_FIELDS)).to.equal('importance');
    expect(closestField('as_of', ['schemaVersion', 'title', 'asOf'])).to.equal('asOf');
  });

  it('means a field of the object it is in: `who` is an event\'s actors, a quote\'s speaker', () => {
    expect(closestField('who', EVENT_FIELDS)).to.equal('actors');
    expect(closestField('who', ['text', 'speaker', 'role', 'lang', 'source'])).to.equal('speaker');
    expect(closestField('description', ['src', 'url', 'alt', 'credit', 'caption'])).to.equal('alt');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestField('x-internal-note', EVENT_FIELDS)).to.equal(undefined);
    expect(closestField('zz', EVENT_FIELDS)).to.equal(undefined);
  });
});

describe('parseTimeline and unknown fields', () => {
  it('warns of each, with the field meant, and keeps every event as it would be without it', () => {
    const events = koreanPeninsula.events.map((event, index) => (index === 4 ? { ...event, headline: 'Other', date: '2018' } : event));
    const { timeline, problems } = parseTimeline({ ...koreanPeninsula, events, subtitle: 'S' });
    expect(problems.map((p) => [p.path, p.eventId, p.message])).to.deep.equal([
      ['subtitle', undefined, 'is not a field diplo-timeline reads; it was ignored — did you mean "summary"?'],
      ['events[4].headline', koreanPeninsula.events[4]!.id, 'is not a field diplo-timeline reads; it was ignored — did you mean "title"?'],
      ['events[4].date', koreanPeninsula.events[4]!.id, 'is not a field diplo-timeline reads; it was ignored — did you mean "when"?'],
    ]);
    expect(serializeTimeline(timeline)).to.deep.equal(serializeTimeline(parseTimeline(koreanPeninsula).timeline));
  });

  it('names at most five per object and counts the rest', () => {
    const junk = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`junk${String(i)}`, { deep: i }]));
    const { timeline, problems } = parseTimeline({ schemaVersion: 1, title: 'T', actors: [], events: [{ id: 'a', title: 'A', when: '2019', kind: 'talks', actors: [], ...junk }] });
    expect(timeline.events).to.have.length(1);
    expect(problems).to.have.length(6);
    expect(problems[5]!.message).to.equal('has 45 more fields diplo-timeline does not read; they were ignored');
  });

  it('readTimeline (the reader\'s bundle) reads the same timeline and leaves the explaining out', () => {
    const doc = { ...koreanPeninsula, notes: 'internal' };
    expect(readTimeline(doc).problems).to.deep.equal([]);
    expect(serializeTimeline(readTimeline(doc).timeline)).to.deep.equal(serializeTimeline(parseTimeline(doc).timeline));
  });
});
