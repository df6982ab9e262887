// Reduced motion: nothing scrolls, zooms or fades with an animation, even on a page whose own
// CSS asks for smooth scrolling. Each check is made both ways, so it is seen to tell them apart.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import '../../test-support/axis-tag.js';
import { emulate } from '../../test-support/browser.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

/** Every element of a timeline, inside its shadow roots (and the axis's). */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? allElements(element.shadowRoot) : [])]);
}

/** Elements that would animate: a transition or an animation longer than nothing. */
const moving = (el: Element) =>
  allElements(el.shadowRoot!).filter((element) => {
    const style = getComputedStyle(element);
    return style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0) || style.animationName !== 'none';
  });

describe('reduced motion', function () {
  this.timeout(20_000);

  beforeEach(async () => {
    await setViewport({ width: 1280, height: 700 });
    // The page's own CSS asks for smooth scrolling: reduced motion must win over it.
    document.documentElement.style.scrollBehavior = 'smooth';
  });

  afterEach(async () => {
    document.documentElement.style.scrollBehavior = '';
    window.scrollTo({ top: 0, behavior: 'instant' });
    await emulate({});
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    it(`the list scrolls to an event ${reducedMotion === 'reduce' ? 'at once' : 'smoothly'} (${reducedMotion})`, async () => {
      await emulate({ reducedMotion });
      const el = await fixture<DiploTimeline>(html`<div style="padding-block: 200px 3000px"><diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline></div>`);
      const timeline = el.querySelector('diplo-timeline')!;
      await timeline.updateComplete;
      window.scrollTo({ top: 0, behavior: 'instant' });
      expect(await timeline.scrollToEvent('hanoi-summit')).to.equal(true);
      await nextFrame();
      const top = timeline.shadowRoot!.getElementById('hanoi-summit')!.getBoundingClientRect().top;
      // At once: the event is at the top a frame later. Smoothly: still on its way.
      if (reducedMotion === 'reduce') expect(Math.abs(top)).to.be.below(2);
      else expect(Math.abs(top)).to.be.above(2);
    });

    it(`the horizontal view scrolls into view ${reducedMotion === 'reduce' ? 'at once' : 'smoothly'} (${reducedMotion})`, async () => {
      await emulate({ reducedMotion });
      const el = await fixture<DiploTimeline>(html`<div style="padding-block: 3000px 200px"><diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline></div>`);
      const timeline = el.querySelector('diplo-timeline')!;
      await timeline.updateComplete;
      window.scrollTo({ top: 0, behavior: 'instant' });
      expect(await timeline.scrollToEvent('hanoi-summit')).to.equal(true);
      await nextFrame();
      const axis = timeline.shadowRoot!.querySelector('diplo-axis')!.getBoundingClientRect();
      const inView = axis.top >= -1 && axis.top < window.innerHeight;
      expect(inView).to.equal(reducedMotion === 'reduce');
    });

    it(`${reducedMotion === 'reduce' ? 'nothing' : 'something'} in either view has a transition (${reducedMotion})`, async () => {
      await emulate({ reducedMotion });
      const list = await fixture<DiploTimeline>(html`<diplo-timeline layout="vertical" .data=${koreanPeninsula}></diplo-timeline>`);
      await list.updateComplete;
      const axis = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline>`);
      await axis.updateComplete;
      await axis.scrollToEvent('hanoi-summit');
      const animated = [...moving(list), ...moving(axis)].map((element) => `${element.localName}.${element.className}`);
      if (reducedMotion === 'reduce') expect(animated).to.deep.equal([]);
      else expect(animated.length).to.be.greaterThan(0);
    });
  }

  it('zooms at once: the window is the new one as soon as the view has drawn', async () => {
    await emulate({ reducedMotion: 'reduce' });
    const el = await fixture<DiploTimeline>(html`<diplo-timeline layout="horizontal" .data=${koreanPeninsula}></diplo-timeline>`);
    await el.updateComplete;
    const axis = el.shadowRoot!.querySelector('diplo-axis')!;
    await waitUntil(() => axis.range.end - axis.range.start > 86_400_000, 'the axis is measured');
    const before = axis.range;
    const zoomIn = [...axis.shadowRoot!.querySelectorAll('button')].find((button) => button.getAttribute('aria-label') === 'Zoom in')!;
    zoomIn.click();
    await axis.updateComplete;
    const after = axis.range;
    expect(after.end - after.start).to.be.below((before.end - before.start) * 0.9);
    await nextFrame();
    await nextFrame();
    expect(axis.range).to.deep.equal(after);
  });
});
