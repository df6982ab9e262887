import { expect } from '@open-wc/testing';
import { mediaProvider, type Media, type TimelineEvent } from '../model/index.js';
import { fromTimelineJS } from './timelinejs.js';
import { imageSource } from './timelinejs-media.js';

/** One slide per way TimelineJS writes a medium (the element test loads the same file by `src`). */
const FIXTURE = '/test/fixtures/data/timelinejs-media.json';

describe('TimelineJS media', () => {
  let events: Map<string, TimelineEvent>;
  let result: ReturnType<typeof fromTimelineJS>;
  const media = (id: string): Media[] | undefined => events.get(id)?.media;
  const warning = (id: string) => result.problems.find((problem) => problem.eventId === id && problem.severity === 'warning');

  before(async () => {
    result = fromTimelineJS(await (await fetch(FIXTURE)).json());
    events = new Map(result.timeline.events.map((event) => [event.id, event]));
  });

  it('keeps every slide, with no error', () => {
    expect(result.timeline.events).to.have.length(18);
    expect(result.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
  });

  it('keeps relative, root-relative and protocol-relative images as written', () => {
    expect(media('relative')?.[0]?.src).to.equal('img/palm.png');
    expect(media('root-relative')).to.deep.equal([{ src: '/static/img/examples/user-interface/4s.jpg', alt: 'A root-relative image', credit: 'Apple Inc.' }]);
    expect(media('protocol-relative')).to.deep.equal([
      { src: '//upload.wikimedia.org/wikipedia/commons/3/35/Ipod_1G.png', alt: 'The first iPod.', caption: 'The first iPod.' },
    ]);
  });

  it('makes every other medium a link naming its provider, with caption and credit, never a source', () => {
    const providers = ['youtube', 'vimeo', 'x', 'wikipedia', 'soundcloud', 'map', 'flickr'].map((id) => {
      const [medium] = media(id) ?? [];
      expect((events.get(id)?.sources ?? []).map((source) => source.url)).to.not.include(medium?.url);
      return mediaProvider(new URL(medium?.url ?? '', 'https://base.invalid/').href)?.provider;
    });
    expect(providers).to.deep.equal(['YouTube', 'Vimeo', 'X', 'Wikipedia', 'SoundCloud', 'Google Maps', 'Flickr']);
    expect(media('vimeo')).to.deep.equal([{ url: 'http://vimeo.com/20839673', caption: '*Phat Tai*' }]);
    expect(media('flickr')?.[0]?.url).to.equal('//www.flickr.com/photos/euthman/281712899/');
  });

  it("uses a medium's thumbnail as the picture of its link, as decoration", () => {
    expect(media('youtube')).to.deep.equal([
      { url: 'https://youtu.be/m3-hY-hlhBg', src: '/static/img/thumbs/how-will-i-know.jpg', alt: '', caption: 'How Will I Know', credit: 'Arista Records' },
    ]);
  });

  it('makes an embed a link to what it shows, never HTML: the frame, or the tweet itself', () => {
    expect(media('iframe')).to.deep.equal([{ url: 'https://www.youtube.com/embed/pi2v1m6gmD8', caption: 'Ear Drums' }]);
    const [tweet] = media('tweet') ?? [];
    expect(tweet?.url).to.equal('https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw');
    expect(tweet?.caption).to.equal('The year of the dog #NYE2018 pic.twitter.com/32tEtCbWDk\n\n— Kit (@ItsMeKitB) January 1, 2018');
    expect(JSON.stringify(result.timeline)).to.not.match(/<(?:iframe|blockquote|script|a)\b/);
    expect(warning('iframe')?.path).to.equal('events[10].media.url');
  });

  it('adds a quotation embedded with no address to the summary, and its credit link to the sources', () => {
    expect(events.get('quote')?.summary).to.equal('Huntsman ends his bid.\n\n"Today, I am suspending my campaign."\n— Huntsman withdraws/FoxNews.com');
    expect(events.get('quote')?.sources).to.deep.equal([{ title: 'Huntsman withdraws', url: 'http://www.foxnews.com/politics/huntsman' }]);
    expect(warning('quote')?.message).to.contain('added to the summary');
  });

  it('warns, naming the event and field, about a medium with no usable address', () => {
    expect(media('empty-embed')).to.equal(undefined);
    expect(warning('empty-embed')).to.include({ path: 'events[14].media.url' });
    expect(warning('empty-embed')?.message).to.contain('no web address');
    expect(media('script')).to.equal(undefined);
    expect(warning('script')?.message).to.contain('javascript:');
  });

  it('turns HTML captions and credits into text, and their links into sources', () => {
    const [palm] = media('relative') ?? [];
    // Its link is kept in the caption's formatting, and as a source.
    expect(palm?.caption).to.equal('Palm Pilot, été 1997 — “stylus” & more… — © [the maker](https://example.org/palm?a=1&b=2)');
    expect(palm?.credit).to.equal('Channel R via Wikimedia Commons');
    expect(events.get('relative')?.sources).to.deep.equal([
      { title: 'the maker', url: 'https://example.org/palm?a=1&b=2' },
      { title: 'Channel R', url: 'https://commons.wikimedia.org/wiki/User:ChannelR' },
    ]);
    expect(events.get('flickr')?.sources).to.deep.equal([{ title: 'Ed Uthman', url: 'http://www.flickr.com/photos/euthman/' }]);
  });

  it('finds links inside other tags, SoundCite clips and links in headlines, each address once', () => {
    const { timeline } = fromTimelineJS({
      events: [
        {
          start_date: { year: '1985' },
          text: {
            headline: 'Debut <a href="https://example.org/debut">album</a>',
            text: `<span class="note"><a href=https://example.org/a>A</a></span> <span class='soundcite' data-url='https://upload.wikimedia.org/x.ogg'>How Will I Know?</span> <a href="#make">here</a> <a href="/about">about</a> <a href='https://example.org/a'>again</a>`,
          },
        },
      ],
    });
    expect(timeline.events[0]?.sources).to.deep.equal([
      { title: 'album', url: 'https://example.org/debut' },
      { title: 'A', url: 'https://example.org/a' },
      { title: 'How Will I Know?', url: 'https://upload.wikimedia.org/x.ogg' },
    ]);
  });

  it('shows a Wikimedia file page as its file, linked to the page', () => {
    expect(media('commons')).to.deep.equal([
      {
        src: 'https://commons.wikimedia.org/wiki/Special:FilePath/HST-SM4.jpeg?width=1280',
        url: 'https://commons.wikimedia.org/wiki/File:HST-SM4.jpeg',
        alt: 'Hubble.',
        caption: 'Hubble.',
        credit: 'NASA',
      },
    ]);
  });

  it('keeps a background image as decoration, and says what has nowhere to go', () => {
    expect(media('summer')).to.deep.equal([{ src: '/static/img/backgrounds/gettysburg.jpg', alt: '' }]);
    expect(warning('summer')).to.deep.include({ path: 'events[16].start_date.display_date' });
    expect(warning('summer')?.message).to.contain('"Summer 1863" is not kept');
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).to.include.members(['title.media', 'title.background.color']);
    expect(result.problems.find((problem) => problem.path === 'title.background.color')?.message).to.contain('2 slides');
  });

  it('reads a provider written without https:// the way TimelineJS does, and says so', () => {
    expect(media('no-scheme')).to.deep.equal([{ url: 'https://youtu.be/fSrO91XO1Ck' }]);
    expect(warning('no-scheme')?.message).to.contain('read as https://youtu.be/fSrO91XO1Ck');
  });

  it('keeps the text of eras', () => {
    expect(result.timeline.eras?.[0]).to.include({ title: 'The nineties', summary: 'Before the *smartphone*.' });
  });

  it('reads the slides of an early TimelineJS3 file (timeline.slides)', () => {
    const early = fromTimelineJS({ timeline: { slides: [{ start_date: { year: '1888' }, text: { headline: 'Welcome' }, media: { url: '/static/welcome/step3.png' } }] } });
    expect(early.timeline.events.map((event) => event.media?.[0]?.src)).to.deep.equal(['/static/welcome/step3.png']);
    expect(early.problems.map((problem) => problem.path)).to.deep.equal(['timeline.slides']);
  });
});

