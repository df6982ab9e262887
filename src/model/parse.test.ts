import { expect } from '@open-wc/testing';
import { parseTimelineJSON, jsonErrorOffset } from './json-text.js';
import { parseEvent, parseTimeline, type Problem } from './index.js';

const actor = { id: 'kp', name: 'North Korea', kind: 'state' };

function event(id: string, extra: Record<string, unknown> = {}) {
  return { id, title: `Event ${id}`, when: '2019-02-27', kind: 'summit', actors: ['kp'], ...extra };
}

function doc(events: unknown[], extra: Record<string, unknown> = {}) {
  return { schemaVersion: 1, title: 'Test', actors: [actor], events, ...extra };
}

function ids(input: unknown): string[] {
  return parseTimeline(input).timeline.events.map((e) => e.id);
}

function problemAt(problems: Problem[], path: string): Problem {
  const found = problems.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}: ${JSON.stringify(problems)}`);
  return found;
}

describe('parseTimeline', () => {
  it('reads a valid document without problems', () => {
    const { timeline, problems } = parseTimeline(
      doc([event('a', { when: { start: '2019-02-27', end: '2019-02-28' }, status: 'failed', importance: 3 })]),
    );
    expect(problems).to.deep.equal([]);
    expect(timeline.title).to.equal('Test');
    expect(timeline.events[0]?.when.start).to.include({ year: 2019, month: 2, day: 27 });
    expect(timeline.events[0]?.when.end).to.include({ day: 28 });
    expect(timeline.events[0]?.status).to.equal('failed');
  });

  it('leaves out an event whose date is invalid, names it, and keeps the rest', () => {
    const { timeline, problems } = parseTimeline(doc([event('a'), event('b', { when: '2019-02-30' }), event('c')]));
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['a', 'c']);
    const problem = problemAt(problems, 'events[1].when');
    expect(problem).to.include({ eventId: 'b', severity: 'error' });
    expect(problem.message).to.match(/no day 30/).and.match(/left out/);
  });

  it('leaves out events without an id or a visible title', () => {
    const input = doc([
      event('a', { title: '\u200b\u200d \u2066' }),
      { title: 'no id', when: '2019', kind: 'summit', actors: [] },
      event('ok'),
    ]);
    const { timeline, problems } = parseTimeline(input);
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(problemAt(problems, 'events[0].title').message).to.match(/invisible/);
    expect(problemAt(problems, 'events[1].id').message).to.match(/missing/);
  });

  it('drops an invalid optional field with a warning and keeps the event', () => {
    const { timeline, problems } = parseTimeline(doc([event('a', { importance: 7, status: 'maybe', location: 'Hanoi' })]));
    expect(timeline.events).to.have.length(1);
    expect(timeline.events[0]).to.not.have.property('importance');
    expect(timeline.events[0]).to.not.have.property('status');
    expect(timeline.events[0]).to.not.have.property('location');
    for (const path of ['events[0].importance', 'events[0].status', 'events[0].location']) {
      expect(problemAt(problems, path)).to.include({ severity: 'warning', eventId: 'a' });
    }
  });

  it('drops only the bad item of a list', () => {
    const sources = [
      { title: 'Good', url: 'https://example.org/a' },
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Tricky', url: ' java\tscript:alert(1)' },
      { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
      { title: 'Also good', url: 'http://example.org/b' },
    ];
    const { timeline, problems } = parseTimeline(doc([event('a', { sources })]));
    expect(timeline.events[0]?.sources?.map((s) => s.url)).to.deep.equal([
      'https://example.org/a',
      undefined,
      undefined,
      undefined,
      'http://example.org/b',
    ]);
    // A source without a link is still a source: its title is kept, the bad link is not.
    expect(timeline.events[0]?.sources?.[1]).to.deep.equal({ title: 'Script' });
    expect(problemAt(problems, 'events[0].sources[1].url')).to.include({ severity: 'warning', eventId: 'a' });
    expect(problemAt(problems, 'events[0].sources[1].url').message).to.match(/javascript:/);
    expect(problemAt(problems, 'events[0].sources[2].url').message).to.match(/javascript:/);
    expect(problemAt(problems, 'events[0].sources[3].url').message).to.match(/data:/);
  });

  it('drops a bad nested optional value but keeps its parent', () => {
    const quotes = [
      { text: 'A knife with two sides.', speaker: 'Lee', source: { title: '', url: 'https://example.org' } },
      { text: 'Second.', speaker: 'Lim', lang: 'not a language!' },
      { text: 'No speaker.' },
    ];
    const { timeline, problems } = parseTimeline(doc([event('a', { quotes })]));
    expect(timeline.events[0]?.quotes).to.deep.equal([
      { text: 'A knife with two sides.', speaker: 'Lee' },
      { text: 'Second.', speaker: 'Lim' },
    ]);
    expect(problemAt(problems, 'events[0].quotes[0].source.title').message).to.match(/ignored/);
    expect(problemAt(problems, 'events[0].quotes[1].lang').severity).to.equal('warning');
    expect(problemAt(problems, 'events[0].quotes[2].speaker').message).to.match(/missing.*quote was left out/);
  });

  it('replaces an unknown kind with "other" and says so', () => {
    const { timeline, problems } = parseTimeline(doc([event('a', { kind: 'ceasefire' })]));
    expect(timeline.events[0]?.kind).to.equal('other');
    expect(problemAt(problems, 'events[0].kind').message).to.match(/ceasefire/).and.match(/"other"/);
  });

  it('rejects a reversed range', () => {
    const { timeline, problems } = parseTimeline(doc([event('a', { when: { start: '2019-06-21', end: '2019-06-20' } })]));
    expect(timeline.events).to.deep.equal([]);
    expect(problemAt(problems, 'events[0].when').message).to.match(/ends before it starts/);
  });

  it('names the bad end of a range', () => {
    const { problems } = parseTimeline(doc([event('a', { when: { start: '2019-06-20', end: '2019-06-31' } })]));
    expect(problemAt(problems, 'events[0].when.end').message).to.match(/no day 31/);
  });

  it('reports duplicate ids and keeps both events under distinct ids', () => {
    const { timeline, problems } = parseTimeline(doc([event('a'), event('a'), event('a-2')]));
    // The data's own "a-2" keeps its id; the duplicate gets the next free one.
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['a', 'a-3', 'a-2']);
    expect(problemAt(problems, 'events[1].id')).to.include({ severity: 'error', eventId: 'a' });
  });

  it('drops references to actors and events that do not exist', () => {
    const { timeline, problems } = parseTimeline(
      doc([
        event('a', { actors: ['kp', 'nobody'], related: [{ id: 'b', relation: 'follows' }, { id: 'gone', relation: 'follows' }] }),
        event('b', { related: [{ id: 'b', relation: 'follows' }] }),
      ]),
    );
    expect(timeline.events[0]?.actors).to.deep.equal(['kp']);
    expect(timeline.events[0]?.related).to.deep.equal([{ id: 'b', relation: 'follows' }]);
    expect(timeline.events[1]?.related).to.deep.equal([]);
    expect(problemAt(problems, 'events[0].actors[1]').message).to.match(/nobody/);
    expect(problemAt(problems, 'events[0].related[1].id').message).to.match(/gone/);
    expect(problemAt(problems, 'events[1].related[0].id').message).to.match(/itself/);
  });

  it('warns of unknown fields without reading them', () => {
    let read = false;
    const input = doc([event('a')]);
    Object.defineProperty(input.events[0], 'trap', {
      enumerable: true,
      get() {
        read = true;
        return 1;
      },
    });
    const { timeline, problems } = parseTimeline(input);
    expect(problems).to.deep.equal([{ path: 'events[0].trap', eventId: 'a', severity: 'warning', message: 'is not a field diplo-timeline reads; it was ignored' }]);
    expect(read).to.equal(false);
    expect(timeline.events[0]).to.not.have.property('trap');
  });

  it('never mutates its input', () => {
    const input = doc([event('a', { kind: 'bogus', sources: [{ title: 'x', url: 'javascript:1' }] }), event('a')]);
    const before = JSON.stringify(input);
    Object.freeze(input.events);
    parseTimeline(input);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('trims text, composes Unicode and repairs lone surrogates', () => {
    const { timeline } = parseTimeline(doc([event('a', { title: '  Han\u0301oi \uD800 ', summary: 'One.\r\n\r\nTwo.' })]));
    expect(timeline.events[0]?.title).to.equal('Hańoi \uFFFD');
    expect(timeline.events[0]?.summary).to.equal('One.\n\nTwo.');
  });

  describe('the document', () => {
    it('keeps events when the title is missing, and reports it', () => {
      const { timeline, problems } = parseTimeline({ schemaVersion: 1, actors: [actor], events: [event('a')] });
      expect(timeline.events).to.have.length(1);
      expect(problemAt(problems, 'title').severity).to.equal('error');
    });

    it('reads a future schemaVersion as far as it can, with an error', () => {
      const { timeline, problems } = parseTimeline(doc([event('a')], { schemaVersion: 2 }));
      expect(timeline.events).to.have.length(1);
      expect(problemAt(problems, 'schemaVersion').message).to.match(/newer/);
    });

    it('warns when schemaVersion is missing', () => {
      const input: Record<string, unknown> = doc([event('a')]);
      delete input.schemaVersion;
      expect(problemAt(parseTimeline(input).problems, 'schemaVersion').severity).to.equal('warning');
    });

    it('reports events that are not a list', () => {
      for (const events of [null, {}, 'x', 5]) {
        const { timeline, problems } = parseTimeline(doc([], { events }));
        expect(timeline.events).to.deep.equal([]);
        expect(problemAt(problems, 'events').severity).to.equal('error');
      }
    });

    it('ignores a bad asOf or locale with a warning', () => {
      const { timeline, problems } = parseTimeline(doc([event('a')], { asOf: '18/06/2019', locale: 'not a tag!' }));
      expect(timeline).to.not.have.property('asOf');
      expect(timeline).to.not.have.property('locale');
      expect(problemAt(problems, 'asOf').message).to.match(/ambiguous/);
      expect(problemAt(problems, 'locale').severity).to.equal('warning');
    });

    it('keeps good actors and drops bad or duplicate ones', () => {
      const { timeline, problems } = parseTimeline(
        doc([event('a')], {
          actors: [actor, { id: 'us', name: 'US', color: 'red; background: url(x)' }, { name: 'no id' }, actor],
        }),
      );
      expect(timeline.actors.map((a) => a.id)).to.deep.equal(['kp', 'us']);
      expect(timeline.actors[1]).to.not.have.property('color');
      expect(problemAt(problems, 'actors[1].color').severity).to.equal('warning');
      expect(problemAt(problems, 'actors[2].id').severity).to.equal('warning');
      expect(problems.some((p) => p.path === 'actors[3].id' || p.message.includes('also the id'))).to.equal(true);
    });
  });

  describe('hostile input', () => {
    it('never throws, whatever it is given', () => {
      const cyclic: Record<string, unknown> = { schemaVersion: 1, title: 'Cycle', actors: [], events: [] };
      cyclic.self = cyclic;
      (cyclic.events as unknown[]).push(cyclic);
      let deep: unknown = {};
      for (let i = 0; i < 5000; i++) deep = { events: [deep], title: deep, when: deep };
      const throwing = new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          has() {
            throw new Error('boom');
          },
          getOwnPropertyDescriptor() {
            throw new Error('boom');
          },
        },
      );
      const inputs: unknown[] = [
        undefined,
        null,
        0,
        Number.NaN,
        '',
        'string',
        [],
        [doc([event('a')])],
        () => 1,
        Symbol('x'),
        10n,
        cyclic,
        deep,
        throwing,
        doc([throwing, event('a')]),
        doc([event('a', { actors: throwing, sources: [throwing] })]),
        doc(new Array(3).fill(null)),
        { events: 'x'.repeat(100000) },
      ];
      for (const input of inputs) {
        const result = parseTimeline(input);
        expect(result.timeline.events).to.be.an('array');
        expect(result.problems).to.be.an('array');
        for (const problem of result.problems) {
          expect(problem.path).to.be.a('string');
          expect(problem.message).to.be.a('string').and.not.be.empty;
          expect(['error', 'warning']).to.include(problem.severity);
        }
      }
      expect(ids(doc([throwing, event('a')]))).to.deep.equal(['a']);
    });

    it('reports a root that is not an object', () => {
      for (const input of [null, [], 'x', 3]) {
        const { problems } = parseTimeline(input);
        expect(problemAt(problems, '').severity).to.equal('error');
      }
    });

    it('does nothing with __proto__ and constructor keys', () => {
      const text = `{"schemaVersion":1,"title":"x","actors":[],"__proto__":{"polluted":1},
        "events":[{"id":"a","title":"A","when":"2019","kind":"summit","actors":[],"__proto__":{"polluted":2},
        "constructor":{"prototype":{"polluted":3}},"location":{"name":"H","__proto__":{"polluted":4}}}]}`;
      const { timeline, problems } = parseTimelineJSON(text);
      // Named as fields it does not read, and nothing more.
      expect(problems.map((p) => [p.severity, p.path])).to.deep.equal([
        ['warning', '__proto__'],
        ['warning', 'events[0].__proto__'],
        ['warning', 'events[0].constructor'],
        ['warning', 'events[0].location.__proto__'],
      ]);
      expect(timeline.events).to.have.length(1);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((timeline.events[0] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(timeline.events[0])).to.equal(Object.prototype);
    });

    it('does not read values inherited through the prototype chain', () => {
      const inherited: unknown = Object.create({ title: 'inherited', id: 'x', when: '2019', kind: 'summit', actors: [] });
      const { timeline } = parseTimeline(doc([inherited, event('a')]));
      expect(timeline.events.map((e) => e.id)).to.deep.equal(['a']);
    });

    it('keeps thousands of valid events among invalid ones', () => {
      const events = Array.from({ length: 5000 }, (_, i) => (i % 10 === 3 ? event(`e${i}`, { when: 'soon' }) : event(`e${i}`)));
      const { timeline, problems } = parseTimeline(doc(events));
      expect(timeline.events).to.have.length(4500);
      expect(problems.filter((p) => p.severity === 'error')).to.have.length(500);
    });
  });
});

describe('parseTimelineJSON', () => {
  it('reads JSON text, skipping a byte-order mark', () => {
    const { timeline, problems } = parseTimelineJSON(`\uFEFF${JSON.stringify(doc([event('a')]))}`);
    expect(problems).to.deep.equal([]);
    expect(timeline.events).to.have.length(1);
  });

  it('says where invalid JSON breaks', () => {
    const { problems } = parseTimelineJSON('{\n  "title": "x",\n  "events": [1, 2,]\n}');
    expect(problems[0]?.message).to.match(/invalid JSON at line 3, column 19/);
  });

  it('recognises truncated JSON, HTML pages, JavaScript and empty files', () => {
    expect(parseTimelineJSON('{"title": "x", "events": [').problems[0]?.message).to.match(/ends too soon/);
    expect(parseTimelineJSON('<!DOCTYPE html><title>404</title>').problems[0]?.message).to.match(/HTML, not JSON/);
    expect(parseTimelineJSON('const data = {}').problems[0]?.message).to.contain('this is JavaScript, not JSON');
    expect(parseTimelineJSON('data = {}').problems[0]?.message).to.match(/line 1, column 1/);
    expect(parseTimelineJSON('{"a": NaN}').problems[0]?.message).to.match(/line 1, column 7/);
    expect(parseTimelineJSON('   ').problems[0]?.message).to.match(/empty/);
  });

  it('finds the offset of a JSON error without recursion', () => {
    expect(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "d"}')).to.equal(-1);
    expect(jsonErrorOffset('[1 2]')).to.equal(3);
    expect(jsonErrorOffset('{"a" 1}')).to.equal(5);
    expect(jsonErrorOffset('"\\x"')).to.equal(0);
    expect(jsonErrorOffset('[] x')).to.equal(3);
    expect(jsonErrorOffset(`${'['.repeat(100000)}${']'.repeat(100000)}`)).to.equal(-1);
  });
});

describe('parseEvent', () => {
  it('reads one event with the same rules, paths relative to it', () => {
    const { event: ok, problems } = parseEvent(event('a', { importance: 9 }));
    expect(ok?.id).to.equal('a');
    expect(problems.map((p) => p.path)).to.deep.equal(['importance']);
    const bad = parseEvent({ id: 'b', title: 'B', when: 'soon', kind: 'summit', actors: [] });
    expect(bad.event).to.equal(undefined);
    expect(bad.problems[0]).to.include({ path: 'when', eventId: 'b', severity: 'error' });
    expect(parseEvent(null).event).to.equal(undefined);
  });
});
