import { expect } from '@open-wc/testing';
import { formatWhen, sortEvents } from '../model/index.js';
import { inlineText, parseInline } from '../model/inline.js';
import { htmlToInline } from './html.js';
import { fromTimelineJS, htmlToText, looksLikeTimelineJS, timelineJSDate, timelineJSDocument } from './timelinejs.js';

const sample = {
  title: { text: { headline: 'A <em>sample</em> &amp; more', text: '<p>First.</p><p>Second &mdash; with a <a href="https://example.org/x">link</a>.</p>' } },
  eras: [{ start_date: { year: '2018' }, end_date: { year: '2019' }, text: { headline: 'Summit year' } }],
  events: [
    {
      unique_id: 'singapore',
      start_date: { year: '2018', month: '6', day: '12' },
      text: { headline: 'Singapore <b>summit</b>', text: 'Trump and Kim meet.<br>Joint statement.<script>alert(1)</script>' },
      media: { url: 'https://example.org/photo.jpg', caption: 'Handshake', credit: 'Pool' },
      group: 'Summits',
    },
    {
      start_date: { year: '2019', month: '02', day: '27', hour: '9', minute: '5', second: '30', millisecond: '250' },
      end_date: { year: '2019', month: '02', day: '28' },
      text: { headline: '', text: 'Hanoi ends without a deal. Talks collapse.' },
      media: { url: 'https://www.youtube.com/watch?v=abc', caption: 'Video report' },
      group: 'Summits',
    },
    { start_date: { year: '-500' }, text: { headline: 'Ancient' } },
    { text: { headline: 'No date' } },
  ],
};

describe('timelineJSDocument', () => {
  it('keeps a slide without a date, and an era without dates, for the author to fix', () => {
    const { document, problems, ok } = timelineJSDocument({ ...sample, eras: [{ start_date: { year: '2018' }, text: { headline: 'Open era' } }] });
    expect(ok).to.equal(true);
    expect(document.events.map((event) => event.title)).to.deep.equal(['Singapore summit', 'Hanoi ends without a deal.', 'Ancient', 'No date']);
    expect(document.events[3]?.when).to.equal('');
    expect(problems.find((p) => p.path === 'events[3].start_date')?.message).to.contain('kept without a date');
    expect(document.eras?.[0]).to.include({ title: 'Open era', start: '2018', end: '' });
  });

  it('says when the input is no TimelineJS object', () => {
    expect(timelineJSDocument('[1, 2]').ok).to.equal(false);
  });
});

describe('htmlToInline', () => {
  it('keeps links, emphasis and strong emphasis as our formatting, and escapes what would read as marks', () => {
    expect(htmlToInline('The <strong>Hanoi</strong> summit <a href="https://apnews.com/x">ended <em>early</em></a>.<br>2*3 [sic] a_b')).to.equal(
      'The **Hanoi** summit [ended *early*](https://apnews.com/x).\n2\\*3 \\[sic\\] a\\_b',
    );
    expect(htmlToInline('<b><i>both</i></b> <em> spaced </em>x')).to.equal('**_both_** *spaced* x');
    expect(htmlToInline('<a href="javascript:alert(1)">js</a> <a href="/relative">rel</a> <a href="https://a.example/A_(b)">w</a>')).to.equal(
      'js rel [w](https://a.example/A_\\(b\\))',
    );
    expect(htmlToInline('&lt;b&gt;not&lt;/b&gt; <script>alert(1)</script><p>One</p><p>Two <i>unclosed')).to.equal('<b>not</b> One\n\nTwo *unclosed*');
  });

  it('reads back, through the formatting, as the words htmlToText gives', () => {
    for (const source of ['The <strong>Hanoi</strong> summit <a href="https://apnews.com/x">ended <em>early</em></a>. 2*3 [sic] a_b \\o/', '<b><i>x</i></b> <a href="https://e.org/(a)">[y]</a>']) {
      expect(inlineText(parseInline(htmlToInline(source)))).to.equal(htmlToText(source));
    }
  });
});

