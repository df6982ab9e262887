import { expect } from '@open-wc/testing';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import { formatWhen, parseTimeline, problemPlace, serializeTimeline, type Problem } from '../../model/index.js';
import { csvDocument, fromCSV, toCSV } from './index.js';

const HEAD = 'Type,Title,Date,Actors,Kind,Summary';
const TITLE = 'title,Talks,,,,';
const csv = (...rows: string[]) => `${[HEAD, TITLE, ...rows].join('\n')}\n`;
const titles = (text: string, options = {}) => fromCSV(text, options).timeline.events.map((event) => event.title);
const places = (problems: Problem[]) => problems.map((problem) => `${problemPlace(problem)}: ${problem.severity}`);
const find = (problems: Problem[], place: string) => problems.find((problem) => problemPlace(problem) === place);

describe('fromCSV: what spreadsheets really write', () => {
  it('reads RFC 4180 quoting, line breaks inside quoted cells and CRLF', () => {
    const text = `${HEAD}\r\n${TITLE}\r\n,"Talks ""resume"" in Hanoi",2019-02-27,,talks,"First paragraph.\r\n\r\nSecond, with a comma."\r\n`;
    const { timeline, problems } = fromCSV(text);
    expect(problems).to.deep.equal([]);
    expect(timeline.events[0]?.title).to.equal('Talks "resume" in Hanoi');
    expect(timeline.events[0]?.summary).to.equal('First paragraph.\n\nSecond, with a comma.');
  });

  it('skips a byte-order mark', () => {
    expect(fromCSV(`\uFEFF${csv(',A,2019,,,')}`).timeline.title).to.equal('Talks');
  });

  it('reads ;-separated files (Excel in much of Europe), with commas in unquoted cells', () => {
    const text = 'Type;Title;Date;Summary\ntitle;Talks;;\n;Summit in Hanoi, Vietnam;2019-02-27;Kim, Trump\n';
    const { timeline, problems } = fromCSV(text);
    expect(problems).to.deep.equal([]);
    expect(timeline.events[0]).to.include({ title: 'Summit in Hanoi, Vietnam', summary: 'Kim, Trump' });
  });

  it('tells ; from , by the header even in a one-row file', () => {
    expect(titles('Title;Date\nHanoi, Vietnam;2019\n')).to.deep.equal(['Hanoi, Vietnam']);
  });

  it('reads TSV (a copy from Google Sheets), and takes the delimiter it is told', () => {
    expect(titles('Title\tDate\tSummary\nA, B\t2019\t"quoted ""x"""\n')).to.deep.equal(['A, B']);
    expect(titles('Title,Date\nA;B,2019\n', { delimiter: '\t' })).to.deep.equal([]);
  });

  it('ignores empty rows and empty columns at the end, keeping row numbers as the sheet shows them', () => {
    const { timeline, problems } = fromCSV(`${HEAD},,\n${TITLE},,\n,,,,,,,\n,A,2019,,,,,\n,B,,,,,,\n,,,,,,,\n\n\n`);
    expect(timeline.events.map((event) => event.title)).to.deep.equal(['A']);
    expect(places(problems)).to.deep.equal(['row 5, Date: error']);
  });

  it('matches headers without regard to case, spaces, hyphens and underscores', () => {
    const { timeline, problems } = fromCSV('TYPE,title, END_DATE ,start-date,short name\ntitle,T,,,\n,A,2019-02-28,2019-02-27,\n');
    expect(problems).to.deep.equal([]);
    expect(formatWhen(timeline.events[0]!.when)).to.equal('February 27–28, 2019');
  });
});

describe('csvDocument: a sheet as a draft for the editor', () => {
  it('keeps the rows fromCSV leaves out, with what was typed, and names the field of each problem', () => {
    const read = csvDocument(csv(',Good,2019-02-27,,summit,', ',Bad date,6/12/2018,,,', ',No date,,,,', 'actor,,,,,', 'era,Talks,2019,,,'));
    if (!read.ok) throw new Error(read.message);
    const events = read.document.events;
    expect(events.map((event) => [event.title, event.when])).to.deep.equal([
      ['Good', '2019-02-27'],
      ['Bad date', '6/12/2018'],
      ['No date', ''],
    ]);
    expect(read.document.actors).to.have.length(1);
    expect(read.document.eras?.[0]).to.include({ title: 'Talks', start: '2019', end: '' });
    const bad = read.problems.find((problem) => problem.row === 4);
    expect(bad).to.include({ path: 'events[1].when', column: 'Date', severity: 'error' });
    expect(bad?.message).to.contain('ambiguous').and.contain('kept as typed');
    expect(read.problems.filter((problem) => problem.row === 4), 'one problem for the cell, not the parser\'s too').to.have.length(1);
    expect(read.problems.find((problem) => problem.row === 5)?.message).to.contain('kept without one');
  });

  it('refuses what is not a spreadsheet, as fromCSV does', () => {
    const read = csvDocument('%PDF-1.7\n1 0 obj');
    expect(read.ok).to.equal(false);
    expect(!read.ok && read.message).to.contain('PDF');
  });
});

