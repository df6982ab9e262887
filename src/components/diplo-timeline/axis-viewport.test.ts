import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DAY_MS } from '../../model/index.js';
import { AxisViewport, OVERSCAN, type DiploRangeChangeDetail } from './axis-viewport.js';

/** A bare host: a 1,000 px viewport with a drawn layer and an overview strip. */
class ViewportHost extends LitElement {
  static override properties = { direction: {} };
  direction: 'ltr' | 'rtl' = 'ltr';
  renders = 0;
  viewport = new AxisViewport(this, { rangeText: (range) => `${String(range.start)}–${String(range.end)}` });

  protected override willUpdate(): void {
    this.viewport.layout();
  }

  protected override render() {
    this.renders++;
    const v = this.viewport;
    return html`<span class="range"></span>
      <div class="viewport" style="inline-size: 1000px; block-size: 40px" @wheel=${v.onWheel} @pointerdown=${v.onPointerDown} @pointermove=${v.onPointerMove} @pointerup=${v.onPointerUp}>
        <div class="slide"></div>
      </div>
      <div class="overview" style="inline-size: 1000px; block-size: 20px; position: relative" @pointerdown=${v.onOverviewPointer} @pointermove=${v.onOverviewPointer}>
        <span class="window" style="position: absolute"></span>
      </div>`;
  }
}
customElements.define('axis-viewport-host', ViewportHost);

const DOMAIN: [number, number] = [Date.UTC(2018, 0, 1), Date.UTC(2018, 0, 1) + 100 * DAY_MS];

async function host(direction: 'ltr' | 'rtl' = 'ltr') {
  const el = await fixture<ViewportHost>(html`<axis-viewport-host .direction=${direction}></axis-viewport-host>`);
  el.viewport.domain = DOMAIN;
  // The viewport's width arrives through a ResizeObserver; the first fits the domain.
  await waitUntil(() => el.viewport.width === 1000, 'the viewport is measured');
  await el.updateComplete;
  return { el, viewport: el.viewport, box: el.renderRoot.querySelector('.viewport')!.getBoundingClientRect() };
}

const span = (viewport: AxisViewport) => viewport.range.end - viewport.range.start;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const slide = (el: ViewportHost) => el.renderRoot.querySelector<HTMLElement>('.slide')!.style.transform;

function pointer(target: Element, type: string, id: number, clientX: number, init: PointerEventInit = {}) {
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX, clientY: 10, buttons: 1, bubbles: true, composed: true, ...init }));
}

