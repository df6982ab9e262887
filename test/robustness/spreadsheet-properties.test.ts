// Property-based tests (fast-check) of the spreadsheet importer: whatever text arrives,
// fromCSV never throws and names every row it reports on; any text a timeline holds (quotes,
// commas, semicolons, tabs, line breaks) survives toCSV → fromCSV in each delimiter.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { koreanPeninsula } from '../../data/korean-peninsula-2016-2019.js';
import { parseTimeline, serializeTimeline, type TimelineDocument } from '../../src/model/index.js';
import { fromCSV, toCSV } from '../../src/importers/csv/index.js';

const SEED = 20261202;

function check<T>(property: fc.IProperty<T>, numRuns: number): void {
  fc.assert(property, { numRuns, seed: SEED });
  fc.assert(property, { numRuns });
}

/** Text made of what breaks spreadsheets: separators, quotes, line ends, a byte-order mark, non-Latin letters. */
const spreadsheetText = fc
  .array(fc.oneof(fc.constantFrom(',', ';', '\t', '"', '""', '\n', '\r\n', '\r', '|', ' ', '\uFEFF', '<b>', '=', '-', '2019-06-20', '6/12/2018', '한국'), fc.string({ maxLength: 6 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** A sheet has no way to say "an empty list": no quotes and `quotes: []` are the same there. */
function withoutEmptyLists(doc: TimelineDocument): TimelineDocument {
  return {
    ...doc,
    events: doc.events.map((event) => Object.fromEntries(Object.entries(event).filter(([, value]) => !(Array.isArray(value) && value.length === 0))) as typeof event),
  };
}

describe('properties of fromCSV and toCSV', function () {
  this.timeout(120_000);

  it('never throws on any text, and each problem says where it is and what happened', () => {
    const header = fc.constantFrom('', 'Type,Title,Date\n', 'Title;Date;Summary\n', 'Year\tHeadline\tText\n', 'Year,Month,Day,Headline,Type,Group\n');
    check(
      fc.property(header, spreadsheetText, (head, body) => {
        const { timeline, problems } = fromCSV(head + body);
        expect(timeline.events).to.be.an('array');
        for (const problem of problems) {
          expect(problem.message).to.be.a('string').and.not.equal('');
          if (problem.row !== undefined) expect(problem.row).to.be.a('number').and.at.least(1);
        }
      }),
      500,
    );
  });

  it('gives back the timeline it wrote, whatever its texts hold, with , ; or tabs between cells', () => {
    const edits = fc.array(
      fc.record({
        index: fc.nat(koreanPeninsula.events.length - 1),
        field: fc.constantFrom('title', 'summary', 'place', 'quote'),
        text: spreadsheetText,
      }),
      { maxLength: 5 },
    );
    check(
      fc.property(edits, fc.constantFrom(',', ';', '\t'), (changes, delimiter) => {
        const doc = structuredClone<TimelineDocument>(koreanPeninsula);
        for (const { index, field, text } of changes) {
          const event = doc.events[index]!;
          if (field === 'title') event.title = `${text}x`;
          else if (field === 'summary') event.summary = text;
          else if (field === 'place') event.location = { name: text };
          else event.quotes = [{ text, speaker: `${text} y` }];
        }
        const { timeline } = parseTimeline(doc);
        const back = fromCSV(toCSV(timeline, { delimiter }), { delimiter });
        expect(back.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
        expect(withoutEmptyLists(serializeTimeline(back.timeline))).to.deep.equal(withoutEmptyLists(serializeTimeline(timeline)));
      }),
      150,
    );
  });
});
