import { expect } from '@open-wc/testing';
import { isRelativeUrl, safeUrl, unresolvedReason, urlProblem } from './urls.js';
import { urlProblems } from './resolve.js';
import { parseTimeline } from './index.js';

const DATA = 'https://news.example/graphics/data/timeline.json';

describe('safeUrl: http(s) only, after resolution', () => {
  it('resolves what people write against the data file', () => {
    expect(safeUrl('/static/img/palm.png', DATA)).to.equal('https://news.example/static/img/palm.png');
    expect(safeUrl('img/palm.png', DATA)).to.equal('https://news.example/graphics/data/img/palm.png');
    expect(safeUrl('../img/palm.png', DATA)).to.equal('https://news.example/graphics/img/palm.png');
    expect(safeUrl('https://example.org/a b', DATA)).to.equal('https://example.org/a%20b');
  });

  it('makes protocol-relative addresses https, whatever the page', () => {
    expect(safeUrl('//upload.wikimedia.org/a.jpg', 'http://plain.example/')).to.equal('https://upload.wikimedia.org/a.jpg');
    expect(safeUrl('//upload.wikimedia.org/a.jpg')).to.equal('https://upload.wikimedia.org/a.jpg');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \tjava\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://evil.invalid/0',
      'file:///etc/passwd',
      'mailto:a@b.c',
    ]) {
      expect(safeUrl(url, DATA), url).to.equal(undefined);
      expect(safeUrl(url), url).to.equal(undefined);
      expect(urlProblem(url), url).to.be.a('string');
    }
  });

  it('keeps a relative address as written when no base is known, for the browser to resolve against the page', () => {
    expect(safeUrl('/static/img/palm.png')).to.equal('/static/img/palm.png');
    expect(safeUrl('%6A%61%76%61:1')).to.equal('%6A%61%76%61:1');
    expect(isRelativeUrl('/a')).to.equal(true);
    expect(isRelativeUrl('//host/a')).to.equal(true);
    expect(isRelativeUrl('https://host/a')).to.equal(false);
  });

  it('drops a relative address on a base that is not http(s), and says why', () => {
    expect(safeUrl('img/a.png', 'about:srcdoc')).to.equal(undefined);
    expect(safeUrl('img/a.png', 'file:///tmp/page.html')).to.equal(undefined);
    expect(safeUrl('https://example.org/a.png', 'about:srcdoc')).to.equal('https://example.org/a.png');
    expect(unresolvedReason('img/a.png', 'file:///tmp/page.html')).to.match(/file: address/);
    expect(unresolvedReason('img/a.png', 'about:srcdoc')).to.match(/cannot be resolved/);
    expect(unresolvedReason('img/a.png', DATA)).to.equal(undefined);
  });
});

describe('urlProblems', () => {
  it('names every address that a page at the base would not show', () => {
    const { timeline } = parseTimeline({
      schemaVersion: 1,
      title: 'T',
      actors: [],
      events: [
        {
          id: 'a',
          title: 'A',
          when: '2019',
          kind: 'other',
          actors: [],
          sources: [{ title: 'rel', url: 'story.html' }, { title: 'abs', url: 'https://example.org/' }],
          quotes: [{ text: 'q', speaker: 's', source: { title: 'rel', url: '../q.html' } }],
          media: [{ src: 'a.png', alt: '' }, { url: '//youtu.be/x' }],
        },
      ],
    });
    expect(urlProblems(timeline, DATA)).to.deep.equal([]);
    const problems = urlProblems(timeline, 'file:///tmp/page.html');
    expect(problems.map((problem) => problem.path)).to.deep.equal([
      'events[0].sources[0].url',
      'events[0].quotes[0].source.url',
      'events[0].media[0].src',
    ]);
    expect(problems.every((problem) => problem.severity === 'warning' && problem.eventId === 'a')).to.equal(true);
  });
});
