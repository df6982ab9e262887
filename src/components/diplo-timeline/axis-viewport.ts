/**
 * The horizontal view's window on time: where it starts and how many pixels a millisecond
 * takes, changed by zoom and pan (wheel, drag, pinch, the overview strip, the buttons and
 * keys the host wires to it), and announced as `diplo-range-change` once a frame.
 *
 * The host draws the window plus an overscan on each side, with positions measured from an
 * origin that stays put while panning: a pan within what was drawn moves the drawn layers
 * with a transform (no render, no layout); a zoom, or a pan past the overscan, renders again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DAY_MS, timeScale } from '../../model/index.js';

import type { DiploRangeChangeDetail } from './events.js';

export type { DiploRangeChangeDetail } from './events.js';

/** Drawn beyond each edge of the window, as a share of its width, so panning never shows a gap. */
export const OVERSCAN = 0.5;
/** The overscan while zooming: every frame draws afresh, so little beyond the window. */
const ZOOM_OVERSCAN = 0.05;
/** How far panning may carry the drawn layers before positions are measured afresh (well inside the 200,000 px their paint containment reaches). */
const ORIGIN_REACH_PX = 100_000;
/** The most one can zoom in: a quarter of a day across the window. */
const MIN_SPAN_MS = DAY_MS / 4;
/** The most one can zoom out: four times the span of the events. */
const MAX_SPAN_SHARE = 4;

/** What the next render draws: the window and its overscan, and where positions are measured from. */
export interface DrawFrame {
  /** Pixels per millisecond. */
  k: number;
  /** The first instant drawn (the window's start minus the overscan). */
  anchor: number;
  /** The window's first instant. */
  start: number;
  /** The last instant drawn. */
  end: number;
  /** The instant at pixel 0 of the drawn layers. */
  origin: number;
  /** Pixels drawn: the window and the overscan on each side. */
  width: number;
}

export interface AxisViewportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  readonly direction: 'ltr' | 'rtl';
}

export interface AxisViewportOptions {
  /** The window's dates as words, for the `.range` label (written directly while panning). */
  rangeText(range: DiploRangeChangeDetail): string;
  /** The first window: what the story is about; none shows everything. */
  firstView?(): readonly [number, number] | undefined;
}

/** A pan drawn by moving the layers is drawn afresh once it stops for this long (labels refit to the window's edges). */
const SETTLE_MS = 120;
/** Zooms this close together (frame after frame) are one gesture. */
const GESTURE_MS = 50;

const px = (value: number) => `${String(Math.round(value * 10) / 10)}px`;

/** Keeps receiving a pointer's moves outside the element (a no-op for synthetic pointers). */
function capture(e: PointerEvent): void {
  try {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  } catch {
    // Synthetic events have no active pointer to capture.
  }
}

export class AxisViewport implements ReactiveController {
  /** Pixels per millisecond; 0 until the width is known. */
  k = 0;
  /** The window's first instant. Not a reason to render by itself: see moveTo. */
  start = 0;
  /** The viewport's width in pixels; 0 until measured. */
  width = 0;
  /** A mouse or a finger is dragging the axis. */
  dragging = false;

