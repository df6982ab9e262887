// Spreadsheets through `src`, as a producer publishes them: a Google Sheet published as CSV
// (served here the way Google serves it), a .csv file, TSV from Excel's "Unicode text", a
// newsroom's TimelineJS sheet, and a sheet that was never published.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/diplo-timeline/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';

// The page has fetched hundreds of modules already; make room to see the ones fetched next.
performance.setResourceTimingBufferSize(100_000);

const titles = (el: DiploTimeline) => [...el.shadowRoot!.querySelectorAll('[part="event-title"]')].map((h) => h.textContent.trim());
const fetchedCsvImporter = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('importers/csv/'));

async function load(src: string, format?: string) {
  const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" src=${src} format=${ifDefined(format)} show-problems></diplo-timeline>`);
  await waitUntil(() => el.timeline ?? el.shadowRoot?.querySelector('[part="error"]'), 'the file is read', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('spreadsheets through src', () => {
  it('reads a JSON timeline without fetching the spreadsheet importer', async () => {
    const el = await load('/test/fixtures/small-a.json');
    expect(el.timeline?.events.length).to.be.greaterThan(0);
    expect(fetchedCsvImporter()).to.equal(false);
  });

  it('reads a Google Sheet published to the web as CSV, by its address', async () => {
    const el = await load('/__sheets/newsroom-sheet/pub?gid=0&single=true&output=csv');
    expect(fetchedCsvImporter()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent).to.contain('Summits by spreadsheet');
    expect(titles(el)).to.deep.equal(['Trump and Kim meet in Singapore', 'The Hanoi summit ends without a deal', 'Trump and Kim meet at the DMZ']);
    expect(el.timeline?.events[0]?.summary).to.equal('The first summit.\n\nA second paragraph.');
    expect(el.timeline?.events[0]?.actors).to.deep.equal(['north-korea', 'united-states']);
  });

  it('keeps the good rows of a sheet with a bad one, and names the bad cell by row and column on the page', async () => {
    const el = await load('/__sheets/newsroom-sheet/pub?output=csv');
    const problems = el.problems.map((problem) => `${String(problem.row)} ${problem.column ?? ''} ${problem.severity}`);
    expect(problems).to.deep.equal(['6 Date error', '8 Date warning']);
    const panel = el.shadowRoot!.querySelector('[part="problems"]')?.textContent ?? '';
    expect(panel).to.contain('row 6, Date').and.contain('ambiguous').and.contain('row 8, Date');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('reads a .csv file by its extension, and a newsroom TimelineJS sheet as it is', async () => {
    const el = await load('/test/fixtures/timelinejs-sheet.csv');
    expect(el.timeline?.title).to.equal("A newsroom's TimelineJS sheet");
    expect(titles(el)).to.deep.equal(["North Korea's fourth nuclear test", 'The sixth nuclear test', 'Singapore summit']);
    expect(el.shadowRoot!.querySelector('[part="era-title"]')?.textContent).to.contain('The outreach');
    expect(el.timeline?.actors.map((actor) => actor.name)).to.deep.equal(['Tests', 'Summits']);
  });

  it('reads TSV saved as UTF-16 with a byte-order mark (Excel\'s "Unicode text") when told format="tsv"', async () => {
    const text = 'Type\tTitle\tDate\ntitle\tUnicode text\t\n\tTalks in Montréal, Québec\t2019-06-20\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    const el = await load(URL.createObjectURL(new Blob([bytes], { type: 'text/plain' })), 'tsv');
    expect(titles(el)).to.deep.equal(['Talks in Montréal, Québec']);
    expect(el.problems).to.deep.equal([]);
  });

  it('says a sheet that is not published is not, and how to publish it, in one message', async () => {
    const el = await load('/__sheets/unpublished/pub?output=csv');
    const error = el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
    expect(error).to.contain('not published').and.contain('Publish to web').and.contain('Comma-separated values');
    expect(el.timeline).to.equal(undefined);
  });

  it('is accessible with a spreadsheet loaded', async () => {
    const el = await load('/__sheets/newsroom-sheet/pub?output=csv');
    await expect(el).to.be.accessible();
  });
});