describe('fromTimelineJS', () => {
  const { timeline, problems } = fromTimelineJS(sample);

  it('keeps every event that has a date, in order, with its dates', () => {
    expect(timeline.events.map((event) => event.id)).to.deep.equal(['singapore', 'hanoi-ends-without-a-deal', 'ancient']);
    expect(formatWhen(timeline.events[0]!.when)).to.equal('June 12, 2018');
    expect(timeline.events[1]!.when.start).to.include({ year: 2019, month: 2, day: 27, hour: 9, minute: 5, second: 30 });
    expect(formatWhen(timeline.events[2]!.when)).to.equal('500 BCE');
    expect(problems.find((p) => p.path === 'events[3].start_date')?.severity).to.equal('error');
  });

  it('turns HTML into text with inline formatting (links, emphasis), and links into sources', () => {
    expect(timeline.title).to.equal('A sample & more');
    expect(timeline.summary).to.equal('First.\n\nSecond — with a [link](https://example.org/x).');
    expect(timeline.events[0]!.title).to.equal('Singapore summit');
    expect(fromTimelineJS({ events: [{ start_date: { year: '2012' }, text: { headline: 'Whitney Houston<br/> 1963-2012' } }] }).timeline.events[0]!.title).to.equal(
      'Whitney Houston 1963-2012',
    );
    expect(timeline.events[0]!.summary).to.equal('Trump and Kim meet.\nJoint statement.');
  });

  it('keeps images with caption and credit, other media as a link to them', () => {
    expect(timeline.events[0]!.media).to.deep.equal([
      { src: 'https://example.org/photo.jpg', alt: 'Handshake', caption: 'Handshake', credit: 'Pool' },
    ]);
    expect(timeline.events[1]!.media).to.deep.equal([{ url: 'https://www.youtube.com/watch?v=abc', caption: 'Video report' }]);
    expect(timeline.events[1]!.sources).to.equal(undefined);
  });

  it('makes groups into actors and eras into eras', () => {
    expect(timeline.actors).to.deep.equal([{ id: 'summits', name: 'Summits', kind: 'group' }]);
    expect(timeline.events[0]!.actors).to.deep.equal(['summits']);
    expect(timeline.eras?.map((era) => era.title)).to.deep.equal(['Summit year']);
  });

  it('titles an event without a headline and says so', () => {
    expect(timeline.events[1]!.title).to.equal('Hanoi ends without a deal.');
    expect(problems.find((p) => p.path === 'events[1].text.headline')?.severity).to.equal('warning');
  });

  it('never throws on junk and recognises TimelineJS files', () => {
    for (const junk of [null, 5, 'not json', '{"events": 3}', [], { events: [null, 1, 'x'] }]) {
      expect(fromTimelineJS(junk).timeline.events).to.be.an('array');
    }
    expect(looksLikeTimelineJS(sample)).to.equal(true);
    expect(looksLikeTimelineJS({ schemaVersion: 1, events: [] })).to.equal(false);
  });

  it('converts dates at their precision', () => {
    expect(timelineJSDate({ year: '602' })).to.deep.equal({ date: '0602' });
    expect(timelineJSDate({ year: 1908, month: '05', day: '13' })).to.deep.equal({ date: '1908-05-13' });
    expect(timelineJSDate({ year: '-1' })).to.deep.equal({ date: '0000' });
    expect(timelineJSDate({ month: '1' })).to.deep.equal({ error: 'has no year' });
  });

  it('converts years of any size, without a year zero', () => {
    expect(timelineJSDate({ year: '-13800000000' })).to.deep.equal({ date: '-13799999999' });
    expect(timelineJSDate({ year: -4600000000 })).to.deep.equal({ date: '-4599999999' });
    expect(timelineJSDate({ year: '-315000' })).to.deep.equal({ date: '-314999' });
    expect(timelineJSDate({ year: '300000' })).to.deep.equal({ date: '+300000' });
    // Where a Date cannot hold the year, the date is the year alone, as TimelineJS keeps it.
    expect(timelineJSDate({ year: '-13800000000', month: '7', day: '4' })).to.deep.equal({ date: '-13799999999' });
    expect(timelineJSDate({ year: '-271820', month: '7' })).to.deep.equal({ date: '-271819-07' });
    expect(timelineJSDate({ year: '-99999999999999999999' })).to.have.property('error');
  });

  it('keeps every event of a cosmological timeline, in order', () => {
    const cosmos = {
      title: { text: { headline: 'Light' } },
      events: [
        { start_date: { year: '1990', month: '4', day: '25' }, text: { headline: 'Hubble deployed' } },
        { start_date: { year: '-4600000000' }, text: { headline: 'The Sun ignites' } },
        { start_date: { year: '-13800000000' }, text: { headline: 'The Big Bang' } },
        { start_date: { year: '-538800000' }, end_date: { year: '-251902000' }, text: { headline: 'Paleozoic era' } },
        { start_date: { year: '-315000' }, text: { headline: 'Homo sapiens' } },
        { start_date: { year: '-3500' }, text: { headline: 'The wheel' } },
      ],
    };
    const { timeline: read, problems: found } = fromTimelineJS(cosmos);
    expect(found.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(read.events.map((event) => formatWhen(event.when))).to.deep.equal([
      'April 25, 1990',
      '4,600,000,000 BCE',
      '13,800,000,000 BCE',
      '538,800,000 – 251,902,000 BCE',
      '315,000 BCE',
      '3500 BCE',
    ]);
    expect(sortEvents(read.events).map((event) => event.title)).to.deep.equal([
      'The Big Bang',
      'The Sun ignites',
      'Paleozoic era',
      'Homo sapiens',
      'The wheel',
      'Hubble deployed',
    ]);
  });

  it('strips scripts and decodes entities', () => {
    expect(htmlToText('a<script>x()</script>b &lt;i&gt; &#8212; &#x2014;')).to.equal('ab <i> — —');
  });

  it('decodes every HTML entity the way a browser reads text', () => {
    const html = '&iacute;&ntilde;&oacute; &szlig; &euro;&trade; &frac12; &NotEqualTilde; &amp &copy 5&nbsp;km &#128; &#0; &bogus; &lt;b&gt;';
    expect(htmlToText(html)).to.equal('íñó ß €™ ½ ≂̸ & © 5 km € \ufffd &bogus; <b>');
  });
});
