import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { UiStrings } from '../../i18n/strings.js';
import {
  DAY_MS,
  TICK_SPACING_PX,
  dateAt,
  estimateTextWidth,
  eventExtent,
  fitDomain,
  formatWhen,
  timeScale,
  timeTicks,
  timingAsOf,
  type Actor,
  type DateLocale,
  type Era,
  type Extent,
  type PartialDate,
  type TimelineEvent,
} from '../../model/index.js';
import type { EventContext } from '../diplo-event/diplo-event.js';
import { safeColor } from '../diplo-event/diplo-event.js';
import { yieldToPage } from '../../model/yield.js';
import { DateTexts } from '../shared/date-texts.js';
import { place } from '../shared/place.js';
import { themeStyles } from '../shared/theme.styles.js';
import { axisStyles } from './axis.styles.js';

/** `diplo-range-change`: the reader moved or zoomed the horizontal view. */
export interface DiploRangeChangeDetail {
  /** Timeline milliseconds (calendar dates at UTC midnight) of the window's edges. */
  start: number;
  end: number;
}

/** One event in one lane: what does not change with the zoom. */
interface Placement {
  event: TimelineEvent;
  /** Position in time order. */
  index: number;
  lane: number;
  /** The event's first lane (the others hold echoes, hidden from assistive technology). */
  primary: boolean;
  extent: Extent;
  /** The label's width in pixels (cut at LABEL_MAX_PX). */
  label: number;
}

/** Rows at one zoom level: each placement's row (−1: no room, shown as a dot) and each lane's row count. */
interface Stack {
  rows: Int16Array;
  laneRows: number[];
  laneOverflow: boolean[];
}

/** A placement drawn in the current window. */
interface Drawn {
  p: Placement;
  row: number;
  /** Pixels from the drawing origin. */
  x: number;
  /** Bar length in pixels (0 for a point). */
  width: number;
}

interface Lane {
  key: string;
  label: string;
  color?: string;
  top: number;
  rows: number;
}

const ROW_PX = 36;
/** Labels longer than this are cut with an ellipsis (the full title is in the card). */
const LABEL_MAX_PX = 300;
/** The strip above the lanes that names the eras. */
const ERA_STRIP_PX = 22;
const LANE_LABEL_PX = 24;
const FONT_PX = 13.6;
/** Labels measured per task before placing a changed set of events. */
const MEASURE_SLICE = 2000;
const MARKER_PX = 12;
/** Render this much beyond each edge of the window, so panning never shows a gap. */
const OVERSCAN = 0.5;
/** How far panning may carry the drawn layers before positions are measured afresh (well inside the 200,000 px their paint containment reaches). */
const ORIGIN_REACH_PX = 100_000;
/** Rows of labelled events per lane; events with no room show as dots in a row beneath. */
const MAX_ROWS = 16;
/** Overflow dots closer than this many pixels are drawn as one. */
const DOT_PX = 4;
/**
 * Rows are stacked once per zoom band (each 2^(1/3) wide), at the band's lowest zoom, so
 * labels that clear each other there clear each other all through the band: zooming
 * re-stacks every few frames instead of every frame.
 */
const BAND = Math.cbrt(2);
const bandOf = (k: number) => Math.floor(Math.log(k) / Math.log(BAND));

const px = (value: number) => `${Math.round(value * 10) / 10}px`;

/**
 * The horizontal view of `<diplo-timeline>`: a time axis with a lane per actor, zoom and
 * pan by wheel, drag, pinch, buttons and keys, an overview strip, and the selected
 * event's card beside the axis. Internal: `<diplo-timeline layout="horizontal">` renders it.
 *
 * @fires diplo-range-change - The reader moved or zoomed the view; `detail: { start, end }`.
 * @fires diplo-select - The reader activated an event; `detail: { id, event }`.
 */
export class DiploAxis extends LitElement {
  static override styles = [themeStyles, axisStyles];

  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  @property({ attribute: false }) actors: readonly Actor[] = [];
  @property({ attribute: false }) eras: readonly Era[] = [];
  @property({ attribute: false }) asOfDate?: PartialDate;
  @property({ attribute: false }) dateLocale?: DateLocale;
  @property({ attribute: false }) strings?: UiStrings;
  @property({ attribute: false }) context: EventContext = {};
  @property({ type: Boolean, attribute: 'single-lane' }) singleLane = false;
  @property({ reflect: true }) theme?: 'light' | 'dark';
  @property({ attribute: false }) direction: 'ltr' | 'rtl' = 'ltr';
  @property({ attribute: false }) dataLang?: string;
  /** Draw a line at this moment (the reader's today), or nothing. */
  @property({ attribute: false }) today?: PartialDate;