  private _domain: readonly [number, number] = [0, 1];
  private _fitted = false;
  /** A window asked for (zoomTo) before the width was known: shown once it is. */
  private _asked: readonly [number, number] | undefined;
  private _frame: DrawFrame = { k: 1, anchor: 0, start: 0, end: 0, origin: 0, width: 0 };
  /** When the zoom last changed: a zoom within {@link GESTURE_MS} of the one before is a gesture. */
  private _lastZoom = Number.NEGATIVE_INFINITY;
  /** Zooms in a row, each within {@link GESTURE_MS} of the one before. */
  private _zoomStreak = 0;
  /**
   * A zoom gesture is under way (wheel, pinch, or zoomTo frame after frame): frames draw the
   * window with little overscan and the view hides its labels, drawn again once it settles.
   */
  zooming = false;
  private _origin = 0;
  private _originK = 0;
  private _resize?: ResizeObserver;
  private _observed?: Element;
  private _pointers = new Map<number, number>();
  private _drag?: { x: number; start: number };
  private _pinch?: { distance: number; k: number; anchor: number; anchorX: number };
  private _overviewPointer?: number;
  private _rangeFrame = 0;
  private _settle?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: AxisViewportHost,
    private readonly _options: AxisViewportOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._resize ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // Next frame, so re-rendering cannot resize the viewport within this one.
      requestAnimationFrame(() => {
        this.resize(width);
      });
    });
    // Observed again after a move in the page (disconnecting stopped it).
    this._observed = undefined;
    if (this._host.hasUpdated) this._observe();
  }

  hostDisconnected(): void {
    this._resize?.disconnect();
    cancelAnimationFrame(this._rangeFrame);
    clearTimeout(this._settle);
  }

  hostUpdated(): void {
    this._observe();
    this.applyPan();
  }

  private _observe(): void {
    const viewport = this._host.renderRoot.querySelector('.viewport');
    if (!viewport || viewport === this._observed) return;
    this._observed = viewport;
    this._resize?.observe(viewport);
  }

  /** The visible window, in timeline milliseconds. */
  get range(): DiploRangeChangeDetail {
    const k = this.k || 1;
    return { start: this.start, end: this.start + (this.width || 1) / k };
  }

  /** The span that `fit()` shows: all the events, with a margin. */
  get domain(): readonly [number, number] {
    return this._domain;
  }

  set domain(domain: readonly [number, number]) {
    this._domain = domain;
  }

  /** What was drawn at the last render (see {@link layout}). */
  get frame(): DrawFrame {
    return this._frame;
  }

  /**
   * Works out what the coming render draws: the window plus the overscan, measured from an
   * origin kept while panning (only a zoom, or a very long pan, moves it), so a pan that
   * needs more drawn moves no item already there. Called by the host before it renders.
   */
  layout(): DrawFrame {
    const k = this.k || 1;
    const overscan = this.zooming ? ZOOM_OVERSCAN : OVERSCAN;
    const anchor = this.start - (this.width * overscan) / k;
    // Within reach of the drawn layers' paint containment: see .slide in the styles.
    if (this._originK !== k || Math.abs((this.start - this._origin) * k) > ORIGIN_REACH_PX) {
      this._origin = anchor;
      this._originK = k;
    }
    const width = this.width * (1 + 2 * overscan);
    this._frame = { k, anchor, start: this.start, end: anchor + width / k, origin: this._origin, width };
    return this._frame;
  }

  /** Shows the first window: the one the host names, else everything. */
  first(): void {
    const window = this._options.firstView?.();
    if (window) this.zoomTo(window[0], window[1]);
    else this.fit();
    this._fitted = true;
  }

  /** Shows the whole domain. */
  fit(): void {
    const [start, end] = this._domain;
    this.zoomTo(start, end);
    this._fitted = true;
  }

  /** Shows the window from `start` to `end` (timeline milliseconds), within the zoom's limits. */
  zoomTo(start: number, end: number): void {
    this._asked = this.width ? undefined : [start, end];
    const width = this.width || this._host.getBoundingClientRect().width || 800;
    const [d0, d1] = timeScale([start, end], [0, width]).domain;
    this._zoomed(this._clampK(width / (d1 - d0), width));
    this.start = (d0 + d1) / 2 - width / 2 / this.k;
    this._host.requestUpdate();
  }

  /** Takes a new zoom; a third in a row, each within a moment of the one before, makes a gesture, settled when they stop. */
  private _zoomed(k: number): void {
    const now = performance.now();
    if (k !== this.k) this._zoomStreak = now - this._lastZoom < GESTURE_MS ? this._zoomStreak + 1 : 1;
    if (k !== this.k && this._host.hasUpdated && this._zoomStreak >= 3) {
      this.zooming = true;
      clearTimeout(this._settle);
      this._settle = setTimeout(() => {
        this.zooming = false;
        this._host.requestUpdate();
      }, SETTLE_MS);
    }
    if (k !== this.k) this._lastZoom = now;
    this.k = k;
  }

  /** Zooms by a factor, keeping the time under `anchorX` (pixels into the window) in place. */
  zoomBy(factor: number, anchorX = this.width / 2): void {
    if (!this.k) return;
    const anchor = this.start + anchorX / this.k;
    this._zoomed(this._clampK(this.k * factor));
    this.start = anchor - anchorX / this.k;
    this._host.requestUpdate();
    this.announce();
  }

  panBy(pixels: number): void {
    if (!this.k) return;
    this.moveTo(this.start + pixels / this.k);
  }

  /**
   * Pans to a new window start. Within what was drawn (the window plus the overscan on each
   * side), only the layers' transform and the overview change: no render, no layout.
   */
  moveTo(start: number): void {
    this.start = start;
    const k = this.k || 1;
    const { anchor, end } = this._frame;
    const margin = (this.width * OVERSCAN * 0.25) / k;
    clearTimeout(this._settle);
    if (!this._host.hasUpdated || start < anchor + margin || start + this.width / k > end - margin) this._host.requestUpdate();
    else {
      this.applyPan();
      this._settle = setTimeout(() => {
        this.zooming = false;
        this._host.requestUpdate();
      }, SETTLE_MS);
    }
    this.announce();
  }

  /** Keeps an instant in the window, panning as little as needed. */
  reveal(time: number): void {
    const margin = Math.min(80, this.width / 4) / this.k;
    const end = this.start + this.width / this.k;
    if (time < this.start + margin) this.moveTo(time - margin);
    else if (time > end - margin) this.moveTo(time - this.width / this.k + margin * 2);
  }

  /** Pixels into the window where an instant is; the centre when it is outside (or none). */
  xOf(time: number | undefined): number {
    const x = time === undefined ? Number.NaN : (time - this.start) * this.k;
    return x >= 0 && x <= this.width ? x : this.width / 2;
  }

  /** The viewport took a new width: the first fits everything, later ones keep the centre. */
  resize(width: number): void {
    if (!width || Math.abs(width - this.width) <= 0.5) return;
    const center = this.width ? this.start + this.width / 2 / this.k : undefined;
    this.width = width;
    const asked = this._asked;
    if (asked) {
      this.zoomTo(asked[0], asked[1]);
      this._fitted = true;
    } else if (!this._fitted) this.first();
    else if (center !== undefined) this.start = center - width / 2 / this.k;
    this._host.requestUpdate();
  }

  /** Fires `diplo-range-change` on the next frame, once however often the window moved in this one. */
  announce(): void {
    cancelAnimationFrame(this._rangeFrame);
    this._rangeFrame = requestAnimationFrame(() => {
      this._host.dispatchEvent(new CustomEvent<DiploRangeChangeDetail>('diplo-range-change', { detail: this.range, bubbles: true, composed: true }));
    });
  }

  private _clampK(k: number, width = this.width || 800): number {
    const [d0, d1] = this._domain;
    const min = width / ((d1 - d0) * MAX_SPAN_SHARE);
    const max = width / MIN_SPAN_MS;
    return Math.min(max, Math.max(min, k));
  }

  /** Moves the drawn layers, the overview's window and the range label to `start`, through the CSSOM. */
  applyPan(): void {
    const root = this._host.renderRoot;
    const shift = (this.start - this._frame.origin) * (this.k || 1);
    const transform = `translateX(${px(this._host.direction === 'rtl' ? shift : -shift)})`;
    for (const layer of root.querySelectorAll<HTMLElement>('.slide')) layer.style.transform = transform;
    const windowRect = root.querySelector<HTMLElement>('.window');
    if (windowRect) {
      const range = this.range;
      const overview = timeScale(this._domain, [0, this.width || 1]);
      const left = Math.max(0, overview.x(range.start));
      windowRect.style.setProperty('inset-inline-start', px(left));
      windowRect.style.setProperty('inline-size', px(Math.max(6, Math.min(this.width, overview.x(range.end)) - left)));
    }
    // Not a Lit binding: panning writes it directly, every frame.
    const label = root.querySelector('.range');
    if (label) label.textContent = this.width ? this._options.rangeText(this.range) : '';
  }

  /** Pixels from the viewport's start edge (its right edge when time runs right to left). */
  private _x(e: { clientX: number }, box: DOMRect): number {
    return this._host.direction === 'rtl' ? box.right - e.clientX : e.clientX - box.left;
  }

  private _pointerX(e: PointerEvent): number {
    return this._x(e, this._host.renderRoot.querySelector('.viewport')?.getBoundingClientRect() ?? new DOMRect());
  }

  /** Ctrl (or ⌘) + wheel zooms at the pointer; a sideways wheel, or Shift + wheel, pans. */
  onWheel = (e: WheelEvent): void => {
    const x = this._x(e, (e.currentTarget as HTMLElement).getBoundingClientRect());
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      this.zoomBy(Math.exp(-e.deltaY * 0.0025), x);
    } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      const delta = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
      this.panBy(this._host.direction === 'rtl' ? -delta : delta);
    }
    // A plain vertical wheel scrolls the page, as it should.
  };

  /** One pointer drags the axis; a second makes it a pinch. Not on an event (that is a click). */
  onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (e.composedPath().some((node) => node instanceof HTMLElement && (node.classList.contains('event') || node.classList.contains('echo')))) return;
    capture(e);
    this._pointers.set(e.pointerId, this._pointerX(e));
    if (this._pointers.size === 1) {
      this._drag = { x: this._pointerX(e), start: this.start };
      this.dragging = true;
      this._host.requestUpdate();
    } else if (this._pointers.size === 2) {
      const [a = 0, b = 0] = [...this._pointers.values()];
      const anchorX = (a + b) / 2;
      this._pinch = { distance: Math.abs(a - b) || 1, k: this.k, anchor: this.start + anchorX / this.k, anchorX };
      this._drag = undefined;
    }
  };

  onPointerMove = (e: PointerEvent): void => {
    if (!this._pointers.has(e.pointerId)) return;
    this._pointers.set(e.pointerId, this._pointerX(e));
    if (this._pinch && this._pointers.size >= 2) {
      const [a = 0, b = 0] = [...this._pointers.values()];
      // The time under the fingers' midpoint at the start stays under it.
      this._zoomed(this._clampK((this._pinch.k * Math.abs(a - b)) / this._pinch.distance));
      this.start = this._pinch.anchor - this._pinch.anchorX / this.k;
      this._host.requestUpdate();
      this.announce();
    } else if (this._drag) {
      this.moveTo(this._drag.start - (this._pointerX(e) - this._drag.x) / this.k);
    }
  };

  onPointerUp = (e: PointerEvent): void => {
    this._pointers.delete(e.pointerId);
    if (this._pointers.size < 2) this._pinch = undefined;
    if (this._pointers.size > 0) return;
    this._drag = undefined;
    if (!this.dragging) return;
    this.dragging = false;
    this._host.requestUpdate();
  };

  /** A press or a drag on the overview strip centres the window there. */
  onOverviewPointer = (e: PointerEvent): void => {
    if (e.type === 'pointerdown') {
      capture(e);
      this._overviewPointer = e.pointerId;
    } else if (this._overviewPointer !== e.pointerId || e.buttons === 0) {
      return;
    }
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const center = timeScale(this._domain, [0, box.width]).invert(this._x(e, box));
    this.moveTo(center - this.width / 2 / this.k);
  };
}
