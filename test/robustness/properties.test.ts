// Property-based tests (fast-check): whatever arrives, parsing never throws, never changes
// its input, keeps every valid event and names every problem; valid documents survive a
// parse → serialize → parse round trip. Each property runs with a fixed seed and with a
// random one; on failure fast-check prints the seed and the shrunk counterexample.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import {
  compareWhen,
  parsePartialDate,
  ParseCache,
  parseTimeline,
  parseTimelineAsync,
  serializePartialDate,
  serializeTimeline,
  type TimelineDocument,
} from '../../src/model/index.js';

const RUNS = 1000;
/** Whole-document properties parse the flagship twice per case: fewer cases, same coverage of mutations. */
const DOCUMENT_RUNS = 400;
const SEED = 20261128;

function check<T>(property: fc.IProperty<T>, numRuns = RUNS): void {
  fc.assert(property, { numRuns, seed: SEED });
  fc.assert(property, { numRuns });
}

const FIELDS = ['id', 'title', 'when', 'kind', 'actors', 'status', 'summary', 'location', 'quotes', 'sources', 'media', 'related', 'tags', 'importance'];

/** The flagship with some events' fields replaced by arbitrary JSON. */
const mutatedDocument = fc
  .array(fc.record({ index: fc.nat(koreanPeninsula.events.length - 1), field: fc.constantFrom(...FIELDS), value: fc.jsonValue({ maxDepth: 3 }) }), {
    maxLength: 6,
  })
  .map((mutations) => {
    const doc = structuredClone(koreanPeninsula) as TimelineDocument & { events: Record<string, unknown>[] };
    for (const { index, field, value } of mutations) (doc.events[index] as Record<string, unknown>)[field] = value;
    return { doc, mutated: new Set(mutations.map((m) => m.index)) };
  });

describe('properties of parseTimeline', function () {
  // Thousands of cases: generous time, so a busy machine does not fail them.
  this.timeout(120_000);

  it('never throws on any JSON value, and every problem has a path and a message', () => {
    check(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const { timeline, problems } = parseTimeline(value);
        expect(timeline.events).to.be.an('array');
        for (const problem of problems) {
          expect(problem.path).to.be.a('string');
          expect(problem.message).to.be.a('string').and.not.equal('');
        }
      }),
    );
  });

  it('never throws on any value at all (functions, symbols, big ints, odd objects)', () => {
    check(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true }), (value) => {
        expect(() => parseTimeline(value)).to.not.throw();
      }),
    );
  });

  it('never changes its input, keeps every event it was not given a bad value for, names each problem', () => {
    check(
      fc.property(mutatedDocument, ({ doc, mutated }) => {
        const before = JSON.stringify(doc);
        const { timeline, problems } = parseTimeline(doc);
        expect(JSON.stringify(doc)).to.equal(before);
        const kept = new Set(timeline.events.map((event) => event.id));
        koreanPeninsula.events.forEach((event, index) => {
          if (!mutated.has(index)) {
            // Another event's mutation can at most take this id (a duplicate) and rename this one.
            const renamed = [...kept].some((id) => id === event.id || id.startsWith(`${event.id}-`));
            expect(renamed, `event ${event.id} was lost`).to.equal(true);
          }
        });
        for (const problem of problems) expect(problem.path).to.match(/^(events\[\d+\]|actors|eras|title|schemaVersion|$)/);
      }),
      DOCUMENT_RUNS,
    );
  });

  it('is stable: parse → serialize → parse gives the same timeline', () => {
    check(
      fc.property(mutatedDocument, ({ doc }) => {
        const first = parseTimeline(doc).timeline;
        const again = parseTimeline(JSON.parse(JSON.stringify(serializeTimeline(first))));
        expect(again.problems).to.deep.equal([]);
        expect(again.timeline).to.deep.equal(first);
      }),
      DOCUMENT_RUNS,
    );
  });

  it('reads with a ParseCache exactly what it reads without one, after any edit copied along its path', () => {
    check(
      fc.property(mutatedDocument, fc.nat(), fc.string(), ({ doc }, pick, title) => {
        const cache = new ParseCache();
        parseTimeline(doc, { cache });
        const events = (doc as { events?: unknown }).events;
        if (!Array.isArray(events) || events.length === 0) return;
        const index = pick % events.length;
        const edited = { ...(doc as Record<string, unknown>), events: events.map((event: unknown, i) => (i === index && typeof event === 'object' && event !== null ? { ...event, title } : event)) };
        expect(parseTimeline(edited, { cache })).to.deep.equal(parseTimeline(edited));
      }),
      DOCUMENT_RUNS,
    );
  });

  it('reads its own output, copied (not trusted), back to the same timeline', () => {
    check(
      fc.property(mutatedDocument, ({ doc }) => {
        const first = parseTimeline(doc).timeline;
        const again = parseTimeline(structuredClone(first));
        expect(again.problems).to.deep.equal([]);
        expect(again.timeline).to.deep.equal(first);
      }),
      DOCUMENT_RUNS,
    );
  });
});

