/**
 * The horizontal view as a reader sees it, measured: for the flagship and a generated set of
 * 5,000 events, at three zooms (the first view, everything, a close look), three widths and in
 * light, dark and right to left, every label is whole inside the plot, no two labels overlap,
 * no line (as-of, today, an era's edge) is drawn over a label's text, and a label is cut short
 * only where it has no room.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { generateTimeline } from '../../../bench/generate.js';
import { koreanPeninsula } from '../../../data/korean-peninsula-2016-2019.js';
import type { TimelineDocument } from '../../model/index.js';
import type { DiploAxis } from './diplo-axis.js';
import './define.js';
import type { DiploTimeline } from './diplo-timeline.js';

interface Mode {
  name: string;
  theme: 'light' | 'dark';
  lang: string;
}

const MODES: Mode[] = [
  { name: 'light', theme: 'light', lang: 'en' },
  { name: 'dark', theme: 'dark', lang: 'en' },
  { name: 'right to left', theme: 'light', lang: 'ar' },
];
const WIDTHS = [1280, 800, 600];

const generated: TimelineDocument = generateTimeline(5000);
const large: TimelineDocument = {
  ...generated,
  eras: [
    { id: 'nineties', title: 'The nineties', start: '1990', end: '1999-12' },
    { id: 'talks', title: 'Six-party talks', start: '2003-08', end: '2009-04' },
    { id: 'recent', title: 'Summits', start: '2018-01', end: '2019-12' },
  ],
};

const SETS: { name: string; data: TimelineDocument }[] = [
  { name: 'the flagship', data: koreanPeninsula },
  { name: '5,000 generated events', data: large },
];

/** What "free room" beside a cut label must leave on each side. */
const MARGIN_PX = 8;

/** Two rectangles share more than a hairline. */
function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const inside = (box: DOMRect, plot: DOMRect) => box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5 && box.top >= plot.top - 0.5 && box.bottom <= plot.bottom + 0.5;

/** The alpha of a computed colour (`rgb(…)` is opaque). */
function alpha(color: string): number {
  const match = /rgba\([^)]*,\s*([\d.]+)\)/.exec(color);
  return match ? Number(match[1]) : color === 'transparent' ? 0 : 1;
}

interface LabelBox {
  el: HTMLElement;
  box: DOMRect;
  what: string;
}

/** Every label drawn in the plot: events', eras', lanes' and the lines' own. */
function labelsOf(root: ShadowRoot, plot: DOMRect): LabelBox[] {
  const selectors = '.event > .label, .echo > .label, .band-label, .lane-label, .as-of > span, .today > span';
  return [...root.querySelectorAll<HTMLElement>(selectors)]
    .map((el) => ({ el, box: el.getBoundingClientRect(), what: `"${el.textContent?.trim() ?? ''}" (${el.className || (el.parentElement?.className ?? '')})` }))
    .filter(({ box, el }) => box.width > 0 && box.height > 0 && drawn(el) && intersects(box, plot));
}

/** Drawn to be seen: not hidden, not clipped away (a label with no room is kept for screen readers only). */
function drawn(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.clipPath === 'none';
}

/** Events' markers and bars: a label that has room crosses none of them. */
function marksOf(root: ShadowRoot, plot: DOMRect): DOMRect[] {
  return [...root.querySelectorAll<HTMLElement>('.marker, .bar')].map((el) => el.getBoundingClientRect()).filter((box) => intersects(box, plot));
}

/** The lines drawn across the lanes: the as-of date, today, and each era's two edges. */
function linesOf(root: ShadowRoot, plot: DOMRect): { x: number; el: HTMLElement; what: string }[] {
  const lines: { x: number; el: HTMLElement; what: string }[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('.as-of, .today')) {
    const box = el.getBoundingClientRect();
    lines.push({ x: box.left + 1, el, what: el.className });
  }
  for (const el of root.querySelectorAll<HTMLElement>('.band')) {
    const box = el.getBoundingClientRect();
    lines.push({ x: box.left + 0.5, el, what: 'era start' }, { x: box.right - 0.5, el, what: 'era end' });
  }
  return lines.filter((line) => line.x > plot.left && line.x < plot.right);
}