describe('fromCSV: bad input', () => {
  it('keeps valid rows when one is broken, naming each bad cell by row and column with what was done', () => {
    const { timeline, problems } = fromCSV(csv(',Good,2019-02-27,,summit,', ',Bad date,6/12/2018,,,', ',Bad kind,2019,,sumit,', ',,2019,,,'));
    expect(timeline.events.map((event) => event.title)).to.deep.equal(['Good', 'Bad kind']);
    expect(places(problems)).to.deep.equal(['row 4, Date: error', 'row 5, Kind: warning', 'row 6, Title: error']);
    expect(find(problems, 'row 4, Date')?.message).to.contain('ambiguous').and.contain('this event was left out');
    expect(find(problems, 'row 5, Kind')?.message).to.contain('used "other" instead');
  });

  it('says that a file that is not a spreadsheet is not, and how to publish the sheet', () => {
    const signIn = '<!DOCTYPE html><html><head><title>Google Sheets: Sign-in</title></head><body><a href="https://accounts.google.com/ServiceLogin">Sign in</a></body></html>';
    for (const [text, words] of [
      [signIn, ['sign-in page', 'not published', 'Publish to web', 'output=csv']],
      ['<html><body><table><tr><td>x</td></tr></table></body></html>', ['web page (HTML)', 'Publish to web']],
      ['%PDF-1.7\n%âãÏÓ\n1 0 obj', ['PDF']],
      ['PK\u0003\u0004\u0014\u0000\u0006\u0000', ['workbook', 'CSV UTF-8']],
      ['', ['empty']],
      ['{"title": "x", "events": []}', ['JSON']],
      ['foo,bar\n1,2\n', ['names no column', '"foo", "bar"']],
    ] as const) {
      const { timeline, problems } = fromCSV(text);
      expect(timeline.events).to.deep.equal([]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: '', severity: 'error' });
      for (const word of words) expect(problems[0]?.message).to.contain(word);
    }
  });

  it('names a quote that never closes', () => {
    const { timeline, problems } = fromCSV(csv(',A,2019,,,', ',"B,2020,,,', ',C,2021,,,'));
    expect(timeline.events.map((event) => event.title)).to.deep.equal(['A']);
    expect(find(problems, 'row 4, Title')?.message).to.contain('never closes');
  });

  it('names cells past the last column, columns without a header, and headers it does not read', () => {
    const { problems } = fromCSV('Title,Date,Summry,\nHanoi, Vietnam,2019,x,,z\nA,2019,,y\n');
    expect(places(problems)).to.include.members(['row 1, column D: warning', 'row 1, Summry: warning', 'row 2: warning']);
  });

  it('notes TimelineJS columns it does not use, once per column', () => {
    const { problems } = fromCSV('Headline,Year,Display Date,Background\nA,2019,"Spring, 2019",#fff\nB,2020,,#000\n');
    expect(places(problems).filter((place) => place.startsWith('row 1'))).to.deep.equal(['row 1, Display Date: warning', 'row 1, Background: warning']);
  });

  it('says when there is no title row', () => {
    const { problems } = fromCSV('Title,Date\nA,2019\n');
    expect(problems[0]?.message).to.contain('no title row');
  });

  it('maps schema problems in numbered columns back to their header', () => {
    const text = 'Type,Title,Date,Source Title,Source URL,Source 2 Title,Source 2 URL,Media Image\ntitle,T,,,,,,\n,A,2019,AP,https://apnews.com,Bad,javascript:alert(1),https://example.org/a.jpg\n';
    const { timeline, problems } = fromCSV(text);
    expect(timeline.events[0]?.sources?.map((source) => source.title)).to.deep.equal(['AP', 'Bad']);
    expect(timeline.events[0]?.sources?.[1]?.url).to.equal(undefined);
    expect(places(problems)).to.deep.equal(['row 3, Source 2 URL: warning', 'row 3, Media Image: warning']);
    expect(find(problems, 'row 3, Media Image')?.message).to.contain('has no alt');
  });
});