describe('properties of parseTimelineAsync', function () {
  this.timeout(120_000);

  it('reads exactly what parseTimeline reads, in slices', async () => {
    const property = fc.asyncProperty(mutatedDocument, fc.integer({ min: 1, max: 12 }), async ({ doc }, copies) => {
      // Long documents (up to 12 × the flagship, with duplicate ids) cross many slices.
      const long = { ...doc, events: Array.from({ length: copies }, () => doc.events).flat() };
      const before = JSON.stringify(long);
      const slices = await parseTimelineAsync(long, { sliceMs: 0 });
      expect(slices).to.deep.equal(parseTimeline(long));
      expect(JSON.stringify(long)).to.equal(before);
    });
    await fc.assert(property, { numRuns: 60, seed: SEED });
    await fc.assert(property, { numRuns: 60 });
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true }), async (value) => {
        const result = await parseTimelineAsync(value, { sliceMs: 0 });
        expect(result.timeline.events).to.be.an('array');
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('gives the page its turn between slices, and stops when aborted', async () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${String(i)}`, title: `Event ${String(i)}`, when: '2019-06-18', kind: 'talks', actors: [] }));
    const doc = { schemaVersion: 1, title: 'Long', actors: [], events };
    // A task the page queued while the read runs: it must run before the read ends.
    let ran = false;
    const reading = parseTimelineAsync(doc, { sliceMs: 0 });
    setTimeout(() => {
      ran = true;
    }, 0);
    const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
    void scheduler?.postTask?.(
      () => {
        ran = true;
      },
      { priority: 'user-blocking' },
    );
    const { timeline } = await reading;
    expect(timeline.events).to.have.length(2000);
    expect(ran, 'a task of the page ran during the read').to.equal(true);

    const controller = new AbortController();
    const aborted = parseTimelineAsync(doc, { sliceMs: 0, signal: controller.signal });
    controller.abort(new Error('a newer document'));
    let error: unknown;
    try {
      await aborted;
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('a newer document');
  });
});

describe('properties of parsePartialDate', function () {
  this.timeout(120_000);

  it('never throws on any string and always says why it rejects one', () => {
    check(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const result = parsePartialDate(text);
        if (!result.ok) expect(result.reason).to.be.a('string').and.not.equal('');
      }),
    );
  });

  it('reads back every date it writes', () => {
    const date = fc
      .record({
        year: fc.integer({ min: -9999, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        offset: fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15),
        precision: fc.constantFrom('year', 'month', 'day', 'minute', 'second'),
        approximate: fc.boolean(),
      })
      .map(({ year, month, day, hour, minute, second, offset, precision, approximate }) => {
        const timed = precision === 'minute' || precision === 'second';
        return {
          year,
          ...(precision !== 'year' ? { month } : {}),
          ...(precision !== 'year' && precision !== 'month' ? { day } : {}),
          ...(timed ? { hour, minute, offsetMinutes: offset } : {}),
          ...(precision === 'second' ? { second } : {}),
          precision,
          approximate: timed ? false : approximate,
        } as const;
      });
    check(
      fc.property(date, (value) => {
        const text = serializePartialDate(value);
        const back = parsePartialDate(text);
        expect(back.ok, text).to.equal(true);
        if (back.ok) expect(back.date).to.deep.equal(value);
      }),
    );
  });

  it('reads back every year of up to 13 digits it writes, and orders them as numbers', () => {
    const year = fc.record({ year: fc.integer({ min: -9_999_999_999_999, max: 9_999_999_999_999 }), approximate: fc.boolean() });
    check(
      fc.property(year, year, (a, b) => {
        const first = { ...a, precision: 'year' as const };
        const text = serializePartialDate(first);
        const back = parsePartialDate(text);
        expect(back.ok, text).to.equal(true);
        if (back.ok) expect(back.date).to.deep.equal(first);
        expect(compareWhen(first, { ...b, precision: 'year' })).to.equal(Math.sign(a.year - b.year));
      }),
    );
  });
});
