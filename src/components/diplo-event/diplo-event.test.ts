import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import '../diplo-timeline/define.js';
import type { DiploEvent } from './diplo-event.js';

const raw = (id: string) => {
  const event = koreanPeninsula.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(id);
  return event;
};

function text(el: DiploEvent): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<diplo-event> on its own', () => {
  it('renders raw event data, validated, with actors and the as-of date', async () => {
    const el = await fixture<DiploEvent>(
      html`<diplo-event .event=${raw('xi-pyongyang-visit')} .actors=${koreanPeninsula.actors} as-of="2019-06-18"></diplo-event>`,
    );
    expect(el.problems).to.deep.equal([]);
    expect(el.shadowRoot?.querySelector('h3')?.textContent).to.equal('Xi Jinping makes a state visit to Pyongyang');
    expect(text(el)).to.contain('June 20–21, 2019').and.contain('Ahead').and.contain('China').and.contain('Pyongyang, North Korea');
    expect(el.shadowRoot?.querySelectorAll('blockquote')).to.have.length(raw('xi-pyongyang-visit').quotes?.length ?? -1);
    await expect(el).to.be.accessible();
  });

  it('shows the time left to a deadline, localized', async () => {
    const el = await fixture<DiploEvent>(
      html`<diplo-event .event=${raw('year-end-deadline')} as-of="2019-06-18" lang="ko"></diplo-event>`,
    );
    await waitUntil(() => text(el).includes('2019년 말까지'), 'Korean deadline');
    expect(text(el)).to.contain('196일 후');
  });

  it('reads inline JSON written by a documentation author', async () => {
    const el = await fixture<DiploEvent>(html`<diplo-event as-of="2019-06-18">
      <script type="application/json">
        { "event": { "id": "g20", "title": "G20 leaders meet in Osaka", "when": { "start": "2019-06-28", "end": "2019-06-29" },
          "kind": "summit", "actors": ["japan"] }, "actors": [{ "id": "japan", "name": "Japan", "color": "#7b4f9d" }] }
      </script>
    </diplo-event>`);
    expect(text(el)).to.contain('G20 leaders meet in Osaka').and.contain('June 28–29, 2019').and.contain('Japan');
    const swatch = el.shadowRoot?.querySelector<HTMLElement>('[part="actor"]');
    expect(swatch?.style.getPropertyValue('--_actor')).to.equal('#7b4f9d');
  });

  it('says where inline JSON breaks, once the reader that explains it arrives (updateComplete waits for it)', async () => {
    const el = await fixture<DiploEvent>(html`<diplo-event><script type="application/json">{ "event": { "id": "a", } }</script></diplo-event>`);
    expect(text(el)).to.contain('the inline JSON could not be read: invalid JSON at line 1, column 25: unexpected "} }" (a comma before it with nothing after?)');
  });

  it('shows an image with its alt text, caption and credit', async () => {
    const event = {
      ...raw('panmunjom-summit'),
      media: [{ src: 'https://example.org/panmunjom.jpg', alt: 'Moon and Kim shake hands at the border', credit: 'Pool photo', caption: 'Panmunjom' }],
    };
    const el = await fixture<DiploEvent>(html`<diplo-event .event=${event}></diplo-event>`);
    const img = el.shadowRoot?.querySelector('img');
    expect(img?.getAttribute('src')).to.equal('https://example.org/panmunjom.jpg');
    expect(img?.alt).to.equal('Moon and Kim shake hands at the border');
    expect(el.shadowRoot?.querySelector('figcaption')?.textContent).to.contain('Panmunjom').and.contain('Photo: Pool photo');
  });

  it('names what is wrong with an event it cannot show', async () => {
    const el = await fixture<DiploEvent>(html`<diplo-event .event=${{ id: 'x', title: 'X', when: '2019-02-30', kind: 'summit', actors: [] }}></diplo-event>`);
    expect(el.problems.map((p) => p.path)).to.deep.equal(['when']);
    expect(text(el)).to.contain('no day 30');
  });

  it('keeps a colour the browser does not accept out of its styles', async () => {
    const el = await fixture<DiploEvent>(
      html`<diplo-event .event=${raw('hanoi-summit')} .actors=${[{ id: 'north-korea', name: 'North Korea', color: 'notacolour' }]}></diplo-event>`,
    );
    const actors = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part="actor"]') ?? [])];
    const northKorea = actors.find((actor) => actor.textContent?.includes('North Korea'));
    expect(northKorea, 'the actor is still named').to.exist;
    expect(northKorea?.getAttribute('style') ?? '').to.not.contain('notacolour');
    // An id with no actor behind it is shown as the id, never dropped silently.
    expect(actors.map((actor) => actor.textContent?.trim())).to.include('united-states');
  });
});