describe('fromCSV: the layout', () => {
  const sheet = [
    'Type,ID,Date,End Date,Title,Summary,Kind,Status,Actors,Place,Country,Source Title,Source URL,Source 2 URL,Quote,Quote Speaker,Quote Role,Media Image,Media Alt,Media Caption,Related,Tags,Importance,Short Name,Color,As Of,Language',
    'title,,,,Sanctions and summits,What happened.,,,,,,,,,,,,,,,,,,,,2019-06-18,en-US',
    'actor,,,,Democratic People\'s Republic of Korea,,state,,,,,,,,,,,,,,,,,North Korea,#b3261e,,',
    'actor,usa,,,United States,,State,,,,,,,,,,,,,,,,,U.S.,#1f4e9e,,',
    'era,,2018-01,2019-01,The outreach,,,,,,,,,,,,,,,,,,,,,,',
    ',,2018-06-12,,The Singapore summit,,summit,,North Korea | usa,Singapore,,Joint statement,https://example.org/a,https://example.org/b,"We will denuclearize.",Kim Jong Un,Leader,https://example.org/p.jpg,(decorative),Handshake,,denuclearization; summits,3,,,,',
    ',,2019-02-27,2019-02-28,The Hanoi summit,,summit,failed,Democratic People\'s Republic of Korea;United States;Vietnam,Hanoi,Vietnam,,,,,,,,,,follows: The Singapore summit,,,,,,',
  ].join('\n');
  const { timeline, problems } = fromCSV(sheet);

  it('reads the title row, actor rows, era rows and event rows', () => {
    expect(timeline).to.include({ title: 'Sanctions and summits', summary: 'What happened.', locale: 'en-US' });
    expect(timeline.asOf).to.include({ year: 2019, month: 6, day: 18 });
    expect(timeline.actors.slice(0, 2)).to.deep.equal([
      { id: 'democratic-people-s-republic-of-korea', name: "Democratic People's Republic of Korea", shortName: 'North Korea', kind: 'state', color: '#b3261e' },
      { id: 'usa', name: 'United States', shortName: 'U.S.', kind: 'state', color: '#1f4e9e' },
    ]);
    expect(timeline.eras?.[0]).to.include({ id: 'the-outreach', title: 'The outreach' });
  });

  it('finds actors by id, name or short name; an unknown name becomes an actor, with a warning', () => {
    expect(timeline.events[0]?.actors).to.deep.equal(['democratic-people-s-republic-of-korea', 'usa']);
    expect(timeline.events[1]?.actors).to.deep.equal(['democratic-people-s-republic-of-korea', 'usa', 'vietnam']);
    expect(timeline.actors[2]).to.deep.equal({ id: 'vietnam', name: 'Vietnam' });
    expect(places(problems)).to.deep.equal(['row 7, Actors: warning']);
  });

  it('reads lists, numbered sources, quotes and media, and links to events by title', () => {
    const [singapore, hanoi] = timeline.events;
    expect(singapore?.tags).to.deep.equal(['denuclearization', 'summits']);
    expect(singapore?.importance).to.equal(3);
    expect(singapore?.sources).to.deep.equal([
      { title: 'Joint statement', url: 'https://example.org/a' },
      { title: 'https://example.org/b', url: 'https://example.org/b' },
    ]);
    expect(singapore?.quotes).to.deep.equal([{ text: 'We will denuclearize.', speaker: 'Kim Jong Un', role: 'Leader' }]);
    expect(singapore?.media).to.deep.equal([{ src: 'https://example.org/p.jpg', alt: '', caption: 'Handshake' }]);
    expect(hanoi?.related).to.deep.equal([{ id: 'the-singapore-summit', relation: 'follows' }]);
    expect(hanoi?.location).to.deep.equal({ name: 'Hanoi', country: 'Vietnam' });
  });

  it('makes ids from titles, the same on every import, with the date when titles repeat', () => {
    const rows = ['Title,Date', 'Talks,2019-02-27', 'Talks,2019-06-30', 'Summit,2018'];
    const ids = (lines: string[]) => fromCSV(lines.join('\n')).timeline.events.map((event) => `${event.title}@${event.id}`).sort();
    expect(ids(rows)).to.deep.equal(['Summit@summit', 'Talks@talks', 'Talks@talks-2019-06-30']);
    expect(ids(rows)).to.deep.equal(ids(rows));
    // A row added above, or rows sorted another way, leaves the ids of the others as they were.
    expect(ids([rows[0]!, 'Visit,2017', rows[3]!, rows[1]!, rows[2]!])).to.include.members(ids(rows));
  });
});