/** Checks one state of the view; returns what is wrong, in words. */
function faults(axis: DiploAxis): string[] {
  const root = axis.shadowRoot!;
  const plot = root.querySelector('.viewport')!.getBoundingClientRect();
  const labels = labelsOf(root, plot);
  const marks = marksOf(root, plot);
  const found: string[] = [];
  if (labels.filter((l) => l.el.closest('.event')).length === 0) found.push('no event labels drawn');
  for (const label of labels) {
    if (!inside(label.box, plot)) found.push(`${label.what} crosses the plot's edge`);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (overlaps(a.box, b.box)) found.push(`${a.what} overlaps ${b.what}`);
    }
  }
  // A line may pass behind a label that hides it (an opaque halo, drawn above the line).
  const hitTest = document.createElement('style');
  hitTest.textContent = '.as-of, .today, .band { pointer-events: auto !important; }';
  root.append(hitTest);
  try {
    for (const line of linesOf(root, plot)) {
      for (const label of labels) {
        if (!label.el.closest('.event, .echo')) continue;
        const { box } = label;
        if (line.x <= box.left + 0.5 || line.x >= box.right - 0.5) continue;
        if (alpha(getComputedStyle(label.el).backgroundColor) < 1) {
          found.push(`${line.what} line shows through ${label.what}`);
          continue;
        }
        label.el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const now = label.el.getBoundingClientRect();
        const x = line.x - box.left + now.left;
        const top = root.elementFromPoint(x, now.top + now.height / 2);
        if (!top || !label.el.closest('.event, .echo')!.contains(top)) found.push(`${line.what} line crosses ${label.what}`);
      }
    }
  } finally {
    hitTest.remove();
  }
  // Cut short only without room: the whole label (and a few pixels' margin, as labels keep
  // from edges and markers) would cross the plot's edge, another label or a marker.
  const rtl = getComputedStyle(axis).direction === 'rtl';
  for (const label of labels) {
    const { el, box } = label;
    if (!el.closest('.event, .echo') || el.scrollWidth <= el.clientWidth + 1) continue;
    const extra = el.scrollWidth - el.clientWidth;
    const whole = rtl ? new DOMRect(box.left - extra, box.top, box.width + extra, box.height) : new DOMRect(box.left, box.top, box.width + extra, box.height);
    const margin = new DOMRect(whole.x - MARGIN_PX, whole.y, whole.width + 2 * MARGIN_PX, whole.height);
    const room = inside(margin, plot) && !labels.some((other) => other !== label && overlaps(margin, other.box)) && !marks.some((mark) => overlaps(margin, mark));
    if (room) found.push(`${label.what} is cut short beside free room`);
    const item = el.closest<HTMLElement>('.event, .echo')!;
    if (item.title !== el.textContent?.trim()) found.push(`${label.what} is cut short with no full title on hover`);
  }
  return found;
}

/** The view at rest: drawn, and no zoom gesture under way (labels wait while one is). */
async function settle(axis: DiploAxis): Promise<void> {
  await axis.updateComplete;
  await nextFrame();
  await waitUntil(() => !axis.shadowRoot!.querySelector('.viewport.zooming'), 'the zoom settles');
  await nextFrame();
  await axis.updateComplete;
}

/** The axis alone: `expanded`, so that no compact start clips the plot or moves it when a label is scrolled to. */
async function draw(data: TimelineDocument, mode: Mode) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1280px">
    <diplo-timeline layout="horizontal" expanded show-today theme=${mode.theme} lang=${mode.lang} .data=${data}></diplo-timeline>
  </div>`);
  const el = wrapper.querySelector<DiploTimeline>('diplo-timeline')!;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('diplo-axis')?.shadowRoot?.querySelector('li.event'), 'the axis draws its events', { timeout: 20000 });
  const axis = el.shadowRoot!.querySelector<DiploAxis>('diplo-axis')!;
  return { wrapper, el, axis };
}

describe('the horizontal view, measured', function () {
  this.timeout(180000);

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  for (const set of SETS) {
    for (const mode of MODES) {
      it(`${set.name}, ${mode.name}: labels whole, apart, above the lines, cut only without room`, async () => {
        const { wrapper, el, axis } = await draw(set.data, mode);
        const problems: string[] = [];
        for (const width of WIDTHS) {
          wrapper.style.inlineSize = `${String(width)}px`;
          await waitUntil(() => Math.abs(axis.getBoundingClientRect().width - width) < 2, 'the axis takes the width');
          await settle(axis);
          // Three zooms: the first view (with the width's own window), everything, a close look.
          const first = { ...axis.range };
          const zooms: [string, () => unknown][] = [
            [
              'first view',
              () => {
                axis.zoomTo(first.start, first.end);
              },
            ],
            ['fit all', () => el.fit()],
            ['zoomed in', () => el.zoomTo('2019-03', '2019-09')],
          ];
          for (const [name, zoom] of zooms) {
            await zoom();
            await settle(axis);
            problems.push(...faults(axis).map((fault) => `${String(width)} px, ${name}: ${fault}`));
          }
        }
        expect(problems.slice(0, 25), `${String(problems.length)} problems`).to.deep.equal([]);
      });
    }
  }
});
