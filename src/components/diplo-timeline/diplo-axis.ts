import { LitElement, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { languageOf } from '../../i18n/locale.js';
import type { UiStrings } from '../../i18n/strings.js';
import { axisLayout, type AxisLayout } from '../../model/axis-layout.js';
import {
  dateAt,
  endMs,
  eventExtent,
  fitDomain,
  formatWhen,
  parsePartialDate,
  startMs,
  timingAsOf,
  type Actor,
  type DateLocale,
  type Era,
  type Extent,
  type PartialDate,
  type TimelineEvent,
} from '../../model/index.js';
import { cardStyles } from '../diplo-event/diplo-event.styles.js';
import { actorIndex, safeColor, type CardOptions, type EventContext } from '../diplo-event/event-card.js';
import { DateTexts } from '../shared/date-texts.js';
import { themeStyles } from '../shared/theme.styles.js';
import { axisStyles } from './axis.styles.js';
import { AxisFocus } from './axis-focus.js';
import { axisScene, overviewDots, type AxisScene } from './axis-scene.js';
import { EXPORTED_PARTS, drawDots, renderAxis, type AxisHandlers } from './axis-view.js';
import { AxisViewport, type DiploRangeChangeDetail } from './axis-viewport.js';
import { LabelWidths } from './label-widths.js';

export type { DiploRangeChangeDetail } from './axis-viewport.js';

/** A date string, Date or number as timeline milliseconds (the start or the end of a date). */
function toTime(value: string | number | Date, edge: 'start' | 'end'): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  const parsed = parsePartialDate(value);
  if (!parsed.ok) return undefined;
  return edge === 'start' ? startMs(parsed.date) : endMs(parsed.date);
}

/** How much a zoom button zooms. */
const ZOOM_STEP = 1.5;

/**
 * The horizontal view of `<diplo-timeline>`: a time axis with a lane per actor, zoom and
 * pan by wheel, drag, pinch, buttons and keys, an overview strip, and the selected
 * event's card beside the axis. Internal: `<diplo-timeline layout="horizontal">` renders it.
 * The layout is the model's (axis-layout.ts); the window is the viewport controller's; what a
 * frame draws is worked out in `willUpdate` (axis-scene.ts) and drawn by axis-view.ts.
 *
 * @fires diplo-range-change - The reader moved or zoomed the view; `detail: { start, end }`.
 * @fires diplo-select - The reader activated an event; `detail: { id, event }`.
 */
export class DiploAxis extends LitElement {
  static override styles = [themeStyles, cardStyles, axisStyles];

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
  /** The data's language where it differs from the interface's. */
  @property({ attribute: false }) dataLang?: string;
  /** The open card's heading level (the timeline's title's, plus one). */
  @property({ attribute: false }) headingLevel = 3;
  /** Draw a line at this moment (the reader's today), or nothing. */
  @property({ attribute: false }) today?: PartialDate;
  /** The first window's start and end as the page wrote them (`start`, `end`: dates); unset, the last era up to the as-of date. */
  @property({ attribute: false }) windowStart?: string;
  @property({ attribute: false }) windowEnd?: string;

  private _viewport = new AxisViewport(this, {
    rangeText: (range) => formatWhen({ start: dateAt(range.start), end: dateAt(range.end, true) }, { locale: this.dateLocale }),
    firstView: () => this._firstView(),
  });

  private _focus = new AxisFocus(this, {
    events: () => this.events,
    reveal: (event) => {
      this._viewport.reveal(this._extentOf(event).start);
    },
    zoom: (factor, at) => {
      this._viewport.zoomBy(factor, this._viewport.xOf(at && this._extentOf(at).start));
    },
  });