describe("fromCSV: TimelineJS's template", () => {
  const template = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ',,,,,,,,,Summits and sanctions,<p>A <b>newsroom</b> sheet.</p>,,,,,title,,#203040',
    '2018,6,12,9:00 AM,,,,,,Singapore <i>summit</i>,"<p>Kim and Trump meet.</p><p>Second paragraph.</p>",https://example.org/handshake.jpg,<a href="https://example.org">Pool</a>,Handshake,,,Summits,',
    '2019,2,27,,2019,2,28,,,Hanoi,Talks end early.,https://www.youtube.com/watch?v=abc,,Video report,,,Summits,',
    '-500,,,,,,,,,Ancient times,,,,,,,,',
    '2018,,,,2019,,,,,The outreach,,,,,,era,,',
  ].join('\r\n');
  const { timeline, problems } = fromCSV(template);

  it('comes across as it is: title slide, events in order, eras, groups as actors', () => {
    expect(timeline.title).to.equal('Summits and sanctions');
    expect(timeline.summary).to.equal('A newsroom sheet.');
    expect(timeline.events.map((event) => event.title)).to.deep.equal(['Singapore summit', 'Hanoi', 'Ancient times']);
    expect(timeline.events[0]?.summary).to.equal('Kim and Trump meet.\n\nSecond paragraph.');
    expect(formatWhen(timeline.events[1]!.when)).to.equal('February 27–28, 2019');
    expect(formatWhen(timeline.events[2]!.when)).to.equal('500 BCE');
    expect(timeline.eras?.map((era) => era.title)).to.deep.equal(['The outreach']);
    expect(timeline.actors).to.deep.equal([{ id: 'summits', name: 'Summits', kind: 'group' }]);
    expect(timeline.events[0]?.actors).to.deep.equal(['summits']);
  });

  it('keeps images and other media, with credits as plain text', () => {
    expect(timeline.events[0]?.media).to.deep.equal([{ src: 'https://example.org/handshake.jpg', alt: 'Handshake', caption: 'Handshake', credit: 'Pool' }]);
    expect(timeline.events[1]?.media).to.deep.equal([{ url: 'https://www.youtube.com/watch?v=abc', caption: 'Video report' }]);
  });

  it('warns about times without a zone and unused columns, and nothing else', () => {
    expect(places(problems)).to.deep.equal(['row 1, Background: warning', 'row 3, Time: warning']);
  });
});

describe('toCSV', () => {
  it('round-trips the flagship: JSON → CSV → JSON parses equal', () => {
    const { timeline } = parseTimeline(koreanPeninsula);
    const back = fromCSV(toCSV(timeline));
    expect(back.problems).to.deep.equal([]);
    expect(serializeTimeline(back.timeline)).to.deep.equal(serializeTimeline(timeline));
  });

  it('round-trips as TSV, and from a document that was never parsed', () => {
    const { timeline } = parseTimeline(koreanPeninsula);
    const back = fromCSV(toCSV(koreanPeninsula, { delimiter: '\t' }));
    expect(serializeTimeline(back.timeline)).to.deep.equal(serializeTimeline(timeline));
  });

  it('writes a decorative image, timed dates and approximate dates so that they read back the same', () => {
    const doc = {
      schemaVersion: 1,
      title: 'Edge cases',
      actors: [],
      events: [
        { id: 'a', title: 'A', when: '~1950', kind: 'other', actors: [], media: [{ src: 'a.png', alt: '' }, { url: 'https://vimeo.com/1', credit: 'X' }] },
        { id: 'b', title: 'B, "quoted"', when: { start: '2018-04-27T09:30+08:30', end: '2018-04-27T18:00+08:30' }, kind: 'summit', actors: [] },
      ],
    };
    const { timeline } = parseTimeline(doc);
    const text = toCSV(timeline);
    expect(text).to.contain('(decorative)').and.contain('"B, ""quoted"""');
    expect(serializeTimeline(fromCSV(text).timeline)).to.deep.equal(serializeTimeline(timeline));
  });
});
