// renderTimelineHTML in Node: declarative shadow DOM, inline data, safe escaping.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { formatWhen, isHindsight, parsePartialDate, parseTimeline } from 'diplo-timeline/model';
import { renderTimelineHTML, renderTimelineWithProblems } from 'diplo-timeline/ssr';
import { koreanPeninsula } from 'diplo-timeline/data/korean-peninsula-2016-2019';

/** The flagship's events "as the story ran": the list the server draws first. */
const flagship = parseTimeline(koreanPeninsula).timeline;
const asRan = flagship.events.filter((event) => !isHindsight(event, flagship.asOf)).length;

describe('renderTimelineHTML', () => {
  it('renders the flagship with declarative shadow DOM and its data inline', async () => {
    const html = await renderTimelineHTML(koreanPeninsula);
    assert.match(html, /^<diplo-timeline\b/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.equal(html.match(/<li\b[^>]*\bpart="event"/g)?.length, asRan);
    assert.match(html, /lang="en-US"/);
    assert.ok(html.includes('The Hanoi summit ends early without a deal'));
    const inline = /<script type="application\/json">(.*?)<\/script>/s.exec(html);
    assert.deepEqual(JSON.parse(inline[1]), koreanPeninsula);
  });

  it('writes only tags, end tags and comments, which HTML tools that are not browsers read too', async () => {
    const { html } = await renderTimelineWithProblems(koreanPeninsula, { structuredData: true });
    // Outside the script children (their text escapes every "<"), every "<" opens one of those:
    // Lit's `<?>` (a parse error that browsers read as a comment) made Docusaurus's HTML
    // minifier close the elements around it early.
    const markup = html.replace(/<script\b[^>]*>.*?<\/script>/gs, '');
    assert.deepEqual(markup.match(/<(?![a-z]|\/[a-z]|!--)[^>]{0,20}/gi) ?? [], []);
  });

  it('converts TimelineJS data on the server and inlines the converted document', async () => {
    const source = JSON.parse(readFileSync(new URL('../fixtures/timelinejs-small.json', import.meta.url), 'utf8'));
    const { html, problems } = await renderTimelineWithProblems(source, { asOf: '2020-01-01' });
    assert.equal(html.match(/<li\b[^>]*\bpart="event"/g)?.length, 2);
    assert.equal(problems.filter((problem) => problem.severity === 'error').length, 0);
    const inline = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(html)[1]);
    assert.equal(inline.schemaVersion, 1);
    assert.equal(inline.events.length, 2);
  });

  it('draws a long list\'s far-off events as light cards, readable without JavaScript', async () => {
    const events = Array.from({ length: 100 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      when: `2019-01-${String((i % 28) + 1).padStart(2, '0')}`,
      kind: 'talks',
      actors: [],
      summary: `Summary of event ${i}.`,
    }));
    const html = await renderTimelineHTML({ schemaVersion: 1, title: 'Long', asOf: '2020-01-01', actors: [], events });
    assert.equal(html.match(/<li\b[^>]*\bpart="event"/g)?.length, 100);
    assert.equal(html.match(/class="event lite"/g)?.length, 100 - 24);
    for (let i = 0; i < 100; i++) assert.ok(html.includes(`Summary of event ${i}.`), `event ${i} is in the page`);
  });

  it('escapes data so nothing can close a script or inject markup', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const data = {
      schemaVersion: 1,
      title: evil,
      actors: [],
      events: [{ id: 'a', title: evil, when: '2019-06-20', kind: 'other', actors: [], summary: evil }],
    };
    const { html, problems } = await renderTimelineWithProblems(data, { structuredData: true, asOf: '2019-06-18' });
    assert.deepEqual(problems, []);
    assert.equal(html.includes('<script>alert(1)'), false);
    assert.equal(html.includes('<img src=x'), false);
    assert.equal(html.match(/<\/script>/g).length, 2, 'only the two scripts we emit are closed');
    assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;alert(1)'));
  });

  it('renders in other languages, with their words loaded first', async () => {
    const html = await renderTimelineHTML(koreanPeninsula, { lang: 'ko' });
    assert.ok(html.includes('2019년 2월 27일~28일'));
    assert.ok(html.includes('보도 당시'));
  });

  it('writes dates as the browser does, so hydration changes no text', () => {
    // Node's ICU writes thin and narrow no-break spaces where Chromium writes spaces, and
    // newer Korean data writes "AM": the same strings as src/model/format.test.ts expects.
    const when = (start, end) => ({ start: parsePartialDate(start).date, end: end && parsePartialDate(end).date });
    assert.equal(formatWhen(when('2018-06-12T09:00+08:00', '2018-06-12T13:30+08:00')), 'June 12, 2018, 9:00 a.m.–1:30 p.m. UTC+8');
    assert.equal(formatWhen(when('2018-04-27T09:30+08:30'), { locale: 'ko' }), '2018년 4월 27일 오전 9:30 (UTC+8:30)');
    assert.equal(formatWhen(when('2019-06-28', '2019-07-02'), { locale: 'zh-CN' }), '2019年6月28日至7月2日');
    assert.equal(formatWhen(when('2019-06-20', '2019-06-21'), { locale: 'ja' }), '2019年6月20日～21日');
  });

  it('reads spreadsheet text with format csv, and inlines the converted document', async () => {
    const csv = readFileSync(new URL('../../data/korean-peninsula-2016-2019.csv', import.meta.url), 'utf8');
    const { html, problems } = await renderTimelineWithProblems(csv, { format: 'csv' });
    assert.deepEqual(problems, []);
    assert.equal(html.match(/<li\b[^>]*\bpart="event"/g)?.length, asRan);
    const inline = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(html)[1]);
    assert.equal(inline.events.length, flagship.events.length);
    const bad = await renderTimelineWithProblems('Type,Title,Date\ntitle,T,\n,A,2019\n,B,6/12/2018\n', { format: 'csv' });
    assert.deepEqual(bad.problems.map((problem) => `${problem.row}, ${problem.column}`), ['4, Date']);
  });
});

