import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { dateLocaleFor, languageReady, directionOf, languageOf, sameLanguage } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { uiStrings, type UiStrings } from '../../i18n/strings.js';
import {
  EVENT_KINDS,
  calendarDay,
  endMs,
  isHindsight,
  parsePartialDate,
  startMs,
  urlProblems,
  type DateLocale,
  type EventKind,
  type ParseResult,
  type PartialDate,
  type Problem,
  type Timeline,
  type TimelineEvent,
} from '../../model/index.js';
import { cardStyles } from '../diplo-event/diplo-event.styles.js';
import { DateTexts } from '../shared/date-texts.js';
import { headingTag } from '../shared/headings.js';
import { themeStyles } from '../shared/theme.styles.js';
import { AutoLayout } from './auto-layout.js';
import { DataSource } from './data-source.js';
import type { DiploAxis } from './diplo-axis.js';
import { timelineStyles } from './diplo-timeline.styles.js';
import { HashLinks } from './hash-links.js';
import { JsonLd } from './json-ld.js';
import { ListFocus } from './list-focus.js';
import { ListView } from './list-view.js';
import type { TimelineFormat } from './load.js';
import { LITE_CARDS, MANY, ProgressiveList } from './progressive-list.js';
import { viewModel, type Item, type TimelineView, type ViewModel } from './view-model.js';

export type { DiploErrorDetail } from './data-source.js';
export type { TimelineFormat } from './load.js';
export type { TimelineView } from './view-model.js';

let axisLoading: Promise<unknown> | undefined;

/**
 * The horizontal view's element, loaded the first time a timeline needs it: a page that
 * only shows lists never downloads it.
 */
function loadAxis(): Promise<unknown> {
  axisLoading ??= import('./diplo-axis.js').then(({ DiploAxis }) => {
    if (!customElements.get('diplo-axis')) customElements.define('diplo-axis', DiploAxis);
  });
  return axisLoading;
}

/** A date string, Date or number as timeline milliseconds (the start or the end of a date). */
function toTime(value: string | number | Date, edge: 'start' | 'end'): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  const parsed = parsePartialDate(value);
  if (!parsed.ok) return undefined;
  return edge === 'start' ? startMs(parsed.date) : endMs(parsed.date);
}

/** The reader's today, as a calendar date. */
const today = () => calendarDay(new Date());

/** `diplo-select`: the reader activated an event (Enter, or a click on its card). */
export interface DiploSelectDetail {
  id: string;
  event: TimelineEvent;
}

/** `diplo-problems`: the data was read; these are its problems (possibly none). */
export interface DiploProblemsDetail {
  problems: readonly Problem[];
}

/** `diplo-filter-change`: the reader changed the actor or kind filters, or the view. */
export interface DiploFilterChangeDetail {
  actors: string[];
  kinds: EventKind[];
  view: TimelineView;
}

