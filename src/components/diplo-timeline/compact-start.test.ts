// The compact start: a timeline drawn in the browser takes a height known before its data
// arrives, then opens for good when the reader asks or reaches further.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import { FLAGSHIP_AS_RAN } from '../../test-support/flagship.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);
/** The default first height: 40rem or 80vh, whichever is more. */
const startSize = () => Math.max(40 * rem(), 0.8 * innerHeight);

function showAll(el: DiploTimeline): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]');
}

function events(el: DiploTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.event')];
}

/** Whether the reader can see the bottom of an event (the timeline's box clips what is below). */
function seen(el: DiploTimeline, item: HTMLElement): boolean {
  return item.getBoundingClientRect().bottom <= el.getBoundingClientRect().bottom;
}

const short = {
  schemaVersion: 1,
  title: 'Two events',
  events: [
    { id: 'a', title: 'Talks open', when: '2019-01-02', kind: 'talks' },
    { id: 'b', title: 'Talks close', when: '2019-01-03', kind: 'talks' },
  ],
};

describe('<diplo-timeline> compact start', () => {
  before(async () => {
    await setViewport({ width: 800, height: 900 });
  });

  it('takes --diplo-start-size (40rem or 80vh) before its data arrives, and keeps it once drawn', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical"></diplo-timeline>`);
    expect(el.getBoundingClientRect().height).to.be.closeTo(startSize(), 1);
    el.data = koreanPeninsula;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(startSize(), 1);
    expect(showAll(el)?.textContent?.trim()).to.equal(`Show all ${String(FLAGSHIP_AS_RAN)} events`);
    // Every event is in the page (find-in-page, assistive technology), the later ones below the fold.
    expect(events(el)).to.have.length(FLAGSHIP_AS_RAN);
    expect(seen(el, events(el).at(-1)!)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens for good from its button, and gives the keyboard the first event the reader had not seen', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    // Under the fade over the button: not read yet.
    const fold = showAll(el)!.parentElement!.getBoundingClientRect().top;
    const unseen = events(el).find((item) => item.getBoundingClientRect().bottom > fold)!;
    showAll(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement === unseen, 'focus moves to the first event below the fold');
    expect(showAll(el)).to.equal(null);
    expect(events(el).every((item) => seen(el, item))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens when the keyboard moves below the fold, or a method reveals an event there', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    events(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => !showAll(el), 'End opens the timeline');
    expect(seen(el, events(el).at(-1)!)).to.equal(true);

    const other = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`);
    await other.updateComplete;
    const last = events(other).at(-1)!;
    expect(await other.focusEvent(last.id)).to.equal(true);
    await other.updateComplete;
    expect(showAll(other)).to.equal(null);
    expect(other.shadowRoot!.activeElement).to.equal(last);
  });

  it('takes the height a page gives it, and its own height when its events fit', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" style="--diplo-start-size: 25rem" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(25 * rem(), 1);

    const small = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${short}></diplo-timeline>`);
    await waitUntil(() => small.getBoundingClientRect().height < startSize(), 'a short timeline takes its own height');
    expect(showAll(small)).to.equal(null);
    expect(events(small).every((item) => seen(small, item))).to.equal(true);
  });

  it('with `expanded`, shows every event from the start', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" expanded .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    expect(showAll(el)).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.above(startSize());
    expect(events(el).every((item) => seen(el, item))).to.equal(true);
  });

  it('in the horizontal view, keeps the same first height and opens the same way', async () => {
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="axis"]')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.closeTo(startSize(), 1);
    showAll(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.getBoundingClientRect().height > startSize(), 'the whole axis shows');
  });
});
