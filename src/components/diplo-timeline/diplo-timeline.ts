import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { directionOf, sameLanguage } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import type { UiStrings } from '../../i18n/strings.js';
import {
  calendarDay,
  isHindsight,
  parsePartialDate,
  urlProblems,
  type ParseResult,
  type PartialDate,
  type Problem,
  type Timeline,
  type TimelineEvent,
} from '../../model/index.js';
import { cardStyles } from '../diplo-event/diplo-event.styles.js';
import { DateTexts } from '../shared/date-texts.js';
import { childLevelBase } from '../shared/headings.js';
import { ElementLanguage } from '../shared/element-language.js';
import { themeStyles } from '../shared/theme.styles.js';
import { AutoLayout } from './auto-layout.js';
import { CompactStart } from './compact-start.js';
import { DataSource } from './data-source.js';
import type { DiploProblemsDetail, DiploSelectDetail } from './events.js';
import { Filters } from './filters.js';
import { timelineStyles } from './diplo-timeline.styles.js';
import { HashLinks } from './hash-links.js';
import { problemsPanel } from './problems-panel.js';
import { renderHeader } from './header.js';
import { HorizontalView } from './horizontal-view.js';
import { JsonLd } from './json-ld.js';
import { ListFocus } from './list-focus.js';
import { ListView } from './list-view.js';
import type { TimelineFormat } from './load.js';
import { PrintMedia } from './print-media.js';
import { LITE_CARDS, ProgressiveList } from './progressive-list.js';
import { dataBase, viewModel, type Item, type ViewModel } from './view-model.js';

export type { DiploErrorDetail, DiploFilterChangeDetail, DiploProblemsDetail, DiploRangeChangeDetail, DiploSelectDetail } from './events.js';
export type { TimelineFormat } from './load.js';
export type { TimelineView } from './view-model.js';

/** The reader's today, as a calendar date. */
const today = () => calendarDay(new Date());

/**
 * The timeline a reader meets inside a news article: events in order, grouped under era
 * headings, each in a card like `<diplo-event>`'s, with the story's "as of" date marked,
 * filters by actor and kind, and a switch between "as the story ran" and "what
 * happened next" when the data holds hindsight.
 *
 * Data comes from the `data` property, the `src` attribute (JSON fetched), or a
 * `<script type="application/json">` child, in that order of precedence.
 *
 * @summary A timeline of diplomatic and news events: a list to read, or a time axis to explore.
 *
 * @fires {CustomEvent<DiploSelectDetail>} diplo-select - The reader activated an event; `detail: { id, event }`.
 * @fires {CustomEvent<DiploProblemsDetail>} diplo-problems - The data was read; `detail: { problems }` (possibly empty).
 * @fires {CustomEvent<DiploErrorDetail>} diplo-error - Loading `src` failed; `detail: { src, message }`. The last good data stays on screen.
 * @fires {CustomEvent<DiploFilterChangeDetail>} diplo-filter-change - The reader changed a filter or the view; `detail: { actors, kinds, view }`.
 * @fires {CustomEvent<DiploRangeChangeDetail>} diplo-range-change - Horizontal view: the reader moved or zoomed the window; `detail: { start, end }` in timeline milliseconds.
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
 * @csspart show-all - The "Show all N events" button that ends the compact start.
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
 * @cssproperty --diplo-start-size - The height a timeline drawn in the browser takes before the reader asks for every event (default: 40rem or 80vh, whichever is more); the README's rule for the page before the script runs uses it too.
 */
export class DiploTimeline extends LitElement {
  static override styles = [themeStyles, cardStyles, timelineStyles];

  /** The timeline document (any value: it is validated). Wins over `src` and inline JSON. */
  @property({ attribute: false }) data: unknown;

  /** URL of a timeline: a JSON document, or a spreadsheet (CSV, TSV, a published Google Sheet). Changing it aborts a load under way. */
  @property() src?: string;

  /** How long a `src` load may take before it fails, in milliseconds. */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = 20_000;

  /** The story's date (`YYYY-MM-DD`), overriding the document's `asOf`. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /**
   * The data's format: `diplo` (this library's), `yaml` (this library's, written in YAML: the
   * parser loads only then), `timelinejs` (TimelineJS3 JSON, converted on the fly), `csv` or
   * `tsv` (a spreadsheet: this library's layout or TimelineJS's template, read by an importer
   * loaded only then). Unset, YAML and spreadsheets are recognised by their content type or
   * address (`.yaml`/`.yml`; `.csv`, `.tsv`, a Google Sheet published with `output=csv`), and a
   * TimelineJS file by its shape.
   */
  @property() format?: TimelineFormat;

  /**
   * `vertical` (a list for reading), `horizontal` (a time axis with a lane per actor, zoom
   * and pan) or `auto` (the default): horizontal when the element itself is at least
   * 720 px wide, vertical otherwise (a server-rendered timeline keeps the list it arrived with).
   */
  @property({ reflect: true }) layout: 'auto' | 'vertical' | 'horizontal' = 'auto';

  /** In the horizontal view, also mark the reader's today on the axis. */
  @property({ type: Boolean, attribute: 'show-today' }) showToday = false;

