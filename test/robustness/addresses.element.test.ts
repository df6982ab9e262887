// Addresses as people write them, resolved where a base is known: against the data file
// when it came through `src`, the page otherwise, `base-url` when the page says so; and
// other media as links naming their provider, never frames.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/diplo-timeline/define.js';
import '../../src/components/diplo-event/define.js';
import type { DiploTimeline } from '../../src/components/diplo-timeline/diplo-timeline.js';
import type { DiploEvent } from '../../src/components/diplo-event/diplo-event.js';

const DATA = '/test/fixtures/relative/timeline.json';

async function loaded(el: DiploTimeline) {
  await waitUntil(() => el.shadowRoot?.querySelectorAll('li.event [part="card"]').length === 2, 'both cards render');
  await el.updateComplete;
  return el.shadowRoot!;
}

const images = (root: ParentNode) => [...root.querySelectorAll('img')].map((img) => img.src);

describe('addresses in the data', () => {
  it('resolve against the data file when it came through src', async () => {
    const root = await loaded(await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" src=${DATA}></diplo-timeline>`));
    expect(images(root)).to.deep.equal([
      `${location.origin}/test/fixtures/relative/img/palm.png`,
      `${location.origin}/static/img/root.png`,
      'https://upload.wikimedia.invalid/commons/a.jpg',
      `${location.origin}/test/fixtures/relative/thumbs/post.png`,
    ]);
    const story = [...root.querySelectorAll('a')].find((a) => a.textContent === 'The story')!;
    expect(story.href).to.equal(`${location.origin}/test/fixtures/story.html`);
  });

  it('resolve against the page when the data is set in the page, or against base-url', async () => {
    const data = (await (await fetch(DATA)).json()) as unknown;
    const page = await loaded(await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${data}></diplo-timeline>`));
    expect(images(page)[0]).to.equal(new URL('img/palm.png', document.baseURI).href);
    const cdn = await loaded(
      await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" base-url="https://cdn.example/graphics/" .data=${data}></diplo-timeline>`),
    );
    expect(images(cdn).slice(0, 2)).to.deep.equal(['https://cdn.example/graphics/img/palm.png', 'https://cdn.example/static/img/root.png']);
  });

  it('that resolve to anything but http(s) are not drawn, and each is a warning', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" base-url="file:///srv/graphics/" src=${DATA}></diplo-timeline>`);
    const root = await loaded(el);
    expect(images(root)).to.deep.equal(['https://upload.wikimedia.invalid/commons/a.jpg']);
    const paths = el.problems.filter((problem) => problem.message.includes('file: address')).map((problem) => problem.path);
    expect(paths).to.deep.equal([
      'events[0].sources[0].url',
      'events[0].media[0].src',
      'events[0].media[1].src',
      'events[1].media[1].src',
    ]);
    expect(el.problems.every((problem) => problem.severity === 'warning')).to.equal(true);
  });
});

describe('other media', () => {
  it('are links that name their provider, with caption and credit, and no frame', async () => {
    const root = await loaded(await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" src=${DATA}></diplo-timeline>`));
    const links = [...root.querySelectorAll<HTMLAnchorElement>('figure.link a.media-link')];
    expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['▶Video on YouTube', '✎Post on X']);
    expect(links[0]!.href).to.equal('https://www.youtube.com/watch?v=abc');
    expect(links[0]!.closest('figure')!.querySelector('figcaption')!.textContent).to.match(/The summit ends\s+AP/);
    // The picture of a link is inside it, as its image.
    expect(links[1]!.querySelector('img')?.getAttribute('alt')).to.equal('');
    expect(root.querySelector('iframe, object, embed')).to.equal(null);
    await expect(root.querySelector('li.event')).to.be.accessible();
  });

  it('speak the reader\'s language', async () => {
    const el = await fixture<DiploEvent>(html`<diplo-event lang="ko" .event=${{
      id: 'v',
      title: 'Video',
      when: '2019-02-28',
      kind: 'statement',
      actors: [],
      media: [{ url: 'https://vimeo.com/1' }],
    }}></diplo-event>`);
    await waitUntil(() => el.shadowRoot?.querySelector('a.media-link'), 'the link renders');
    expect(el.shadowRoot!.querySelector('a.media-link')!.textContent).to.contain('Vimeo 동영상');
  });
});