  private _labels = new LabelWidths(this);
  private _dates = new DateTexts();
  private _extents = new WeakMap<TimelineEvent, Extent>();
  private _layout?: AxisLayout;
  private _laneLabels: { label: string; color?: string }[] = [];
  private _eras: { for?: readonly Era[]; extents: { era: Era; extent: Extent }[] } = { extents: [] };
  private _overview: { key: readonly unknown[]; dots: number[] } = { key: [], dots: [] };
  private _cardOptions?: { key: readonly unknown[]; options: CardOptions };
  /** What this frame draws, worked out in willUpdate. */
  private _scene?: AxisScene;
  private _card?: { event: TimelineEvent; options: CardOptions };
  private _asOfText?: string;
  private _mutedColor?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // The axis names the parts it exports itself: the list stays in its lazy chunk, out of
    // the timeline's template (and out of the reader's up-front bundle).
    if (!this.hasAttribute('exportparts')) this.setAttribute('exportparts', EXPORTED_PARTS);
  }

  /** The visible window, in timeline milliseconds. */
  get range(): DiploRangeChangeDetail {
    return this._viewport.range;
  }

  /** Shows everything. */
  fit(): void {
    this._viewport.fit();
  }

  /** Shows the window from `start` to `end` (timeline milliseconds). */
  zoomTo(start: number, end: number): void {
    this._viewport.zoomTo(start, end);
  }

  /** Shows the window between two dates (date strings, `Date`s or timeline milliseconds); false when either is not a date. */
  zoomToDates(start: string | number | Date, end: string | number | Date): boolean {
    const from = toTime(start, 'start');
    const to = toTime(end, 'end');
    if (from === undefined || to === undefined) return false;
    this.zoomTo(Math.min(from, to), Math.max(from, to));
    return true;
  }

  /** Focuses an event: reveals it, then moves keyboard focus to it. */
  focusEvent(id: string): Promise<boolean> {
    return this._focus.focusEvent(id);
  }

  /** Opens an event's card beside the axis, revealing the event. */
  selectEvent(id: string): Promise<boolean> {
    return this._focus.selectEvent(id);
  }

  /**
   * What the story is about: the page's window, else the last era that began by the as-of
   * date, up to that date, with a little room on each side; else everything (none).
   */
  private _firstView(): readonly [number, number] | undefined {
    const from = this.windowStart === undefined ? undefined : toTime(this.windowStart, 'start');
    const to = this.windowEnd === undefined ? undefined : toTime(this.windowEnd, 'end');
    if (from !== undefined && to !== undefined && to > from) return [from, to];
    const asOf = this.asOfDate && eventExtent({ when: { start: this.asOfDate } }).start;
    if (asOf === undefined) return undefined;
    const era = this._eras.extents.filter(({ extent }) => extent.start < asOf).at(-1);
    if (!era) return undefined;
    const pad = (asOf - era.extent.start) * 0.08;
    return [era.extent.start - pad, asOf + pad * 2];
  }

  private _extentOf(event: TimelineEvent): Extent {
    let extent = this._extents.get(event);
    if (!extent) {
      extent = eventExtent(event);
      this._extents.set(event, extent);
    }
    return extent;
  }

  /** Waits, on a change of events, for thousands of new labels to be measured a slice at a time. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const measuring = this._labels.measureAhead(this.events, () => this.events);
    if (measuring) await measuring;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const viewport = this._viewport;
    if (changed.has('events')) {
      this._extents = new WeakMap();
      viewport.domain = fitDomain(this.events.map((event) => this._extentOf(event)));
      this._focus.forgetMissing(this.events);
    }
    if (changed.has('events') || changed.has('actors') || changed.has('singleLane') || changed.has('strings')) this._place();
    if (this._eras.for !== this.eras || changed.has('events')) {
      this._eras = {
        for: this.eras,
        extents: this.eras.map((era) => ({
          era,
          extent: { start: eventExtent({ when: { start: era.start } }).start, end: eventExtent({ when: { start: era.start, end: era.end } }).end, point: false },
        })),
      };
    }
    // A new set of events, or a new first window, starts from the first view again.
    if ((changed.has('events') || changed.has('windowStart') || changed.has('windowEnd')) && viewport.width) viewport.first();
    const layout = this._layout;
    if (!layout) return;
    const key = [this.events, viewport.domain, viewport.width];
    if (key.some((value, i) => value !== this._overview.key[i])) this._overview = { key, dots: overviewDots(this.events, (event) => this._extentOf(event), viewport.domain, viewport.width) };
    const { focusId, selectedId } = this._focus;
    this._scene = axisScene({
      layout,
      laneLabels: this._laneLabels,
      frame: viewport.layout(),
      width: viewport.width,
      events: this.events,
      eras: this._eras.extents,
      // The as-of line only where events after it read as ahead.
      asOf: this.context.showAhead === false ? undefined : this.asOfDate,
      today: this.today,
      dateLocale: this.dateLocale,
      focusId,
      selectedId,
      lineTextWidth: this._lineTextWidth,
    });
    const strings = this.strings;
    const selected = selectedId === undefined ? undefined : this.events.find((event) => event.id === selectedId);
    this._card = selected && strings && { event: selected, options: this._cardOptionsFor(strings) };
    this._asOfText = this._scene.asOfX !== undefined ? this._asOfWords() : undefined;
  }

  /** Lanes, and each event's place in them: redone when the events change, not on zoom or pan. */
  private _place(): void {
    const singleLane = this.singleLane;
    const layout = axisLayout(this.events, this.actors, { singleLane, labelWidth: this._labels.measure, extentOf: (event) => this._extentOf(event) });
    this._layout = layout;
    this._laneLabels = layout.lanes.map(({ actor }) =>
      actor
        ? { label: actor.shortName ?? actor.name, color: safeColor(actor.color) }
        : { label: (singleLane ? this.strings?.events : this.strings?.kinds.other) ?? (singleLane ? 'Events' : 'Other') },
    );
  }

  /** The open card's options: kept while nothing they hold changes. */
  private _cardOptionsFor(strings: UiStrings): CardOptions {
    const lang = languageOf(this);
    const key = [strings, lang, this.dateLocale, this.asOfDate, this.actors, this.dataLang, this.context, this.headingLevel];
    if (this._cardOptions?.key.every((value, i) => value === key[i])) return this._cardOptions.options;
    const options: CardOptions = {
      strings,
      lang,
      locale: this.dateLocale,
      asOf: this.asOfDate,
      actors: actorIndex(this.actors),
      dataLang: this.dataLang,
      headingLevel: this.headingLevel,
      context: this.context,
      inTimeline: true,
      dateText: this._dateText,
    };
    this._cardOptions = { key, options };
    return options;
  }

  /** The as-of and today lines' words are 0.75em of the labels' size, bold: about as wide as the labels' measure. */
  private _lineTextWidth = (which: 'asOf' | 'today'): number => {
    const text = which === 'asOf' ? this._asOfWords() : this.strings?.today;
    return text ? this._labels.measure(text) * 0.85 : 0;
  };

  private _asOfWords(): string | undefined {
    return this.strings && this.asOfDate ? this.strings.asOf(formatWhen(this.asOfDate, { locale: this.dateLocale })) : undefined;
  }

  private _dateText = (event: TimelineEvent) => this._dates.get(event, this.dateLocale);

  private _isAhead = (event: TimelineEvent) => this.context.showAhead !== false && !!this.asOfDate && timingAsOf(event, this.asOfDate) === 'ahead';

  private _handlers: AxisHandlers = {
    zoomIn: () => {
      this._viewport.zoomBy(ZOOM_STEP);
    },
    zoomOut: () => {
      this._viewport.zoomBy(1 / ZOOM_STEP);
    },
    fitAll: () => {
      this._viewport.fit();
      this._viewport.announce();
    },
    eraChange: (e) => {
      const select = e.target as HTMLSelectElement;
      const era = this._eras.extents[Number(select.value)];
      select.value = '';
      if (!era) return;
      this._viewport.zoomTo(era.extent.start, era.extent.end);
      this._viewport.announce();
    },
    close: () => {
      this._focus.selectedId = undefined;
    },
    wheel: this._viewport.onWheel,
    pointerDown: this._viewport.onPointerDown,
    pointerMove: this._viewport.onPointerMove,
    pointerUp: this._viewport.onPointerUp,
    overviewPointer: this._viewport.onOverviewPointer,
    keyDown: this._focus.onKeyDown,
    click: this._focus.onClick,
    focusIn: this._focus.onFocusIn,
  };

  protected override render() {
    const { strings, _scene: scene } = this;
    if (!strings || !scene) return nothing;
    return renderAxis(scene, {
      strings,
      eras: this.eras,
      dragging: this._viewport.dragging,
      zooming: this._viewport.zooming,
      selectedId: this._focus.selectedId,
      asOfText: this._asOfText,
      overview: this._overview.dots,
      card: this._card,
      isAhead: this._isAhead,
      dateText: this._dateText,
      handlers: this._handlers,
      rtl: this.direction === 'rtl',
    });
  }

  protected override firstUpdated(): void {
    // The first width is read now (the observer tells a frame later), so the first frame shows
    // events placed, not empty lanes that fill a frame later and push what follows down.
    const viewport = this.renderRoot.querySelector('.viewport');
    if (viewport && !this._viewport.width) this._viewport.resize(viewport.clientWidth);
  }

  protected override updated(): void {
    if (isServer || !this._scene) return;
    drawDots(this.renderRoot, this._scene, this.direction === 'rtl', (canvas) => (this._mutedColor ??= getComputedStyle(canvas).color));
  }
}
