import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { parseTimeline } from './index.js';
import { jsonLdText, structuredData } from './structured-data.js';

describe('structuredData', () => {
  const { timeline } = parseTimeline(koreanPeninsula);
  const data = structuredData(timeline, { url: 'https://news.example/story?x=1#top' });
  const list = data.itemListElement as { position: number; item: Record<string, unknown> }[];

  it('is a schema.org ItemList of Events in order', () => {
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('ItemList');
    expect(data.name).to.equal(timeline.title);
    expect(data.numberOfItems).to.equal(timeline.events.length);
    expect(list.map((entry) => entry.position)).to.deep.equal(timeline.events.map((_, i) => i + 1));
    expect(list.every((entry) => entry.item['@type'] === 'Event')).to.equal(true);
  });

  it('gives dates at their precision, places, statuses and anchors', () => {
    const hanoi = list.find((entry) => entry.item.name === 'The Hanoi summit ends early without a deal')!.item;
    expect(hanoi).to.include({ startDate: '2019-02-27', endDate: '2019-02-28', url: 'https://news.example/story?x=1#hanoi-summit' });
    expect(hanoi.location).to.deep.equal({ '@type': 'Place', name: 'Hanoi', address: 'Vietnam' });
    expect(hanoi.eventStatus).to.equal('https://schema.org/EventScheduled');
    const deadline = list.find((entry) => entry.item.name === "Kim's deadline for a new U.S. proposal")!.item;
    expect(deadline.startDate).to.equal('2019');
  });

  it('leaves out dates ISO 8601 has no agreed form for, rather than faking one', () => {
    const deep = parseTimeline({
      schemaVersion: 1,
      title: 'Light',
      actors: [],
      events: [
        { id: 'big-bang', title: 'The Big Bang', when: '~-13799999999', kind: 'other', actors: [] },
        { id: 'sapiens', title: 'Homo sapiens', when: '-299999', kind: 'other', actors: [] },
        { id: 'hubble', title: 'From the Sun to Hubble', when: { start: '-4599999999', end: '1990-04-25' }, kind: 'other', actors: [] },
      ],
    }).timeline;
    const items = (structuredData(deep).itemListElement as { item: Record<string, unknown> }[]).map((entry) => entry.item);
    expect(items[0]).to.not.have.property('startDate');
    expect(items[0]!.name).to.equal('The Big Bang');
    expect(items[1]!.startDate).to.equal('-299999');
    expect(items[2]).to.not.have.property('startDate');
    expect(items[2]!.endDate).to.equal('1990-04-25');
  });

  it('serializes so that no data can close the script element', () => {
    const evil = parseTimeline({
      schemaVersion: 1,
      title: '</script><script>alert(1)</script>',
      actors: [],
      events: [{ id: 'a', title: '</SCRIPT>\u2028', when: '2019', kind: 'other', actors: [] }],
    }).timeline;
    const text = jsonLdText(structuredData(evil));
    expect(text).to.not.match(/<\/script/i);
    expect(text).to.not.contain('\u2028');
    const back = JSON.parse(text) as { name: string };
    expect(back.name).to.equal('</script><script>alert(1)</script>');
  });
});