  /** Pixels per millisecond. */
  @state() private _k = 0;
  /**
   * The window's first instant. Not reactive: panning moves the drawn layer with a
   * transform (see _moveTo) and re-renders only when the window leaves what was drawn.
   */
  private _start = 0;
  /** The instant at the drawn layer's origin: the window's start minus the overscan, at the last render. */
  private _anchor = 0;
  @state() private _width = 0;
  @state() private _focusId?: string;
  @state() private _selectedId?: string;
  @state() private _dragging = false;

  private _extents = new WeakMap<TimelineEvent, Extent>();
  private _placements: Placement[] = [];
  private _lanes: Lane[] = [];
  private _stacks = new Map<number, Stack>();
  private _stack?: Stack;
  private _domain: [number, number] = [0, 1];
  /** Where drawn positions are measured from: kept while panning, so a pan moves no item. */
  private _origin = 0;
  private _originK = 0;
  private _resize?: ResizeObserver;
  private _pointers = new Map<number, number>();
  private _drag?: { x: number; start: number };
  private _pinch?: { distance: number; k: number; anchor: number; anchorX: number };
  private _rangeFrame = 0;
  private _overviewPointer?: number;
  private _fitted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // Next frame, so re-rendering cannot resize the viewport within this one.
      requestAnimationFrame(() => {
        this._onResize(width);
      });
    });
    void this.updateComplete.then(() => {
      const viewport = this.renderRoot.querySelector('.viewport');
      if (viewport) this._resize?.observe(viewport);
    });
  }

  private _onResize(width: number): void {
    if (!width || Math.abs(width - this._width) <= 0.5) return;
    const center = this._width ? this._start + this._width / 2 / this._k : undefined;
    this._width = width;
    if (!this._fitted) this.fit();
    else if (center !== undefined) this._start = center - width / 2 / this._k;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    cancelAnimationFrame(this._rangeFrame);
  }

  /** The visible window, in timeline milliseconds. */
  get range(): DiploRangeChangeDetail {
    const k = this._k || 1;
    return { start: this._start, end: this._start + (this._width || 1) / k };
  }

  /** Shows everything. */
  fit(): void {
    const [start, end] = this._domain;
    this.zoomTo(start, end);
    this._fitted = true;
  }

  /** Shows the window from `start` to `end` (timeline milliseconds). */
  zoomTo(start: number, end: number): void {
    const width = this._width || this.getBoundingClientRect().width || 800;
    const [d0, d1] = timeScale([start, end], [0, width]).domain;
    this._k = this._clampK(width / (d1 - d0), width);
    this._start = (d0 + d1) / 2 - width / 2 / this._k;
    this.requestUpdate();
  }

  private *_allExtents(): Iterable<Extent> {
    for (const event of this.events) yield this._extentOf(event);
  }

  private _extentOf(event: TimelineEvent): Extent {
    let extent = this._extents.get(event);
    if (!extent) {
      extent = eventExtent(event);
      this._extents.set(event, extent);
    }
    return extent;
  }

  private _clampK(k: number, width = this._width || 800): number {
    const [d0, d1] = this._domain;
    const min = width / ((d1 - d0) * 4);
    const max = width / (DAY_MS / 4);
    return Math.min(max, Math.max(min, k));
  }

  /** Zooms by a factor, keeping the time under `anchorX` (pixels into the window) in place. */
  private _zoomBy(factor: number, anchorX = this._width / 2): void {
    if (!this._k) return;
    const anchor = this._start + anchorX / this._k;
    this._k = this._clampK(this._k * factor);
    this._start = anchor - anchorX / this._k;
    this.requestUpdate();
    this._announceRange();
  }

  private _panBy(pixels: number): void {
    if (!this._k) return;
    this._moveTo(this._start + pixels / this._k);
  }

  /**
   * Pans to a new window start. Within what was drawn (the window plus the overscan on each
   * side), only the layer's transform and the overview change: no render, no layout.
   */
  private _moveTo(start: number): void {
    this._start = start;
    const k = this._k || 1;
    const drawnEnd = this._anchor + (this._width * (1 + 2 * OVERSCAN)) / k;
    const margin = (this._width * OVERSCAN * 0.25) / k;
    if (!this.hasUpdated || start < this._anchor + margin || start + this._width / k > drawnEnd - margin) this.requestUpdate();
    else this._applyPan();
    this._announceRange();
  }

  /** Moves the drawn layers and the overview's window to `_start`, through the CSSOM. */
  private _applyPan(): void {
    const shift = (this._start - this._origin) * (this._k || 1);
    const transform = `translateX(${px(this.direction === 'rtl' ? shift : -shift)})`;
    for (const layer of this.renderRoot.querySelectorAll<HTMLElement>('.slide')) layer.style.transform = transform;
    const range = this.range;
    const overview = timeScale(this._domain, [0, this._width || 1]);
    const windowRect = this.renderRoot.querySelector<HTMLElement>('.window');
    if (windowRect) {
      const left = Math.max(0, overview.x(range.start));
      windowRect.style.setProperty('inset-inline-start', px(left));
      windowRect.style.setProperty('inline-size', px(Math.max(6, Math.min(this._width, overview.x(range.end)) - left)));
    }
    // Not a Lit binding: panning writes it directly, every frame.
    const label = this.renderRoot.querySelector('.range');
    if (label) label.textContent = this._rangeText();
  }

  private _rangeText(): string {
    if (!this._width) return '';
    const range = this.range;
    return formatWhen({ start: dateAt(range.start), end: dateAt(range.end, true) }, { locale: this.dateLocale });
  }

  protected override updated(): void {
    this._applyPan();
    this._drawDots();
  }

  private _dots: { lane: number; x: number }[] = [];
  private _dotLanes = new Set<number>();
  private _dotsWidth = 0;
  private _mutedColor?: string;

  /**
   * Events with no row at this zoom: a dot each, on one canvas strip per lane (thousands of
   * them as elements would be thousands of boxes to lay out and paint on every zoom frame).
   */
  private _drawDots(): void {
    const canvases = this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.more');
    if (!canvases.length) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(this._dotsWidth * ratio);
    const height = Math.round(ROW_PX * ratio);
    const forced = matchMedia('(forced-colors: active)').matches;
    const left = (this._anchor - this._origin) * (this._k || 1);
    const rtl = this.direction === 'rtl';
    const byLane = new Map<number, CanvasRenderingContext2D>();
    for (const canvas of canvases) {
      // Resizing clears; an unchanged size is cleared by hand (cheaper than a new bitmap).
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      const context = canvas.getContext('2d');
      if (!context) continue;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, this._dotsWidth, ROW_PX);
      const lane = this._lanes[Number(canvas.dataset.lane)];
      context.fillStyle = forced ? 'CanvasText' : (lane?.color ?? (this._mutedColor ??= getComputedStyle(canvas).color));
      byLane.set(Number(canvas.dataset.lane), context);
    }
    for (const dot of this._dots) {
      const context = byLane.get(dot.lane);
      if (!context) continue;
      const x = dot.x - left;
      context.fillRect((rtl ? this._dotsWidth - x : x) - 2, ROW_PX / 2 - 2, 4, 4);
    }
  }

  private _announceRange(): void {
    cancelAnimationFrame(this._rangeFrame);
    this._rangeFrame = requestAnimationFrame(() => {
      this.dispatchEvent(new CustomEvent<DiploRangeChangeDetail>('diplo-range-change', { detail: this.range, bubbles: true, composed: true }));
    });
  }

  /** Waits, on a change of events, for thousands of new labels to be measured a slice at a time. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.events !== this._measuredFor) await this._measureAhead(this.events);
    return super.scheduleUpdate();
  }

  /**
   * Measures labels not measured yet, MEASURE_SLICE per task, so that placing ten thousand
   * events never keeps the page busy for long (placing measures whatever is left, at once).
   */
  private async _measureAhead(events: readonly TimelineEvent[]): Promise<void> {
    this._measuredFor = events;
    if (isServer || events.length <= MEASURE_SLICE) return;
    const titles = events.map((event) => event.title).filter((title) => !this._widths.has(title));
    for (let i = 0; i < titles.length; i += MEASURE_SLICE) {
      if (i > 0) await yieldToPage();
      if (this.events !== events) return;
      for (const title of titles.slice(i, i + MEASURE_SLICE)) this._measure(title);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events')) {
      this._extents = new WeakMap();
      this._domain = fitDomain([...this._allExtents()]);
      if (this._focusId && !this.events.some((event) => event.id === this._focusId)) this._focusId = undefined;
      if (this._width) this.fit();
    }
    if (changed.has('events') || changed.has('actors') || changed.has('singleLane') || changed.has('strings')) this._place();
    this._stack = this._stackAt(this._k || 1);
    let top = this.eras.length ? ERA_STRIP_PX : 0;
    for (const [i, lane] of this._lanes.entries()) {
      lane.rows = Math.max(1, this._stack.laneRows[i] ?? 1) + (this._stack.laneOverflow[i] ? 1 : 0);
      lane.top = top;
      top += LANE_LABEL_PX + lane.rows * ROW_PX;
    }
  }

  /** Lanes, and each event's place in them: redone when the events change, not on zoom or pan. */
  private _place(): void {
    this._stacks.clear();
    const laneIndex = new Map<string, number>();
    const lanes: Lane[] = [];
    if (this.singleLane) {
      lanes.push({ key: '*', label: this.strings?.events ?? 'Events', top: 0, rows: 1 });
    } else {
      for (const actor of this.actors) {
        if (!this.events.some((event) => event.actors.includes(actor.id))) continue;
        laneIndex.set(actor.id, lanes.length);
        lanes.push({ key: actor.id, label: actor.shortName ?? actor.name, color: safeColor(actor.color), top: 0, rows: 1 });
      }
      if (this.events.some((event) => !event.actors.some((id) => laneIndex.has(id)))) {
        lanes.push({ key: '*', label: this.strings?.kinds.other ?? 'Other', top: 0, rows: 1 });
      }
    }
    const fallbackLane = lanes.length - 1;
    const placements: Placement[] = [];
    const singleLane = this.singleLane;
    this.events.forEach((event, index) => {
      const extent = this._extentOf(event);
      const label = Math.min(this._measure(event.title), LABEL_MAX_PX);
      const eventLanes = singleLane
        ? [0]
        : [...new Set(event.actors.map((id) => laneIndex.get(id)).filter((lane): lane is number => lane !== undefined))];
      if (!eventLanes.length) eventLanes.push(Math.max(0, fallbackLane));
      eventLanes.forEach((lane, i) => placements.push({ event, index, lane, primary: i === 0, extent, label }));
    });
    // Stacking goes lane by lane, left to right: sorted once here.
    placements.sort((a, b) => a.lane - b.lane || a.extent.start - b.extent.start || a.index - b.index);
    this._lanes = lanes;
    this._placements = placements;
  }

  /** Rows for the zoom band of `k` (cached): greedy, left to right, at most MAX_ROWS a lane. */
  private _stackAt(k: number): Stack {
    const band = bandOf(k);
    const cached = this._stacks.get(band);
    if (cached) return cached;
    const kLow = BAND ** band;
    const gap = 10 / kLow;
    const rows = new Int16Array(this._placements.length);
    const laneRows = this._lanes.map(() => 0);
    const laneOverflow = this._lanes.map(() => false);
    let lane = -1;
    let ends: number[] = [];
    this._placements.forEach((p, i) => {
      if (p.lane !== lane) {
        lane = p.lane;
        ends = [];
      }
      const start = p.extent.start;
      // In time, at the band's lowest zoom: a label's share of the axis is widest there.
      const end = Math.max(p.extent.point ? start : p.extent.end, start + (MARKER_PX + 14 + p.label) / kLow);
      let row = ends.findIndex((rowEnd) => rowEnd + gap <= start);
      if (row < 0 && ends.length < MAX_ROWS) row = ends.length;
      if (row < 0) {
        rows[i] = -1;
        laneOverflow[lane] = true;
        return;
      }
      ends[row] = end;
      rows[i] = row;
      laneRows[lane] = Math.max(laneRows[lane] ?? 0, row + 1);
    });
    const stack = { rows, laneRows, laneOverflow };
    this._stacks.set(band, stack);
    return stack;
  }

  private _widths = new Map<string, number>();
  private _measuredFor?: readonly TimelineEvent[];
  private _context?: CanvasRenderingContext2D | null;

  /**
   * A label's width in the font it is drawn in: measured on a canvas in the browser (so
   * stacking is exact), estimated where there is none.
   */
  private _measure(text: string): number {
    const cached = this._widths.get(text);
    if (cached !== undefined) return cached;
    if (this._context === undefined) {
      this._context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      const family = typeof getComputedStyle === 'function' ? getComputedStyle(this).fontFamily : '';
      // Set once: the context keeps it, and setting it parses the font again.
      if (this._context) this._context.font = `${String(FONT_PX)}px ${family || 'serif'}`;
    }
    const width = this._context ? Math.ceil(this._context.measureText(text).width) : estimateTextWidth(text, FONT_PX);
    this._widths.set(text, width);
    return width;
  }

  /**
   * What to draw in the window plus overscan: every placement with a row, the focused and
   * selected ones wherever they are, and a dot for each DOT_PX of the rest.
   */
  private _visible(k: number, focusId: string | undefined): { drawn: Drawn[]; dots: { lane: number; x: number }[] } {
    const left = this._anchor;
    const right = left + (this._width * (1 + 2 * OVERSCAN)) / k;
    const stack = this._stack;
    const origin = this._origin;
    const selectedId = this._selectedId;
    const drawn: Drawn[] = [];
    const dots = new Map<string, { lane: number; x: number }>();
    this._placements.forEach((p, i) => {
      const { start, end, point } = p.extent;
      const reach = Math.max(point ? 0 : end - start, (MARKER_PX + 14 + p.label) / k);
      if (start + reach < left || start > right) return;
      const x = (start - origin) * k;
      let row = stack?.rows[i] ?? 0;
      if (row < 0 && (p.event.id === focusId || p.event.id === selectedId)) row = stack?.laneRows[p.lane] ?? 0;
      if (row < 0) {
        const key = `${String(p.lane)}:${String(Math.round(x / DOT_PX))}`;
        if (!dots.has(key)) dots.set(key, { lane: p.lane, x });
        return;
      }
      drawn.push({ p, row, x, width: point ? 0 : Math.max(2, (end - start) * k) });
    });
    return { drawn, dots: [...dots.values()] };
  }

  /** Keeps an event in the window, panning as little as needed. */
  private _reveal(event: TimelineEvent): void {
    const extent = this._extentOf(event);
    const margin = Math.min(80, this._width / 4) / this._k;
    const end = this._start + this._width / this._k;
    if (extent.start < this._start + margin) this._moveTo(extent.start - margin);
    else if (extent.start > end - margin) this._moveTo(extent.start - this._width / this._k + margin * 2);
  }

  /** Focuses an event: reveals it, then moves keyboard focus to it. */
  async focusEvent(id: string): Promise<boolean> {
    const event = this.events.find((candidate) => candidate.id === id);
    if (!event) return false;
    this._focusId = id;
    this._reveal(event);
    await this.updateComplete;
    this._itemFor(id)?.focus({ preventScroll: true });
    return true;
  }

  /** Opens an event's card beside the axis, revealing the event. */
  async selectEvent(id: string): Promise<boolean> {
    const event = this.events.find((candidate) => candidate.id === id);
    if (!event) return false;
    this._selectedId = id;
    this._focusId = id;
    this._reveal(event);
    await this.updateComplete;
    return true;
  }

  private _itemFor(id: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li.event')].find((li) => li.dataset.id === id);
  }

  private _activate(event: TimelineEvent): void {
    this._selectedId = event.id;
    this._focusId = event.id;
    this.dispatchEvent(new CustomEvent('diplo-select', { detail: { id: event.id, event }, bubbles: true, composed: true }));
  }

  private _onKeyDown = (e: KeyboardEvent) => {
    const current = this.events.findIndex((event) => event.id === this._focusId);
    const onItem = (e.target as HTMLElement).classList.contains('event');
    let next: number | undefined;
    switch (e.key) {
      case '+':
      case '=':
        this._zoomBy(1.5, this._focusX());
        break;
      case '-':
      case '_':
        this._zoomBy(1 / 1.5, this._focusX());
        break;
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        if (!onItem) return;
        // Later in time is rightwards, or leftwards when the axis runs right to left.
        const later = e.key === 'ArrowDown' || e.key === (this.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
        next = later ? Math.min(this.events.length - 1, current + 1) : Math.max(0, current - 1);
        break;
      }
      case 'Home':
        if (!onItem) return;
        next = 0;
        break;
      case 'End':
        if (!onItem) return;
        next = this.events.length - 1;
        break;
      case 'PageDown':
        if (!onItem) return;
        next = Math.min(this.events.length - 1, current + 5);
        break;
      case 'PageUp':
        if (!onItem) return;
        next = Math.max(0, current - 5);
        break;
      case 'Enter':
      case ' ': {
        const event = this.events[current];
        if (!onItem || !event) return;
        this._activate(event);
        break;
      }
      case 'Escape':
        if (!this._selectedId) return;
        this._selectedId = undefined;
        break;
      default:
        return;
    }
    e.preventDefault();
    const target = next === undefined ? undefined : this.events[next];
    if (target) void this.focusEvent(target.id);
  };

  /** Where the focused event is, in pixels into the window (the centre when none). */
  private _focusX(): number {
    const event = this.events.find((candidate) => candidate.id === this._focusId);
    if (!event) return this._width / 2;
    const x = (this._extentOf(event).start - this._start) * this._k;
    return x >= 0 && x <= this._width ? x : this._width / 2;
  }

  private _onWheel = (e: WheelEvent) => {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const x = this.direction === 'rtl' ? box.right - e.clientX : e.clientX - box.left;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      this._zoomBy(Math.exp(-e.deltaY * 0.0025), x);
    } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      const delta = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
      this._panBy(this.direction === 'rtl' ? -delta : delta);
    }
    // A plain vertical wheel scrolls the page, as it should.
  };

  private _pointerX(e: PointerEvent): number {
    const box = this.renderRoot.querySelector('.viewport')?.getBoundingClientRect() ?? new DOMRect();
    return this.direction === 'rtl' ? box.right - e.clientX : e.clientX - box.left;
  }

  private _onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    if (e.composedPath().some((node) => node instanceof HTMLElement && (node.classList.contains('event') || node.classList.contains('echo')))) return;
    capture(e);
    this._pointers.set(e.pointerId, this._pointerX(e));
    if (this._pointers.size === 1) {
      this._drag = { x: this._pointerX(e), start: this._start };
      this._dragging = true;
    } else if (this._pointers.size === 2) {
      const [a = 0, b = 0] = [...this._pointers.values()];
      const anchorX = (a + b) / 2;
      this._pinch = { distance: Math.abs(a - b) || 1, k: this._k, anchor: this._start + anchorX / this._k, anchorX };
      this._drag = undefined;
    }
  };

  private _onPointerMove = (e: PointerEvent) => {
    if (!this._pointers.has(e.pointerId)) return;
    this._pointers.set(e.pointerId, this._pointerX(e));
    if (this._pinch && this._pointers.size >= 2) {
      const [a = 0, b = 0] = [...this._pointers.values()];
      this._k = this._clampK((this._pinch.k * Math.abs(a - b)) / this._pinch.distance);
      this._start = this._pinch.anchor - this._pinch.anchorX / this._k;
      this.requestUpdate();
      this._announceRange();
    } else if (this._drag) {
      this._moveTo(this._drag.start - (this._pointerX(e) - this._drag.x) / this._k);
    }
  };

  private _onPointerUp = (e: PointerEvent) => {
    this._pointers.delete(e.pointerId);
    if (this._pointers.size < 2) this._pinch = undefined;
    if (this._pointers.size === 0) {
      this._drag = undefined;
      this._dragging = false;
    }
  };

  private _onOverviewPointer = (e: PointerEvent) => {
    if (e.type === 'pointerdown') {
      capture(e);
      this._overviewPointer = e.pointerId;
    } else if (this._overviewPointer !== e.pointerId || e.buttons === 0) {
      return;
    }
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const x = this.direction === 'rtl' ? box.right - e.clientX : e.clientX - box.left;
    const overview = timeScale(this._domain, [0, box.width]);
    const center = overview.invert(x);
    this._moveTo(center - this._width / 2 / this._k);
  };

  private _onEraChange = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    const era = this.eras[Number(select.value)];
    if (!era) return;
    const start = eventExtent({ when: { start: era.start } }).start;
    const end = eventExtent({ when: { start: era.start, end: era.end } }).end;
    this.zoomTo(start, end);
    this._announceRange();
    select.value = '';
  };

  protected override render() {
    const strings = this.strings;
    if (!strings) return nothing;
    const k = this._k || 1;
    // Draw the window plus an overscan on each side. Positions are measured from an origin
    // that stays put while panning (only a zoom, or a very long pan, moves it), so a pan
    // that needs more drawn moves no item already there.
    this._anchor = this._start - (this._width * OVERSCAN) / k;
    // (Within reach of the drawn layers' paint containment: see .slide in the styles.)
    if (this._originK !== k || Math.abs((this._start - this._origin) * k) > ORIGIN_REACH_PX) {
      this._origin = this._anchor;
      this._originK = k;
    }
    const origin = this._origin;
    const drawnWidth = this._width * (1 + 2 * OVERSCAN);
    const ticks = this._width
      ? timeTicks([this._anchor, this._anchor + drawnWidth / k], Math.max(2, Math.floor(drawnWidth / TICK_SPACING_PX)), this.dateLocale).ticks
      : [];
    const totalHeight = (this.eras.length ? ERA_STRIP_PX : 0) + this._lanes.reduce((sum, lane) => sum + LANE_LABEL_PX + lane.rows * ROW_PX, 0);
    const asOf = this.asOfDate;
    const asOfX = asOf ? (eventExtent({ when: { start: asOf } }).start - origin) * k : undefined;
    const range = this.range;
    const { drawn, dots } = this._width ? this._visible(k, this._focusId) : { drawn: [], dots: [] };
    this._dots = dots;
    this._dotLanes = new Set(dots.map((dot) => dot.lane));
    this._dotsWidth = drawnWidth;
    const focusId = this._focusId ?? drawn.find((d) => d.p.primary)?.p.event.id ?? this.events[0]?.id;
    const selected = this.events.find((event) => event.id === this._selectedId);
    const primaries = drawn.filter((d) => d.p.primary).sort((a, b) => a.p.index - b.p.index);
    const echoes = drawn.filter((d) => !d.p.primary);
    const overview = timeScale(this._domain, [0, this._width || 1]);
    const step = Math.max(1, Math.ceil(this.events.length / 800));

    return html`
      <div class="toolbar" role="toolbar" aria-label=${strings.zoomControls}>
        <button type="button" aria-label=${strings.zoomOut} @click=${() => { this._zoomBy(1 / 1.5); }}>−</button>
        <button type="button" aria-label=${strings.zoomIn} @click=${() => { this._zoomBy(1.5); }}>+</button>
        <button type="button" @click=${() => { this.fit(); this._announceRange(); }}>${strings.fitAll}</button>
        ${this.eras.length
          ? html`<select aria-label=${strings.zoomToEra} @change=${this._onEraChange}>
              <option value="">${strings.zoomToEra}</option>
              ${this.eras.map((era, i) => html`<option value=${i}>${era.title}</option>`)}
            </select>`
          : nothing}
        <span class="range"></span>
      </div>
      <div
        class=${this._dragging ? 'viewport dragging' : 'viewport'}
        part="viewport"
        @wheel=${this._onWheel}
        @pointerdown=${this._onPointerDown}
        @pointermove=${this._onPointerMove}
        @pointerup=${this._onPointerUp}
        @pointercancel=${this._onPointerUp}
        @keydown=${this._onKeyDown}
      >
        <div class="ticks" aria-hidden="true">
          <div class="slide"><div class="frame">
            ${ticks.map(
              (tick) => html`<span class=${tick.major ? 'tick major' : 'tick'} ${place({ 'inset-inline-start': px((tick.time - origin) * k) })}>${tick.label}</span>`,
            )}
          </div></div>
        </div>
        <div class="plane" ${place({ 'block-size': px(totalHeight) })}>
          ${this._lanes.map(
            (lane) => html`<div class="lane" aria-hidden="true" ${place({ position: 'absolute', 'inset-inline': '0', 'inset-block-start': px(lane.top), 'block-size': px(LANE_LABEL_PX + lane.rows * ROW_PX) })}>
              <span class="lane-label">${lane.label}</span>
            </div>`,
          )}
          <div class="slide"><div class="frame">
          ${this.eras.map((era) => {
            const start = (eventExtent({ when: { start: era.start } }).start - origin) * k;
            const end = (eventExtent({ when: { start: era.start, end: era.end } }).end - origin) * k;
            const left = (this._anchor - origin) * k;
            if (end < left || start > left + drawnWidth) return nothing;
            return html`<div class="band" aria-hidden="true" ${place({ 'inset-inline-start': px(start), 'inline-size': px(end - start) })}>
              <span class="band-label">${era.title}</span>
            </div>`;
          })}
          ${asOf && asOfX !== undefined && this.context.showAhead !== false
            ? html`<div class="as-of" aria-hidden="true" ${place({ 'inset-inline-start': px(asOfX) })}>
                <span>${strings.asOf(formatWhen(asOf, { locale: this.dateLocale }))}</span>
              </div>`
            : nothing}
          ${this._renderToday(k, origin, drawnWidth, strings)}
          <ol class="events" aria-label=${strings.events}>
            ${repeat(primaries, (d) => d.p.event.id, (d) => this._renderItem(d, focusId, strings, true))}
          </ol>
          <div aria-hidden="true">${repeat(echoes, (d) => `${d.p.event.id}\n${String(d.p.lane)}`, (d) => this._renderItem(d, focusId, strings, false))}</div>
          ${this._lanes.map((lane, i) =>
            this._dotLanes.has(i)
              ? html`<canvas
                  class="more"
                  aria-hidden="true"
                  data-lane=${i}
                  ${place({
                    'inset-inline-start': px((this._anchor - origin) * k),
                    'inset-block-start': px(lane.top + LANE_LABEL_PX + (lane.rows - 1) * ROW_PX),
                    'inline-size': px(drawnWidth),
                    'block-size': px(ROW_PX),
                  })}
                ></canvas>`
              : nothing,
          )}
          </div></div>
        </div>
      </div>
      <div
        class="overview"
        part="overview"
        aria-hidden="true"
        @pointerdown=${this._onOverviewPointer}
        @pointermove=${this._onOverviewPointer}
      >
        ${this.events
          .filter((_, i) => i % step === 0)
          .map((event) => html`<span class="dot" ${place({ 'inset-inline-start': px(overview.x(this._extentOf(event).start)) })}></span>`)}
        <span
          class="window"
          ${place({
            'inset-inline-start': px(Math.max(0, overview.x(range.start))),
            'inline-size': px(Math.max(6, Math.min(this._width, overview.x(range.end)) - Math.max(0, overview.x(range.start)))),
          })}
        ></span>
      </div>
      <p class="hint">${strings.axisHint}</p>
      ${selected
        ? html`<div class="detail" part="detail">
            <diplo-event
              .event=${selected}
              .actors=${this.actors}
              .asOfDate=${this.asOfDate}
              .dateLocale=${this.dateLocale}
              .dataLang=${this.dataLang}
              .context=${this.context}
              theme=${this.theme ?? nothing}
              heading-level="3"
            ></diplo-event>
            <button type="button" @click=${() => (this._selectedId = undefined)}>${strings.close}</button>
          </div>`
        : nothing}
    `;
  }

  private _dates = new DateTexts();

  private _renderToday(k: number, origin: number, drawnWidth: number, strings: UiStrings) {
    if (!this.today) return nothing;
    const x = (eventExtent({ when: { start: this.today } }).start - origin) * k;
    const left = (this._anchor - origin) * k;
    if (x < left || x > left + drawnWidth) return nothing;
    return html`<div class="today" aria-hidden="true" ${place({ 'inset-inline-start': px(x) })}>
      <span>${strings.today}</span>
    </div>`;
  }

  private _renderItem(d: Drawn, focusId: string | undefined, strings: UiStrings, primary: boolean) {
    const { event } = d.p;
    const lane = this._lanes[d.p.lane];
    const ahead = this.context.showAhead !== false && this.asOfDate && timingAsOf(event, this.asOfDate) === 'ahead';
    const classes = [primary ? 'event' : 'echo', event.kind === 'deadline' ? 'deadline' : '', ahead ? 'ahead' : '', event.id === this._selectedId ? 'selected' : '', !primary && event.id === focusId ? 'focused' : '']
      .filter(Boolean)
      .join(' ');
    const position = {
      'inset-inline-start': px(d.x - (d.width ? 0 : MARKER_PX / 2)),
      'inset-block-start': px((lane?.top ?? 0) + LANE_LABEL_PX + d.row * ROW_PX + 4),
      '--_lane': lane?.color,
    };
    const date = this._dates.get(event, this.dateLocale);
    const content = html`${d.width ? html`<span class="bar" ${place({ 'inline-size': px(d.width) })}></span>` : html`<span class="marker"></span>`}
      <span class="label" dir="auto">${event.title}</span>`;
    if (!primary) {
      return html`<div class=${classes} @click=${() => { this._activate(event); }} ${place(position)}>${content}</div>`;
    }
    return html`<li
      class=${classes}
      data-id=${event.id}
      tabindex=${event.id === focusId ? '0' : '-1'}
      aria-current=${event.id === this._selectedId ? 'true' : nothing}
      @click=${() => { this._activate(event); }}
      @focus=${() => (this._focusId = event.id)}
      ${place(position)}
    >
      <span class="visually-hidden">${date}: </span>${content}<span class="visually-hidden">
        ${ahead ? ` (${strings.ahead})` : ''}</span
      >
    </li>`;
  }
}

/** Keeps receiving a pointer's moves outside the element (a no-op for synthetic pointers). */
function capture(e: PointerEvent): void {
  try {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  } catch {
    // Synthetic events have no active pointer to capture.
  }
}
