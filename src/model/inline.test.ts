import { expect } from '@open-wc/testing';
import { inlineText, mayFormat, parseInline } from './inline.js';

describe('parseInline', () => {
  it('reads links, emphasis and strong emphasis', () => {
    expect(parseInline('The **Hanoi** summit [ends](https://apnews.com/x) *early*, _as feared_')).to.deep.equal([
      'The ',
      { strong: ['Hanoi'] },
      ' summit ',
      { href: 'https://apnews.com/x', text: ['ends'] },
      ' ',
      { em: ['early'] },
      ', ',
      { em: ['as feared'] },
    ]);
    expect(parseInline('**a *b* c**')).to.deep.equal([{ strong: ['a ', { em: ['b'] }, ' c'] }]);
    expect(parseInline('[**Resolution 2397**](https://un.org/x)')).to.deep.equal([{ href: 'https://un.org/x', text: [{ strong: ['Resolution 2397'] }] }]);
  });

  it('keeps everything else as written: HTML, lone marks, snake_case, unclosed brackets, a space in an address', () => {
    for (const text of ['<b>bold</b> &amp; <a href="x">y</a>', 'a * b', 'snake_case_name', '[unclosed', '[a](b c)', '** not strong**', '5 * 3 = 15']) {
      expect(inlineText(parseInline(text)), text).to.equal(text);
      expect(parseInline(text).every((node) => typeof node === 'string'), text).to.equal(true);
    }
  });

  it('takes a backslash before \\ * _ [ ] ( ) as the character itself', () => {
    expect(parseInline('\\*not em\\* and \\[not](a link)')).to.deep.equal(['*not em* and [not](a link)']);
    expect(parseInline('C:\\path')).to.deep.equal(['C:\\path']);
  });

  it('counts nested brackets and parentheses', () => {
    expect(parseInline('[the [UN] vote](https://en.wikipedia.org/wiki/Resolution_(UN))')).to.deep.equal([
      { href: 'https://en.wikipedia.org/wiki/Resolution_(UN)', text: ['the [UN] vote'] },
    ]);
    // A link inside a link's text is text.
    expect(parseInline('[[a](https://a.example)](https://b.example)')).to.deep.equal([{ href: 'https://b.example', text: ['[a](https://a.example)'] }]);
  });

  it('gives any address as written (drawing it is safeUrl\'s call)', () => {
    expect(parseInline('[x](javascript:alert(1))')).to.deep.equal([{ href: 'javascript:alert(1)', text: ['x'] }]);
  });

  it('reads a hostile text of tens of thousands of marks in linear time', () => {
    for (const text of ['['.repeat(50_000), '*'.repeat(50_000), '_'.repeat(50_000), '[]('.repeat(20_000), '**a*'.repeat(12_000)]) {
      const started = performance.now();
      parseInline(text);
      expect(performance.now() - started, text.slice(0, 4)).to.be.lessThan(300);
    }
  });

  it('mayFormat: plain text skips the parser', () => {
    expect(mayFormat('Kim and Trump met in Hanoi.')).to.equal(false);
    expect(mayFormat('a *b*')).to.equal(true);
  });
});