describe('AxisViewport', () => {
  it('fits the domain once the width is known, and shows any window with zoomTo', async () => {
    const { viewport } = await host();
    expect(viewport.range.start).to.be.closeTo(DOMAIN[0], 1);
    expect(viewport.range.end).to.be.closeTo(DOMAIN[1], 1);
    viewport.zoomTo(DOMAIN[0] + 10 * DAY_MS, DOMAIN[0] + 20 * DAY_MS);
    expect(viewport.range.start).to.be.closeTo(DOMAIN[0] + 10 * DAY_MS, 1);
    expect(span(viewport)).to.be.closeTo(10 * DAY_MS, 1);
  });

  it('keeps a window asked for before the width is known, instead of fitting over it', async () => {
    const el = await fixture<ViewportHost>(html`<axis-viewport-host></axis-viewport-host>`);
    el.viewport.domain = DOMAIN;
    expect(el.viewport.width, 'not measured yet (else this test proves nothing)').to.equal(0);
    el.viewport.zoomTo(DOMAIN[0] + 10 * DAY_MS, DOMAIN[0] + 20 * DAY_MS);
    await waitUntil(() => el.viewport.width === 1000, 'the viewport is measured');
    expect(el.viewport.range.start).to.be.closeTo(DOMAIN[0] + 10 * DAY_MS, 1);
    expect(span(el.viewport)).to.be.closeTo(10 * DAY_MS, 1);
    el.viewport.fit();
    expect(span(el.viewport), 'fit() still shows everything').to.be.closeTo(DOMAIN[1] - DOMAIN[0], 1);
  });

  it('zooms about a point: the time under it stays under it', async () => {
    const { viewport } = await host();
    const under = viewport.start + 250 / viewport.k;
    const k = viewport.k;
    viewport.zoomBy(2, 250);
    expect(viewport.k).to.be.closeTo(2 * k, k * 1e-9);
    expect(viewport.start + 250 / viewport.k).to.be.closeTo(under, 1);
    viewport.zoomBy(0.5);
    expect(viewport.start + 500 / viewport.k, 'the centre by default').to.be.closeTo(under + 250 / (2 * k), 1);
  });

  it('clamps the zoom between a quarter of a day and four times the domain', async () => {
    const { viewport } = await host();
    viewport.zoomBy(1e9);
    expect(span(viewport)).to.be.closeTo(DAY_MS / 4, 1);
    viewport.zoomBy(1e-12);
    expect(span(viewport)).to.be.closeTo(4 * (DOMAIN[1] - DOMAIN[0]), 1);
    viewport.zoomTo(DOMAIN[0], DOMAIN[0] + 1000);
    expect(span(viewport)).to.be.closeTo(DAY_MS / 4, 1);
  });

  it('pans within the overscan by moving the drawn layers, without rendering', async () => {
    const { el, viewport } = await host();
    const renders = el.renders;
    const start = viewport.start;
    // At rest the layer is shifted by the overscan (positions are measured from the first instant drawn).
    expect(slide(el)).to.equal('translateX(-500px)');
    viewport.panBy(100);
    expect(el.isUpdatePending).to.equal(false);
    expect(slide(el)).to.equal('translateX(-600px)');
    expect(viewport.start).to.be.closeTo(start + 100 / viewport.k, 1);
    expect(el.renderRoot.querySelector('.range')?.textContent).to.equal(`${String(viewport.range.start)}–${String(viewport.range.end)}`);
    await frame();
    expect(el.renders).to.equal(renders);
    // Past what was drawn (the overscan is half the width on each side), it draws again.
    viewport.panBy(1000 * OVERSCAN);
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    // Positions keep their origin: the layer moved by the whole pan.
    expect(slide(el)).to.equal('translateX(-1100px)');
  });

  it('pans the other way when time runs right to left', async () => {
    const { el, viewport } = await host('rtl');
    viewport.panBy(100);
    expect(slide(el)).to.equal('translateX(600px)');
  });

  it('zooms with Ctrl + wheel at the pointer, pans with a sideways wheel, leaves a vertical wheel to the page', async () => {
    const { el, viewport, box } = await host();
    const target = el.renderRoot.querySelector('.viewport')!;
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', { clientX: box.left + 200, clientY: box.top + 10, bubbles: true, cancelable: true, composed: true, ...init });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const under = viewport.start + 200 / viewport.k;
    const k = viewport.k;
    expect(wheel({ deltaY: -100, ctrlKey: true })).to.equal(true);
    expect(viewport.k).to.be.greaterThan(k);
    expect(viewport.start + 200 / viewport.k).to.be.closeTo(under, 1);
    const start = viewport.start;
    expect(wheel({ deltaX: 50 })).to.equal(true);
    expect(viewport.start).to.be.closeTo(start + 50 / viewport.k, 1);
    expect(wheel({ deltaY: 50, shiftKey: true })).to.equal(true);
    expect(viewport.start).to.be.closeTo(start + 100 / viewport.k, 1);
    expect(wheel({ deltaY: 50 })).to.equal(false);
    expect(viewport.start).to.be.closeTo(start + 100 / viewport.k, 1);
  });

  it('pans by dragging, and marks the drag while it lasts', async () => {
    const { el, viewport, box } = await host();
    const target = el.renderRoot.querySelector('.viewport')!;
    const start = viewport.start;
    pointer(target, 'pointerdown', 1, box.left + 400, { pointerType: 'mouse', button: 0 });
    expect(viewport.dragging).to.equal(true);
    pointer(target, 'pointermove', 1, box.left + 300, { pointerType: 'mouse' });
    expect(viewport.start).to.be.closeTo(start + 100 / viewport.k, 1);
    pointer(target, 'pointerup', 1, box.left + 300, { pointerType: 'mouse' });
    expect(viewport.dragging).to.equal(false);
    pointer(target, 'pointerdown', 2, box.left + 400, { pointerType: 'mouse', button: 2 });
    expect(viewport.dragging, 'not with the right button').to.equal(false);
  });

  it('zooms with a pinch, keeping the time between the fingers', async () => {
    const { el, viewport, box } = await host();
    const target = el.renderRoot.querySelector('.viewport')!;
    const k = viewport.k;
    const between = viewport.start + 450 / viewport.k;
    pointer(target, 'pointerdown', 11, box.left + 400);
    pointer(target, 'pointerdown', 12, box.left + 500);
    pointer(target, 'pointermove', 12, box.left + 700);
    expect(viewport.k).to.be.closeTo(3 * k, k * 1e-9);
    expect(viewport.start + 450 / viewport.k).to.be.closeTo(between, 1);
    pointer(target, 'pointerup', 11, box.left + 400);
    pointer(target, 'pointerup', 12, box.left + 700);
    expect(viewport.dragging).to.equal(false);
  });

  it('centres the window where the overview strip is pressed', async () => {
    const { el, viewport } = await host();
    viewport.zoomTo(DOMAIN[0], DOMAIN[0] + 10 * DAY_MS);
    await el.updateComplete;
    const overview = el.renderRoot.querySelector('.overview')!;
    const box = overview.getBoundingClientRect();
    pointer(overview, 'pointerdown', 5, box.left + box.width * 0.75);
    const centre = (viewport.range.start + viewport.range.end) / 2;
    expect(centre).to.be.closeTo(DOMAIN[0] + 0.75 * (DOMAIN[1] - DOMAIN[0]), DAY_MS / 10);
    await el.updateComplete;
    const windowBox = el.renderRoot.querySelector('.window')!.getBoundingClientRect();
    expect(windowBox.left + windowBox.width / 2 - box.left).to.be.closeTo(750, 2);
  });

  it('announces diplo-range-change once a frame, however often the window moved', async () => {
    const { el, viewport } = await host();
    const heard: DiploRangeChangeDetail[] = [];
    el.addEventListener('diplo-range-change', (e) => heard.push(e.detail));
    viewport.zoomBy(1.5);
    viewport.panBy(10);
    viewport.zoomBy(1.5);
    await frame();
    await frame();
    expect(heard).to.deep.equal([viewport.range]);
    // Setting the window from outside (zoomTo, fit) is not the reader's doing: no event.
    viewport.fit();
    await frame();
    await frame();
    expect(heard).to.have.length(1);
  });

  it('keeps the centre when the viewport is resized', async () => {
    const { viewport } = await host();
    viewport.zoomTo(DOMAIN[0] + 40 * DAY_MS, DOMAIN[0] + 50 * DAY_MS);
    const k = viewport.k;
    viewport.resize(500);
    expect((viewport.range.start + viewport.range.end) / 2).to.be.closeTo(DOMAIN[0] + 45 * DAY_MS, 1);
    expect(viewport.k, 'the same zoom').to.equal(k);
  });

  it('keeps an instant in the window, panning as little as needed', async () => {
    const { viewport } = await host();
    viewport.zoomTo(DOMAIN[0], DOMAIN[0] + 10 * DAY_MS);
    const start = viewport.start;
    viewport.reveal(DOMAIN[0] + 5 * DAY_MS);
    expect(viewport.start, 'already in view').to.equal(start);
    viewport.reveal(DOMAIN[0] + 30 * DAY_MS);
    const { start: from, end } = viewport.range;
    expect(DOMAIN[0] + 30 * DAY_MS).to.be.within(from, end);
    expect(end - (DOMAIN[0] + 30 * DAY_MS)).to.be.below(span(viewport) / 4);
  });
});
