import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { exportJSON } from './export.js';
import { importFile, importPasted, importText, importURL, type ImportResult } from './import.js';

const SHEET = ['Type,Title,Date,Actors,Kind,Summary', 'title,Talks,,,,', ',Good,2019-02-27,,summit,', ',Bad date,6/12/2018,,,', ',Also good,2019-06-30,,meeting,'].join('\n');

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`not imported: ${result.message}`);
  return result;
}

function refused(result: ImportResult) {
  if (result.ok) throw new Error(`imported: ${result.summary}`);
  return result;
}

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

describe('import: timelines', () => {
  it('keeps a broken CSV row in the draft, as typed, and counts it in the summary', async () => {
    const result = ok(await importFile(file([SHEET], 'talks.csv', 'text/csv')));
    expect(result.format).to.equal('csv');
    expect((result.draft.events as { title: string; when: string }[]).map((event) => [event.title, event.when])).to.deep.equal([
      ['Good', '2019-02-27'],
      ['Bad date', '6/12/2018'],
      ['Also good', '2019-06-30'],
    ]);
    expect(result.problems.find((problem) => problem.row === 4)).to.include({ path: 'events[1].when', column: 'Date' });
    expect(result.summary).to.equal('3 events from a CSV file; 1 row with problems');
    expect(result.counts).to.deep.equal({ events: 3, problems: 1, rowsWithProblems: 1 });
  });

  it('reads pasted TSV (a copy from a sheet)', async () => {
    const result = ok(await importPasted(SHEET.replaceAll(',', '\t')));
    expect(result.format).to.equal('tsv');
    expect(result.draft.events).to.have.length(3);
    expect(result.summary).to.equal('3 events from pasted TSV; 1 row with problems');
  });

  it('reads a spreadsheet saved as Windows-1252, with a warning', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title,Date\nCaf'), 0xe9, ...new TextEncoder().encode(',2019\n')]);
    const result = ok(await importFile(file([bytes], 'cafe.csv')));
    expect((result.draft.events as { title: string }[])[0]?.title).to.equal('Café');
    expect(result.problems[0]?.message).to.contain('Windows-1252');
  });

  it('converts a TimelineJS file from an address', async () => {
    const result = ok(await importURL('/test/fixtures/timelinejs-small.json'));
    expect(result.format).to.equal('timelinejs');
    expect(result.draft.title).to.equal('A TimelineJS file');
    expect((result.draft.events as { title: string }[])[0]?.title).to.equal('Singapore summit');
    expect(result.summary).to.match(/^\d+ events? from a TimelineJS address/);
  });

  it('reads our JSON as it is, without its $schema', async () => {
    const result = ok(await importURL('/data/korean-peninsula-2016-2019.json'));
    expect(result.format).to.equal('diplo');
    expect(result.draft).to.deep.equal(JSON.parse(JSON.stringify(koreanPeninsula)));
  });

  it('reads a Google Sheet published as CSV', async () => {
    const result = ok(await importPasted(`${location.origin}/__sheets/newsroom-sheet/pub?output=csv`));
    expect(result.format).to.equal('csv');
    expect(result.draft.title).to.equal('Summits by spreadsheet');
  });

  it('gives back the same draft after an export to JSON', async () => {
    const draft = { ...koreanPeninsula, events: [...koreanPeninsula.events, { id: 'typed', title: 'Kept as typed', when: 'June 31 2019', kind: 'talks', actors: [] }] };
    const result = ok(await importText(exportJSON(draft)));
    expect(result.draft).to.deep.equal(JSON.parse(JSON.stringify(draft)));
    expect(result.summary).to.match(/; 1 problem$/);
  });
});

describe('import: what is not a timeline', () => {
  it("says what it is: a PDF, an image, a workbook, a program", async () => {
    expect(refused(await importFile(file(['%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'], 'report.pdf', 'application/pdf')))).to.include({ kind: 'pdf' });
    const png = refused(await importFile(file([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'photo.png')));
    expect(png.kind).to.equal('image');
    expect(png.message).to.contain('image (PNG)');
    expect(refused(await importFile(file([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])], 'sheet.xlsx'))).message).to.contain('CSV UTF-8');
    expect(refused(await importFile(file([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0])], 'a.out'))).kind).to.equal('binary');
    expect(refused(await importFile(file([], 'empty.json'))).kind).to.equal('empty');
  });

  it('says a sign-in page is one, and how to publish the sheet', async () => {
    const result = refused(await importURL('/__sheets/unpublished/pub?output=csv'));
    expect(result.kind).to.equal('sign-in');
    expect(result.message).to.contain('not published').and.contain('Publish to web');
    expect(refused(await importPasted('https://docs.google.com/spreadsheets/d/abc123/edit#gid=0')).message).to.contain('editing link');
  });

  it('says a web page, JSON that is no timeline, broken JSON and plain text are not timelines', async () => {
    expect(refused(await importText('<!doctype html><html><body><h1>Our story</h1></body></html>')).kind).to.equal('html');
    const json = refused(await importText('{"name": "diplo-timeline", "version": "0.1.0"}'));
    expect(json.message).to.contain('not a timeline').and.contain('"name"');
    expect(refused(await importText('{"title": "T", "events": [}')).message).to.contain('line 1, column');
    const text = refused(await importText('Dear editor,\nplease find the timeline attached.'));
    expect(text.kind).to.equal('text');
    expect(text.message).to.contain('Dear editor');
  });

  it('says when an address cannot be read', async () => {
    expect(refused(await importURL('/__fail/500')).message).to.contain('500');
  });
});