/** Splits a space- or comma-separated attribute into values. */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The timeline a reader meets inside a news article: events in order, grouped under era
 * headings, each in a card like `<diplo-event>`'s, with the story's "as of" date marked,
 * filters by actor and kind, and a switch between "as the story ran" and "what
 * happened next" when the data holds hindsight.
 *
 * Data comes from the `data` property, the `src` attribute (JSON fetched), or a
 * `<script type="application/json">` child, in that order of precedence.
 *
 * @summary A vertical timeline of diplomatic and news events.
 *
 * @fires diplo-select - The reader activated an event; `detail: { id, event }`.
 * @fires diplo-problems - The data was read; `detail: { problems }` (possibly empty).
 * @fires diplo-error - Loading `src` failed; `detail: { src, message }`. The last good data stays on screen.
 * @fires diplo-filter-change - The reader changed a filter or the view; `detail: { actors, kinds, view }`.
 * @fires diplo-range-change - Horizontal view: the reader moved or zoomed the window; `detail: { start, end }` in timeline milliseconds.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title and summary.
 * @csspart title - The timeline's title.
 * @csspart summary - The timeline's summary.
 * @csspart controls - The view switch and the filters.
 * @csspart view-switch - The "as the story ran" / "what happened next" buttons.
 * @csspart filters - The disclosure holding the filters.
 * @csspart filter - A filter button (actor or kind).
 * @csspart count - The number of events shown (a polite live region).
 * @csspart list - The container of the eras and their ordered lists.
 * @csspart era - One era: its heading and its events.
 * @csspart era-title - An era's heading.
 * @csspart events - An ordered list of events.
 * @csspart event - One list item, holding the event's card.
 * @csspart card - An event's card (the `<article>`); inside it, as on `<diplo-event>`: `meta`,
 *   `kind`, `date`, `badges`, `badge`, `actors`, `actor`, `location`, `quote`, `media`,
 *   `sources`, `related`.
 * @csspart event-title - An event's heading (`title` on a standalone `<diplo-event>`).
 * @csspart event-summary - An event's summary (`summary` on a standalone `<diplo-event>`).
 * @csspart as-of - The marker at the story's date.
 * @csspart status - The loading message.
 * @csspart error - The error message when `src` fails.
 * @csspart problems - The problems panel shown with `show-problems`.
 * @csspart empty - The message for no events.
 * @csspart axis - The horizontal view (a time axis with lanes, its toolbar, overview strip and card).
 * @csspart axis-toolbar - Horizontal view: the zoom buttons, the era menu and the dates shown.
 * @csspart axis-range - Horizontal view: the dates of the window, in the toolbar.
 * @csspart axis-viewport - Horizontal view: the box holding the ticks and the lanes.
 * @csspart axis-ticks - Horizontal view: the strip of dates above the lanes.
 * @csspart axis-lane - Horizontal view: one actor's lane (the shared lane too).
 * @csspart axis-lane-label - Horizontal view: a lane's name.
 * @csspart axis-era - Horizontal view: an era's band behind the lanes.
 * @csspart axis-event - Horizontal view: an event on the axis (marker or bar, and label), copies in other lanes too.
 *   Labels are measured to stack them: change colours and borders, not font or size.
 * @csspart axis-as-of - Horizontal view: the line at the story's date.
 * @csspart axis-today - Horizontal view: the line at the reader's today (`show-today`).
 * @csspart axis-overview - Horizontal view: the overview strip below the lanes.
 * @csspart axis-hint - Horizontal view: the line that says how to move and zoom.
 * @csspart axis-detail - Horizontal view: the panel with the selected event's card (its parts
 *   are the list's card parts: `card`, `event-title`, …) and its close button.
 * @csspart axis-close - Horizontal view: the button that closes the card.
 *
 * @cssproperty --diplo-surface - Background. Default white (dark: #121417).
 * @cssproperty --diplo-text - Text colour.
 * @cssproperty --diplo-muted - Secondary text (dates, counts).
 * @cssproperty --diplo-accent - Links, pressed buttons, the as-of marker.
 * @cssproperty --diplo-line - The timeline rule and borders.
 * @cssproperty --diplo-ahead - Text of "ahead" badges and the part after the marker.
 * @cssproperty --diplo-ahead-surface - Background of "ahead" badges.
 * @cssproperty --diplo-failed - "Failed" and "cancelled" badges.
 * @cssproperty --diplo-focus - The focus ring.
 * @cssproperty --diplo-font - Body font; the page's by default.
 * @cssproperty --diplo-heading-font - Headings.
 * @cssproperty --diplo-radius - Corner radius.
 * @cssproperty --diplo-space - Base spacing unit.
 */
export class DiploTimeline extends LitElement {
  static override styles = [themeStyles, cardStyles, timelineStyles];

  /** The timeline document (any value: it is validated). Wins over `src` and inline JSON. */
  @property({ attribute: false }) data: unknown;

  /** URL of a JSON timeline document. Changing it aborts a load under way. */
  @property() src?: string;

  /** How long a `src` load may take before it fails, in milliseconds. */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = 20_000;

  /** The story's date (`YYYY-MM-DD`), overriding the document's `asOf`. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /**
   * The data's format: `diplo` (this library's) or `timelinejs` (TimelineJS3 JSON, converted
   * on the fly). Unset, a TimelineJS file is recognised by its shape.
   */
  @property() format?: TimelineFormat;

  /**
   * `vertical` (a list for reading), `horizontal` (a time axis with a lane per actor, zoom
   * and pan) or `auto` (the default): horizontal when the element itself is at least
   * 720 px wide, vertical otherwise.
   */
  @property({ reflect: true }) layout: 'auto' | 'vertical' | 'horizontal' = 'auto';

  /** In the horizontal view, also mark the reader's today on the axis. */
  @property({ type: Boolean, attribute: 'show-today' }) showToday = false;

  /** In the horizontal view, put every event in one lane instead of a lane per actor. */
  @property({ type: Boolean, attribute: 'single-lane' }) singleLane = false;

  /** Actor ids to show at first, space-separated; empty shows all. */
  @property({ attribute: 'filter-actors' }) filterActors?: string;

  /** Event kinds to show at first, space-separated; empty shows all. */
  @property({ attribute: 'filter-kinds' }) filterKinds?: string;

  /** Level of the timeline's heading (2–6); eras and events take the next levels. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Emit schema.org JSON-LD (an ItemList of Events) for search engines, in a
   * `<script type="application/ld+json">` child of the element.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /**
   * What relative addresses in the data (images, sources, media) resolve against. Default:
   * the data file's URL when the data came through `src`, else the page's base URI.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** Show editors the problems found in the data. */
  @property({ type: Boolean, attribute: 'show-problems' }) showProblems = false;

  /** `light` or `dark` to override the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private _view: TimelineView = 'as-ran';
  @state() private _actorFilter = new Set<string>();
  @state() private _kindFilter = new Set<EventKind>();
  @state() private _dateLocale?: DateLocale;
  @state() private _hydrated = false;
  /** The horizontal view's chunk could not be fetched: the list stands in for it. */
  private _axisFailed = false;
  /** Rendered on the server (declarative shadow DOM was there): the first render adopts it. */
  private _serverRendered = false;
  private _lang = 'en';
  private _langObserver?: MutationObserver;
  /** The read the view model was built from, and the last one announced with `diplo-problems`. */
  private _result?: ParseResult;
  private _announced?: ParseResult;
  private _vm?: ViewModel;
  private _attributeProblems: Problem[] = [];
  /** Addresses in the data that do not resolve to http(s) against the base in use. */
  private _urlProblems: Problem[] = [];
  private _dates = new DateTexts();
  private _dateText = (event: TimelineEvent): string => this._dates.get(event, this._dateLocale);
  private _list = new ListView();
  private _jsonLd: JsonLd;

  private _source = new DataSource(this, () => this._serverRendered && !this.hasUpdated);
  private _layout = new AutoLayout(this, () => this.resolvedLayout);
  private _progressive = new ProgressiveList(this);
  private _focus = new ListFocus(this, {
    items: () => this._vm?.items ?? [],
    ensureRendered: (index) => {
      this._progressive.ensureRendered(index);
    },
    select: (item) => {
      this._select(item);
    },
  });

  constructor() {
    super();
    new HashLinks(this, {
      ready: () => !!this._vm?.items.length,
      has: (id) => !!this._vm?.timeline.events.some((event) => event.id === id),
      go: async (id) => {
        await this.scrollToEvent(id, { smooth: false });
        await this.focusEvent(id);
      },
    });
    this._jsonLd = new JsonLd(this, () =>
      this.structuredData && this._vm ? { timeline: this._vm.timeline, asOf: this._vm.asOf, events: this._vm.inView } : undefined,
    );
  }

  /** The layout in use: `auto` resolved against the element's width (vertical before it is known). */
  get resolvedLayout(): 'vertical' | 'horizontal' {
    // The server can only draw the list (it has no width, and the list reads without JavaScript).
    if (isServer || (this._serverRendered && !this._hydrated)) return 'vertical';
    if (this._axisFailed) return 'vertical';
    if (this.layout === 'horizontal') return 'horizontal';
    if (this.layout === 'vertical') return 'vertical';
    return this._layout.wide ? 'horizontal' : 'vertical';
  }

  /** Waits until the horizontal view (if that is the layout) is defined and drawn. */
  private async _axisReady(): Promise<void> {
    await this.updateComplete;
    if (this.resolvedLayout !== 'horizontal') return;
    const axis = this._axis;
    if (axis) await axis.updateComplete;
  }

  private get _axis(): DiploAxis | null {
    return this.renderRoot.querySelector('diplo-axis');
  }

  /**
   * Horizontal view: shows the window from `start` to `end` (date strings like
   * "2018-01", Dates, or timeline milliseconds).
   */
  async zoomTo(start: string | number | Date, end: string | number | Date): Promise<boolean> {
    await this._axisReady();
    const from = toTime(start, 'start');
    const to = toTime(end, 'end');
    const axis = this._axis;
    if (!axis || from === undefined || to === undefined) return false;
    axis.zoomTo(Math.min(from, to), Math.max(from, to));
    return true;
  }

  /** Horizontal view: shows all events. */
  async fit(): Promise<boolean> {
    await this._axisReady();
    const axis = this._axis;
    if (!axis) return false;
    axis.fit();
    return true;
  }

  /** Everything wrong in the data (and in `as-of`), as of the last read. */
  get problems(): readonly Problem[] {
    return [...(this._result?.problems ?? []), ...this._urlProblems, ...this._attributeProblems];
  }

  /** The validated timeline on screen, if any. */
  get timeline(): Timeline | undefined {
    return this._result?.timeline;
  }

  override connectedCallback(): void {
    // Rendered on the server (declarative shadow DOM already there): hydrate the list the
    // server drew before switching to the horizontal axis.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this._serverRendered = true;
    super.connectedCallback();
    // A change of the element's own lang.
    this._langObserver ??= new MutationObserver(() => {
      this.requestUpdate();
    });
    this._langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
  }

  /** Moves keyboard focus to an event, revealing it first if a filter or the view hides it. Resolves false for an unknown id. */
  async focusEvent(id: string): Promise<boolean> {
    const item = await this._reveal(id);
    if (!item) return false;
    this._focus.index = item.index;
    await this._axisReady();
    const axis = this._axis;
    if (axis) return axis.focusEvent(id);
    this._focus.element(item.index)?.focus();
    return true;
  }

  /**
   * Scrolls an event into view, revealing it first if needed; smoothly unless the reader
   * prefers reduced motion. Resolves false for an unknown id.
   */
  async scrollToEvent(id: string, options: { smooth?: boolean } = {}): Promise<boolean> {
    const item = await this._reveal(id);
    if (!item) return false;
    await this._axisReady();
    const axis = this._axis;
    if (axis) {
      axis.scrollIntoView({ block: 'nearest' });
      return axis.selectEvent(id);
    }
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const smooth = (options.smooth ?? true) && !reduce;
    this._focus.element(item.index)?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
    return true;
  }

  /** Clears what hides an event (a filter, the view) and makes sure it is drawn. */
  private async _reveal(id: string): Promise<Item | undefined> {
    await this.updateComplete;
    const vm = this._vm;
    const event = vm?.timeline.events.find((candidate) => candidate.id === id);
    if (!vm || !event) return undefined;
    if (!vm.items.some((item) => item.event.id === id)) {
      if (isHindsight(event, vm.asOf)) this._view = 'next';
      this._actorFilter = new Set();
      this._kindFilter = new Set();
      await this.updateComplete;
    }
    const item = this._vm?.items.find((candidate) => candidate.event.id === id);
    if (item && item.index >= this._progressive.limit) {
      this._progressive.ensureRendered(item.index);
      await this.updateComplete;
    }
    return item;
  }

  /** Waits for the language's words and date tables (a chunk each, on demand) before rendering. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const pending = isServer ? undefined : languageReady(languageOf(this));
    if (pending) await pending;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filterActors')) this._actorFilter = new Set(listOf(this.filterActors));
    if (changed.has('filterKinds')) {
      this._kindFilter = new Set(listOf(this.filterKinds).filter((kind): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind)));
    }

    const lang = languageOf(this);
    if (lang !== this._lang || !this._dateLocale) {
      this._lang = lang;
      const { now, later } = dateLocaleFor(lang);
      this._dateLocale = now;
      void later?.then((pack) => {
        if (this._lang === lang) this._dateLocale = pack;
      });
    }

    this._source.update();
    const previous = this._result;
    const result = (this._result = this._source.result);
    const inputs = ['asOf', 'baseUrl', 'src', '_view', '_actorFilter', '_kindFilter'] as const;
    if (result === previous && this._vm && !inputs.some((key) => changed.has(key as keyof DiploTimeline))) return;
    if (result !== previous && previous?.timeline !== result?.timeline) this._view = 'as-ran';
    this._vm = result ? this._viewModel(result.timeline) : undefined;
    // Lists are counted afresh for new data, a filter or a view.
    const items = this._vm?.items ?? [];
    this._focus.clamp(items.length);
    this._progressive.reset(items, !this._serverRendered);
  }

  private _viewModel(timeline: Timeline): ViewModel {
    const baseUrl = this._resolveBase();
    this._urlProblems = baseUrl === undefined ? [] : urlProblems(timeline, baseUrl);
    return viewModel(timeline, {
      asOf: this._resolveAsOf(timeline),
      view: this._view,
      actorFilter: this._actorFilter,
      kindFilter: this._kindFilter,
      baseUrl,
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._source.pending) {
      await this._source.pending;
      complete = await super.getUpdateComplete();
    }
    if (this._jsonLd.pending) await this._jsonLd.pending;
    // The horizontal view is drawn once its element is defined (a chunk, fetched on demand).
    if (!isServer && this._vm && this.resolvedLayout === 'horizontal' && !customElements.get('diplo-axis')) {
      await loadAxis().catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The `as-of` attribute, else the document's `asOf`, else the reader's today. */
  private _resolveAsOf(timeline: Timeline): PartialDate {
    this._attributeProblems = [];
    if (this.asOf) {
      const parsed = parsePartialDate(this.asOf);
      if (parsed.ok) return parsed.date;
      this._attributeProblems = [{ path: 'as-of (attribute)', severity: 'warning', message: `${parsed.reason}; it was ignored` }];
    }
    return timeline.asOf ?? today();
  }

  /**
   * What relative addresses resolve against: `base-url`, else the data file's URL (data
   * through `src`), else the page's base URI. On the server, `base-url` or nothing (the
   * reader's browser then resolves addresses against the page).
   */
  private _resolveBase(): string | undefined {
    const page = isServer ? undefined : document.baseURI;
    const from = this.baseUrl ?? (this.data === undefined && this.src ? this.src : undefined);
    if (from === undefined) return page;
    try {
      return new URL(from, page).href;
    } catch {
      return page;
    }
  }

  protected override firstUpdated(): void {
    if (this._serverRendered) {
      requestAnimationFrame(() => {
        this._hydrated = true;
        // A browser that cannot say when a light card comes near gets every card whole.
        if (!LITE_CARDS) this._progressive.showAllWhole();
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const result = this._result;
    if (result && result !== this._announced) {
      this._announced = result;
      const detail: DiploProblemsDetail = { problems: this.problems };
      this.dispatchEvent(new CustomEvent('diplo-problems', { detail, bubbles: true, composed: true }));
    }
  }

  private _fireFilterChange(): void {
    const detail: DiploFilterChangeDetail = { actors: [...this._actorFilter], kinds: [...this._kindFilter], view: this._view };
    this.dispatchEvent(new CustomEvent('diplo-filter-change', { detail, bubbles: true, composed: true }));
  }

  private _toggle<T>(filter: Set<T>, value: T): Set<T> {
    const next = new Set(filter);
    if (!next.delete(value)) next.add(value);
    return next;
  }

  private _showAll = (): void => {
    this._actorFilter = new Set();
    this._kindFilter = new Set();
    this._fireFilterChange();
  };

  private _setView(view: TimelineView): void {
    if (this._view === view) return;
    this._view = view;
    this._fireFilterChange();
  }

  private _select(item: Item): void {
    const detail: DiploSelectDetail = { id: item.event.id, event: item.event };
    this.dispatchEvent(new CustomEvent('diplo-select', { detail, bubbles: true, composed: true }));
  }

  /** The data's language where it differs from the interface's, for `lang` on data text. */
  private _dataLang(timeline: Timeline): string | undefined {
    return timeline.locale && !sameLanguage(timeline.locale, this._lang) ? timeline.locale : undefined;
  }

  protected override render() {
    const strings = uiStrings(this._lang);
    const dir = directionOf(this._lang) === 'rtl' ? 'rtl' : nothing;
    const vm = this._vm;
    const { status, error } = this._source;
    return html`
      <section part="base" class="base" dir=${dir} aria-labelledby=${vm?.timeline.title ? 'timeline-title' : nothing}>
        ${vm ? this._renderHeader(vm) : nothing}
        ${status === 'pending' && !vm ? html`<p part="status" class="status" role="status">${strings.loading}</p>` : nothing}
        ${status === 'error'
          ? html`<div part="error" class="error" role="alert">
              <strong>${strings.loadFailed}:</strong> ${error?.message}.
              ${vm ? strings.keptLast : nothing}
            </div>`
          : nothing}
        ${this.showProblems && this.problems.length
          ? html`<details part="problems" class="problems" open>
              <summary>${plural(this._lang, strings.problems, this.problems.length)}</summary>
              <ul>
                ${this.problems.map(
                  (problem) => html`<li class=${problem.severity}>
                    <code>${problem.path || '(document)'}</code> ${problem.severity}: ${problem.message}
                  </li>`,
                )}
              </ul>
            </details>`
          : nothing}
        ${vm ? this._renderBody(vm, strings) : nothing}
      </section>
    `;
  }

  private _renderHeader(vm: ViewModel) {
    const { timeline } = vm;
    const lang = this._dataLang(timeline) ?? nothing;
    const heading = headingTag(this.headingLevel);
    return html`<div part="header" class="header">
      ${timeline.title ? staticHtml`<${heading} part="title" class="title" id="timeline-title" dir="auto" lang=${lang}>${timeline.title}</${heading}>` : nothing}
      ${timeline.summary ? html`<p part="summary" class="summary" dir="auto" lang=${lang}>${timeline.summary}</p>` : nothing}
    </div>`;
  }

  private _renderBody(vm: ViewModel, strings: UiStrings) {
    if (vm.timeline.events.length === 0) return html`<p part="empty" class="empty">${strings.noEvents}</p>`;
    const count =
      vm.items.length === vm.total ? plural(this._lang, strings.eventCount, vm.total) : plural(this._lang, strings.eventsShown, vm.total, vm.items.length);
    return html`
      ${this._renderControls(vm, strings)}
      <p part="count" class="count" role="status">${count}</p>
      ${vm.items.length === 0 ? html`<p part="empty" class="empty">${strings.noMatch}</p>` : nothing}
      ${this.resolvedLayout === 'horizontal'
        ? this._renderAxis(vm, strings)
        : html`<div
            part="list"
            class=${vm.items.length > MANY ? 'list many' : 'list'}
            @keydown=${this._focus.onKeyDown}
            @click=${this._focus.onClick}
            @focusin=${this._focus.onFocusIn}
            @contentvisibilityautostatechange=${this._progressive.onRelevant}
          >
            ${this._list.render(vm, {
              strings,
              lang: this._lang,
              dateLocale: this._dateLocale,
              dataLang: this._dataLang(vm.timeline),
              headingLevel: this.headingLevel,
              focusIndex: this._focus.index,
              progressive: this._progressive,
              hydrating: this._serverRendered && !this.hasUpdated,
              serverRendered: this._serverRendered,
              dateText: this._dateText,
            })}
          </div>`}
    `;
  }

  private _renderControls(vm: ViewModel, strings: UiStrings) {
    const filtered = this._actorFilter.size > 0 || this._kindFilter.size > 0;
    const toggle = (label: string, pressed: boolean, onClick: () => void, part?: string) =>
      html`<button type="button" part=${part ?? nothing} aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
    return html`<div part="controls" class="controls">
      ${vm.hasHindsight
        ? html`<div part="view-switch" class="group" role="group" aria-label=${strings.viewLabel}>
            ${toggle(strings.asRan, vm.view === 'as-ran', () => {
              this._setView('as-ran');
            })}
            ${toggle(strings.whatNext, vm.view === 'next', () => {
              this._setView('next');
            })}
          </div>`
        : nothing}
      ${vm.actors.length > 1 || vm.kinds.length > 1
        ? html`<details part="filters" class="filters" ?open=${filtered}>
            <summary>${strings.filter}</summary>
            ${vm.actors.length > 1
              ? html`<div class="group" role="group" aria-label=${strings.filterActors}>
                  ${vm.actors.map((actor) =>
                    toggle(
                      actor.label,
                      this._actorFilter.has(actor.id),
                      () => {
                        this._actorFilter = this._toggle(this._actorFilter, actor.id);
                        this._fireFilterChange();
                      },
                      'filter',
                    ),
                  )}
                </div>`
              : nothing}
            ${vm.kinds.length > 1
              ? html`<div class="group" role="group" aria-label=${strings.filterKinds}>
                  ${vm.kinds.map((kind) =>
                    toggle(
                      strings.kinds[kind],
                      this._kindFilter.has(kind),
                      () => {
                        this._kindFilter = this._toggle(this._kindFilter, kind);
                        this._fireFilterChange();
                      },
                      'filter',
                    ),
                  )}
                </div>`
              : nothing}
          </details>`
        : nothing}
      ${filtered ? html`<button type="button" class="show-all" @click=${this._showAll}>${strings.showAll}</button>` : nothing}
    </div>`;
  }

  private _renderAxis(vm: ViewModel, strings: UiStrings) {
    if (!customElements.get('diplo-axis')) {
      // Drawn once its element is defined: an element upgraded later would only see its
      // events in its first update, too late to measure their labels a slice at a time.
      // If the chunk cannot be fetched, the list is shown instead.
      void loadAxis().then(
        () => {
          this.requestUpdate();
        },
        () => {
          this._axisFailed = true;
          this.requestUpdate();
        },
      );
      return nothing;
    }
    return html`<diplo-axis
      part="axis"
      .events=${vm.events}
      .actors=${vm.timeline.actors}
      .eras=${vm.timeline.eras ?? []}
      .asOfDate=${vm.cardAsOf}
      .dateLocale=${this._dateLocale}
      .strings=${strings}
      .context=${vm.context}
      .direction=${directionOf(this._lang)}
      .dataLang=${this._dataLang(vm.timeline)}
      ?single-lane=${this.singleLane}
      .today=${this.showToday ? today() : undefined}
      theme=${this.theme ?? nothing}
    ></diplo-axis>`;
  }
}
