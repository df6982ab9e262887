// Layout shift on an article page: a timeline after the first paragraph, embedded each way a
// page can (src, inline JSON, the data property; vertical and horizontal; server-rendered),
// its bundle and data arriving late, at a phone's width and a desktop's. What moved is summed
// from the page's own 'layout-shift' entries (buffered: every shift since the page began), as
// Cumulative Layout Shift counts them: shifts right after the reader's input do not count.
import { expect, waitUntil } from '@open-wc/testing';
import { FORMS } from '../fixtures/article-page.js';

interface Timeline extends HTMLElement {
  timeline?: unknown;
  resolvedLayout: 'vertical' | 'horizontal';
  updateComplete: Promise<boolean>;
}

interface Shift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const frames = (win: Window, n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => {
      if (left) win.requestAnimationFrame(() => { step(left - 1); });
      else resolve();
    };
    step(n);
  });

/** Loads a page in a frame of the given width, and resolves once its timeline shows its data, settled. */
async function settledArticle(form: string, width: number): Promise<{ frame: HTMLIFrameElement; win: Window; timeline: Timeline }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${String(width)}px`;
  frame.style.height = '900px';
  frame.src = `/__article/${form}.html`;
  document.body.append(frame);
  await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  const win = frame.contentWindow!;
  const timeline = frame.contentDocument!.querySelector<Timeline>('diplo-timeline')!;
  await waitUntil(() => win.customElements.get('diplo-timeline') && timeline.timeline, `${form}: the data is read`, { timeout: 5000 });
  await timeline.updateComplete;
  const layout = form.endsWith('horizontal') ? 'horizontal' : 'vertical';
  expect(timeline.resolvedLayout, form).to.equal(layout);
  const shown = () => {
    const root = timeline.shadowRoot!;
    const axis = root.querySelector('[part="axis"]')?.shadowRoot;
    return (layout === 'horizontal' ? axis : root)?.querySelector('li.event, [part~="event"]');
  };
  await waitUntil(shown, `${form}: events are drawn`, { timeout: 5000 });
  await timeline.updateComplete;
  await frames(win, 3);
  return { frame, win, timeline };
}

/** The page's layout shifts so far, not caused by input: its CLS. */
function layoutShift(win: Window): number {
  const observer = new (win as unknown as typeof globalThis).PerformanceObserver(() => undefined);
  // Buffered: every shift since the page began, in the observer's records at once.
  observer.observe({ type: 'layout-shift', buffered: true });
  const entries = observer.takeRecords() as Shift[];
  observer.disconnect();
  return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
}

describe('layout shift of an article page with a timeline', () => {
  for (const width of [412, 1280]) {
    for (const form of FORMS) {
      it(`${form} at ${String(width)} px: CLS at most 0.05`, async () => {
        const { frame, win } = await settledArticle(form, width);
        const shift = layoutShift(win);
        frame.remove();
        expect(shift, `${form} at ${String(width)} px`).to.be.at.most(0.05);
      });
    }
  }

  it('the measure sees a shift: without the README rule, a late bundle moves the text below', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '412px';
    frame.style.height = '900px';
    frame.src = '/__article/src-vertical.html?snippet=0&delay=400';
    document.body.append(frame);
    await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
    const win = frame.contentWindow!;
    const timeline = frame.contentDocument!.querySelector<Timeline>('diplo-timeline')!;
    await waitUntil(() => win.customElements.get('diplo-timeline') && timeline.timeline, 'the data is read', { timeout: 5000 });
    await frames(win, 3);
    const shift = layoutShift(win);
    frame.remove();
    expect(shift).to.be.above(0.05);
  });
});
