// The trust boundary: what the parser returned in this page is marked; everything else,
// however it is shaped, is validated, and the parser reads its own output back unchanged.
import { expect } from '@open-wc/testing';
import { ParseCache, isParsed, parseActors, parseEvent, parseTimeline } from './index.js';
import { partialDateText } from './dates.js';

const document = {
  schemaVersion: 1,
  title: 'T',
  asOf: '2019-06-18',
  actors: [{ id: 'kp', name: 'North Korea', color: '#c00' }],
  eras: [{ id: 'e', title: 'Era', start: '2018', end: '2019-06' }],
  events: [
    { id: 'a', title: 'A', when: '2019-02-27', kind: 'summit', actors: ['kp'], sources: [{ title: 's', url: 'https://example.org/', published: '2019-02' }] },
    { id: 'b', title: 'B', when: { start: '~2018-04', end: '2018-05' }, kind: 'talks', actors: [] },
    { id: 'c', title: 'C', when: '2018-06-12T09:04:30+08:00', kind: 'summit', actors: [] },
  ],
};

describe('the trust boundary', () => {
  it('marks the parser\'s own output, and nothing else', () => {
    const { timeline } = parseTimeline(document);
    expect(isParsed(timeline)).to.equal(true);
    expect(isParsed(timeline.events[0])).to.equal(true);
    expect(isParsed(timeline.actors)).to.equal(true);
    expect(isParsed(structuredClone(timeline))).to.equal(false);
    expect(isParsed({ ...timeline.events[0] })).to.equal(false);
    expect(isParsed(JSON.parse(JSON.stringify(timeline.events[0])))).to.equal(false);
    expect(isParsed([{ id: 'kp', name: 'x' }])).to.equal(false);
    const { event } = parseEvent(document.events[0]);
    expect(isParsed(event)).to.equal(true);
  });

  it('reads its own output back to the same timeline (a copy, JSON round trip included)', () => {
    const first = parseTimeline(document).timeline;
    for (const copy of [structuredClone(first), JSON.parse(JSON.stringify(first)) as unknown]) {
      const again = parseTimeline(copy);
      expect(again.problems).to.deep.equal([]);
      expect(again.timeline).to.deep.equal(first);
    }
  });

  it('checks a parsed-looking date like a string: an impossible one is refused with a reason', () => {
    const fake = {
      id: 'x',
      title: 'x',
      kind: 'other',
      actors: [],
      when: { start: { year: 2019, month: 2, day: 30, precision: 'day', approximate: false } },
    };
    const { event, problems } = parseEvent(fake);
    expect(event).to.equal(undefined);
    expect(problems[0]?.path).to.equal('when.start');
    expect(problems[0]?.message).to.match(/no day 30/);
  });

  it('reads only date objects whose fields agree with their precision', () => {
    expect(partialDateText({ year: 2019, precision: 'year', approximate: false })).to.equal('2019');
    expect(partialDateText({ year: 2019, month: 6, precision: 'month', approximate: true })).to.equal('~2019-06');
    expect(
      partialDateText({ year: 2018, month: 4, day: 27, hour: 9, minute: 30, offsetMinutes: 510, precision: 'minute', approximate: false }),
    ).to.equal('2018-04-27T09:30+08:30');
    expect(partialDateText({ year: 2019, month: 6, precision: 'year' })).to.equal(undefined);
    expect(partialDateText({ year: 2019, precision: 'day' })).to.equal(undefined);
    expect(partialDateText({ year: '2019', precision: 'year' })).to.equal(undefined);
    expect(partialDateText({ year: 2019.5, precision: 'year' })).to.equal(undefined);
    expect(partialDateText({ year: 2019, precision: 'year', approximate: 'yes' })).to.equal(undefined);
    const hostile = Object.create({ precision: 'year', year: 1 }) as Record<string, unknown>;
    expect(partialDateText(hostile), 'inherited fields are not read').to.equal(undefined);
  });

  it('validates actors handed in on their own', () => {
    const { actors, problems } = parseActors([
      { id: 'kp', name: 'North Korea', color: 'red; background: url(x)' },
      { name: 'no id' },
      'junk',
    ]);
    expect(actors.map((actor) => actor.id)).to.deep.equal(['kp']);
    expect(actors[0]?.color).to.equal(undefined);
    expect(problems.map((problem) => problem.path)).to.deep.equal(['actors[0].color', 'actors[1].id', 'actors[2]']);
    expect(isParsed(actors)).to.equal(true);
  });
});