  /** Horizontal view: the first window's start (a date like `2019-02`), with `end`; unset, the last era up to the as-of date. */
  @property() start?: string;
  /** Horizontal view: the first window's end (a date like `2019-07`), with `start`. */
  @property() end?: string;

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

  /** Every event from the start, no "Show all" button: the height is unknown until the data is drawn (text below may move). */
  @property({ type: Boolean }) expanded = false;

  /** `light` or `dark` to override the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private _hydrated = false;
  /** Rendered on the server (declarative shadow DOM was there): the first render adopts it. */
  private _serverRendered = false;
  private _language = new ElementLanguage(this);
  /** The read the view model was built from, and the last one announced with `diplo-problems`. */
  private _result?: ParseResult;
  private _announced?: ParseResult;
  private _vm?: ViewModel;
  private _attributeProblems: Problem[] = [];
  /** Addresses in the data that do not resolve to http(s) against the base in use. */
  private _urlProblems: Problem[] = [];
  private _dates = new DateTexts();
  private _dateText = (event: TimelineEvent): string => this._dates.get(event, this._language.dateLocale);
  private _list = new ListView();
  private _horizontal = new HorizontalView(this);
  private _filters = new Filters(this);
  /** The filters' version the view model was built at. */
  private _filtersSeen = -1;
  private _jsonLd: JsonLd;

  private _source = new DataSource(this, () => this._serverRendered && !this.hasUpdated);
  private _layout = new AutoLayout(this, () => this.resolvedLayout);
  private _progressive = new ProgressiveList(this);
  private _print = new PrintMedia(this, this._progressive.showAllWhole);
  private _focus = new ListFocus(this, {
    items: () => this._vm?.items ?? [],
    ensureRendered: (index) => {
      this._progressive.ensureRendered(index);
    },
    select: (item) => {
      this._select(item);
    },
  });