describe('imageSource (what TimelineJS shows as an image)', () => {
  it('knows image files by their name, written any way', () => {
    for (const address of ['img/a.JPG', '/a/b.jpeg?w=200', '//farm8.staticflickr.com/7001/x.jpg', 'https://i.imgur.com/abc.gif', 'https://x.org/a.webp#top']) {
      expect(imageSource(address), address).to.deep.equal({ src: address });
    }
  });

  it('knows Wikimedia file pages, and Google image addresses with no extension', () => {
    expect(imageSource('https://de.wikipedia.org/wiki/Beryllium#/media/Datei:Beryl_Quartz.jpg')?.src).to.equal(
      'https://de.wikipedia.org/wiki/Special:FilePath/Beryl_Quartz.jpg?width=1280',
    );
    expect(imageSource('https://commons.wikimedia.org/wiki/File:0854_Krug,_3.550_v._Chr..JPG')?.src).to.equal(
      'https://commons.wikimedia.org/wiki/Special:FilePath/0854_Krug%2C_3.550_v._Chr..JPG?width=1280',
    );
    expect(imageSource('https://drive.google.com/uc?id=10Ymjq')).to.deep.equal({ src: 'https://drive.google.com/uc?id=10Ymjq' });
    expect(imageSource('https://lh3.googleusercontent.com/abc=w800')).to.deep.equal({ src: 'https://lh3.googleusercontent.com/abc=w800' });
  });

  it('leaves pages alone, even on image hosts', () => {
    for (const address of [
      'https://www.flickr.com/photos/critterseeker/16420145375',
      'https://imgur.com/gallery/NRpFrrk',
      'https://commons.wikimedia.org/wiki/Category:Dogs',
      'https://en.wikipedia.org/wiki/Mechanical_Turk',
      'https://drive.google.com/file/d/10Ymjq/view',
      'https://www.youtube.com/watch?v=abc',
    ]) {
      expect(imageSource(address), address).to.equal(undefined);
    }
  });
});
