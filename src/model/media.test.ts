import { expect } from '@open-wc/testing';
import { looksLikeImage, mediaProvider } from './media.js';

describe('mediaProvider', () => {
  it('names the providers newsrooms embed', () => {
    const cases: [string, string, string][] = [
      ['https://www.youtube.com/watch?v=abc', 'video', 'YouTube'],
      ['https://youtu.be/abc', 'video', 'YouTube'],
      ['https://vimeo.com/12345', 'video', 'Vimeo'],
      ['https://twitter.com/user/status/1', 'post', 'X'],
      ['https://x.com/user/status/1', 'post', 'X'],
      ['https://en.wikipedia.org/wiki/Hanoi', 'article', 'Wikipedia'],
      ['https://en.m.wikipedia.org/wiki/Hanoi', 'article', 'Wikipedia'],
      ['https://soundcloud.com/a/b', 'audio', 'SoundCloud'],
      ['https://www.google.com/maps/place/Hanoi', 'map', 'Google Maps'],
      ['https://maps.google.com/?q=Hanoi', 'map', 'Google Maps'],
      ['https://www.flickr.com/photos/a/1', 'photo', 'Flickr'],
      ['https://www.instagram.com/p/abc/', 'post', 'Instagram'],
      ['https://docs.google.com/document/d/x', 'document', 'Google Docs'],
      ['https://example.org/talk.mp3', 'audio', 'example.org'],
      ['https://example.org/story', 'page', 'example.org'],
    ];
    for (const [url, type, provider] of cases) expect(mediaProvider(url), url).to.deep.equal({ type, provider });
  });

  it('does not match a look-alike host', () => {
    expect(mediaProvider('https://notyoutube.com/watch')).to.deep.equal({ type: 'page', provider: 'notyoutube.com' });
    expect(mediaProvider('https://youtube.com.evil.invalid/watch')).to.deep.equal({ type: 'page', provider: 'youtube.com.evil.invalid' });
  });

  it('has nothing to say of an address that is not absolute http(s)', () => {
    expect(mediaProvider('javascript:alert(1)')).to.equal(undefined);
    expect(mediaProvider('/relative/path')).to.equal(undefined);
  });
});

describe('looksLikeImage', () => {
  it('goes by the file name, not the query', () => {
    expect(looksLikeImage('//upload.wikimedia.org/wikipedia/commons/a/ab/Palm.JPG')).to.equal(true);
    expect(looksLikeImage('/static/img/palm.png?v=2')).to.equal(true);
    expect(looksLikeImage('https://youtu.be/abc?x=.png')).to.equal(false);
  });
});