  private _compact = new CompactStart(this, {
    eligible: () => !isServer && !this.expanded && !this._serverRendered,
    settled: () => this._horizontal.ready(),
    roving: this._focus,
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
    // The server can only draw the list (it has no width, and the list reads without JavaScript);
    // unless asked for the axis, the reader keeps the list the server drew: nothing moves.
    if (isServer || (this._serverRendered && (!this._hydrated || this.layout !== 'horizontal'))) return 'vertical';
    if (this._horizontal.failed) return 'vertical';
    if (this.layout === 'horizontal') return 'horizontal';
    if (this.layout === 'vertical') return 'vertical';
    return this._layout.wide ? 'horizontal' : 'vertical';
  }

  /** Horizontal view: shows the window from `start` to `end` (date strings like "2018-01", Dates, or timeline milliseconds). */
  async zoomTo(start: string | number | Date, end: string | number | Date): Promise<boolean> {
    return this._horizontal.zoomTo(start, end);
  }

  /** Horizontal view: shows all events. */
  async fit(): Promise<boolean> {
    return this._horizontal.fit();
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
  }

  /** Moves keyboard focus to an event, revealing it first if a filter or the view hides it. Resolves false for an unknown id. */
  async focusEvent(id: string): Promise<boolean> {
    const item = await this._reveal(id);
    if (!item) return false;
    this._focus.index = item.index;
    const axis = await this._horizontal.ready();
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
    // Instant under reduced motion, whatever the page's scroll-behavior says.
    const behavior = (options.smooth ?? true) && !window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'smooth' : 'instant';
    const axis = await this._horizontal.ready();
    if (axis) {
      axis.scrollIntoView({ block: 'nearest', behavior });
      return axis.selectEvent(id);
    }
    this._focus.element(item.index)?.scrollIntoView({ block: 'start', behavior });
    return true;
  }

  /** Clears what hides an event (a filter, the view) and makes sure it is drawn. */
  private async _reveal(id: string): Promise<Item | undefined> {
    await this.updateComplete;
    const vm = this._vm;
    const event = vm?.timeline.events.find((candidate) => candidate.id === id);
    if (!vm || !event) return undefined;
    this._compact.open();
    if (!vm.items.some((item) => item.event.id === id)) {
      this._filters.reveal(isHindsight(event, vm.asOf));
      await this.updateComplete;
    }
    const item = this._vm?.items.find((candidate) => candidate.event.id === id);
    if (item && item.index >= this._progressive.limit) {
      this._progressive.ensureRendered(item.index);
      await this.updateComplete;
    }
    return item;
  }

  /** Waits for the language's words (a chunk, on demand) before rendering. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const pending = this._language.ready();
    if (pending) await pending;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filterActors')) this._filters.setActors(this.filterActors);
    if (changed.has('filterKinds')) this._filters.setKinds(this.filterKinds);

    this._language.update();

    this._source.update();
    const previous = this._result;
    const result = (this._result = this._source.result);
    const inputs = ['asOf', 'baseUrl', 'src'] as const;
    const filtered = this._filters.version !== this._filtersSeen;
    if (result === previous && this._vm && !filtered && !inputs.some((key) => changed.has(key))) return;
    this._filtersSeen = this._filters.version;
    if (result !== previous && previous?.timeline !== result?.timeline) this._filters.resetView();
    this._vm = result ? this._viewModel(result.timeline) : undefined;
    // Lists are counted afresh for new data, a filter or a view.
    const items = this._vm?.items ?? [];
    this._focus.clamp(items.length);
    this._progressive.reset(items, !this._serverRendered);
  }

  private _viewModel(timeline: Timeline): ViewModel {
    const baseUrl = dataBase(this.baseUrl, this.data === undefined ? this.src : undefined, isServer ? undefined : document.baseURI);
    this._urlProblems = baseUrl === undefined ? [] : urlProblems(timeline, baseUrl);
    return viewModel(
      timeline,
      {
        asOf: this._resolveAsOf(timeline),
        view: this._filters.view,
        actorFilter: this._filters.actors,
        kindFilter: this._filters.kinds,
        baseUrl,
      },
      this._vm,
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._source.pending) {
      await this._source.pending;
      complete = await super.getUpdateComplete();
    }
    if (this._jsonLd.pending) await this._jsonLd.pending;
    // The horizontal view is drawn once its element is defined (a chunk, fetched on demand).
    if (!isServer && this._vm && this.resolvedLayout === 'horizontal' && !this._horizontal.defined) {
      await this._horizontal.load();
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
    // A load under way: the platform's formatters are made while the network works.
    if (this._source.status === 'pending') this._language.prepare();
    const result = this._result;
    this._compact.check(this._vm && result);
    if (result && result !== this._announced) {
      this._announced = result;
      const detail: DiploProblemsDetail = { problems: this.problems };
      this.dispatchEvent(new CustomEvent('diplo-problems', { detail, bubbles: true, composed: true }));
    }
  }

  private _select(item: Item): void {
    const detail: DiploSelectDetail = { id: item.event.id, event: item.event };
    this.dispatchEvent(new CustomEvent('diplo-select', { detail, bubbles: true, composed: true }));
  }

  /** The data's language where it differs from the interface's, for `lang` on data text. */
  private _dataLang(timeline: Timeline): string | undefined {
    return timeline.locale && !sameLanguage(timeline.locale, this._language.lang) ? timeline.locale : undefined;
  }

  protected override render() {
    const strings = this._language.strings;
    const dir = directionOf(this._language.lang) === 'rtl' ? 'rtl' : nothing;
    const vm = this._vm;
    const { status, error } = this._source;
    return html`
      <section
        part="base"
        class=${this._compact.active && !(status === 'error' && !vm) ? 'base compact' : 'base'}
        dir=${dir}
        aria-labelledby=${vm?.timeline.title ? 'timeline-title' : nothing}
        @focusin=${this._compact.onFocusIn}
        @scroll=${this._compact.onScroll}
      >
        ${vm ? renderHeader(vm.timeline, this.headingLevel, this._dataLang(vm.timeline), vm.context.baseUrl) : nothing}
        ${status === 'pending' && !vm ? html`<p part="status" class="status" role="status">${strings.loading}</p>` : nothing}
        ${status === 'error'
          ? html`<div part="error" class="error" role="alert">
              <strong>${strings.loadFailed}:</strong> ${error?.message}.
              ${vm ? strings.keptLast : nothing}
            </div>`
          : nothing}
        ${this.showProblems ? problemsPanel(this.problems, strings, this._language.lang) : nothing}
        ${vm ? this._renderBody(vm, strings) : nothing}
        ${this._compact.render(strings, this._language.lang, vm?.items.length)}
      </section>
    `;
  }

  private _renderBody(vm: ViewModel, strings: UiStrings) {
    if (vm.timeline.events.length === 0) return html`<p part="empty" class="empty">${strings.noEvents}</p>`;
    const count =
      vm.items.length === vm.total ? plural(this._language.lang, strings.eventCount, vm.total) : plural(this._language.lang, strings.eventsShown, vm.total, vm.items.length);
    return html`
      ${this._filters.render(vm, strings)}
      <p part="count" class="count" role="status">${count}</p>
      ${vm.items.length === 0 ? html`<p part="empty" class="empty">${strings.noMatch}</p>` : nothing}
      ${this.resolvedLayout === 'horizontal'
        ? html`${this._horizontal.render(vm, strings, this._language.lang, this._language.dateLocale, this._dataLang(vm.timeline))}
          ${this._print.active ? this._renderList(vm, strings, 'print-list') : nothing}`
        : this._renderList(vm, strings)}
    `;
  }

  /** The vertical view; printed in its place when the horizontal view shows (print-media.ts). */
  private _renderList(vm: ViewModel, strings: UiStrings, extraClass?: string) {
    return this._list.render(vm, {
      strings,
      lang: this._language.lang,
      dateLocale: this._language.dateLocale,
      dataLang: this._dataLang(vm.timeline),
      headingLevel: childLevelBase(this.headingLevel, !!vm.timeline.title),
      focus: this._focus,
      progressive: this._progressive,
      extraClass,
      hydrating: this._serverRendered && !this.hasUpdated,
      serverRendered: this._serverRendered,
      dateText: this._dateText,
    });
  }
}