describe('renderTimelineHTML for a Markdown page (markdown: true)', () => {
  // CommonMark's own rules, as markdown-it applies them (and GitHub, VitePress, Eleventy): raw
  // HTML passes through as it is only as one block that opens with a block tag and has no blank line.
  const markdown = new MarkdownIt({ html: true });

  it('is one block that a Markdown tool passes through whole, even with blank lines in the data', async () => {
    const doc = structuredClone(koreanPeninsula);
    doc.events[0].summary = 'First paragraph.\n\n    Indented *like code*.\n\nThird.';
    const plain = await renderTimelineHTML(doc, { lang: 'en', asOf: '2019-06-18' });
    const block = await renderTimelineHTML(doc, { lang: 'en', asOf: '2019-06-18', markdown: true });
    assert.match(plain, /\n[ \t]*\n/, 'the plain fragment has blank lines (else this test proves nothing)');
    assert.doesNotMatch(block, /\n[ \t]*\n/);
    assert.match(block, /^<div>\n<diplo-timeline\b[\s\S]*<\/diplo-timeline>\n<\/div>$/);
    // The same markup, less the blank lines.
    assert.equal(block.slice('<div>\n'.length, -'\n</div>'.length), plain.replace(/\n[ \t]*(?=\n)/g, ''));
    for (const page of [`# Talks\n\nBefore.\n\n${block}\n\nAfter.\n`, `# Talks\n\nBefore, with no blank line:\n${block}\n\nAfter.\n`]) {
      const out = markdown.render(page);
      assert.ok(out.includes(block), 'the block comes out of Markdown as it went in');
      assert.match(out, /<p>After\.<\/p>/);
    }
    assert.doesNotMatch(markdown.render(`Before.\n\n${plain}\n`).replace(/\s+/g, ' '), new RegExp(plain.replace(/\s+/g, ' ').slice(0, 2000).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'without the option, Markdown breaks the fragment (else this test proves nothing)');
  });
});

describe('renderTimelineHTML and inline formatting', () => {
  it('emits the same links, emphasis and strong emphasis as the browser, and never markup from data', async () => {
    const doc = structuredClone(koreanPeninsula);
    doc.events = doc.events.slice(0, 2);
    doc.events[0].summary = 'Talks **collapsed** [early](https://apnews.com/hanoi), *as feared* [run](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const html = await renderTimelineHTML(doc, { lang: 'en' });
    assert.match(html, /<strong>(?:<!--[^>]*-->)*collapsed(?:<!--[^>]*-->)*<\/strong>/);
    assert.match(html, /<em>(?:<!--[^>]*-->)*as feared(?:<!--[^>]*-->)*<\/em>/);
    assert.match(html, /<a href="https:\/\/apnews\.com\/hanoi" rel="noopener noreferrer">(?:<!--[^>]*-->)*early/);
    assert.doesNotMatch(html, /href="javascript/i);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});