describe('addresses as people write them', () => {
  it('keeps relative, root-relative and protocol-relative addresses as written, and refuses other schemes', () => {
    const { timeline, problems } = parseTimeline({
      ...document,
      events: [
        {
          ...document.events[0],
          sources: [
            { title: 'rel', url: 'story.html' },
            { title: 'root', url: '/news/story.html' },
            { title: 'proto', url: '//example.org/story' },
            { title: 'bad', url: 'javascript:alert(1)' },
          ],
          media: [
            { src: '/static/img/palm.png', alt: 'A palm' },
            { src: '//upload.wikimedia.org/a.jpg', alt: '' },
            { url: 'https://youtu.be/abc', caption: 'The summit', credit: 'AP' },
            { caption: 'nothing to show' },
            { src: 'a.png' },
          ],
        },
      ],
    });
    const event = timeline.events[0]!;
    expect(event.sources?.map((source) => source.url)).to.deep.equal(['story.html', '/news/story.html', '//example.org/story', undefined]);
    expect(event.media).to.deep.equal([
      { src: '/static/img/palm.png', alt: 'A palm' },
      { src: '//upload.wikimedia.org/a.jpg', alt: '' },
      { url: 'https://youtu.be/abc', caption: 'The summit', credit: 'AP' },
    ]);
    const messages = Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));
    expect(messages['events[0].sources[3].url']).to.match(/javascript:/);
    expect(messages['events[0].media[3]']).to.match(/needs src/);
    expect(messages['events[0].media[4]']).to.match(/has no alt/);
  });
});

describe('ParseCache', () => {
  it('reads again only what changed, and moves kept problems to their new place', () => {
    const cache = new ParseCache();
    const bad = { id: 'bad', title: 'Bad', when: '2019-02-30', kind: 'talks', actors: [] };
    const first = { ...document, events: [...document.events, bad] };
    const one = parseTimeline(first, { cache });
    const edited = { ...first.events[0]!, title: 'Edited' };
    const second = { ...first, events: [{ id: 'new', title: 'New', when: '2018', kind: 'other', actors: [] }, edited, ...first.events.slice(1)] };
    const two = parseTimeline(second, { cache });
    expect(two.timeline.events.find((event) => event.id === 'b'), 'an unchanged event is the same object').to.equal(one.timeline.events.find((event) => event.id === 'b'));
    expect(two.timeline.events.find((event) => event.id === 'a')?.title).to.equal('Edited');
    expect(two.timeline.actors, 'an unchanged list of actors too').to.equal(one.timeline.actors);
    expect(one.problems.map((problem) => problem.path)).to.deep.equal(['events[3].when']);
    expect(two.problems.map((problem) => problem.path)).to.deep.equal(['events[4].when']);
    expect(two).to.deep.equal(parseTimeline(second));
  });

  it('gives what a read without it gives, when duplicate ids rename a reused event', () => {
    const cache = new ParseCache();
    const a = { id: 'x', title: 'A', when: '2019', kind: 'other', actors: ['kp', 'nobody'] };
    const b = { id: 'y', title: 'B', when: '2019', kind: 'other', actors: [] };
    parseTimeline({ ...document, events: [a, b] }, { cache });
    const renamed = { ...b, id: 'x' };
    const again = { ...document, events: [a, renamed] };
    expect(parseTimeline(again, { cache })).to.deep.equal(parseTimeline(again));
    expect(parseTimeline({ ...document, events: [a, b] }, { cache }).timeline.events.map((event) => event.id)).to.deep.equal(['x', 'y']);
  });
});
