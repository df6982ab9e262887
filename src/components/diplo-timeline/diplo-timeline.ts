import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml } from 'lit/static-html.js';
import { dateLocaleFor, languageReady, directionOf, languageOf, sameLanguage } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import { uiStrings, type UiStrings } from '../../i18n/strings.js';
import {
  DAY_MS,
  EVENT_KINDS,
  dateAt,
  epochDay,
  firstDay,
  formatWhen,
  isHindsight,
  lastDay,
  latestDate,
  failedResult,
  parsePartialDate,
  parseTimeline,
  parseTimelineAsync,
  jsonLdText,
  readJSONText,
  decodeJSONBytes,
  endMs,
  sortEvents,
  startMs,
  structuredData,
  timingAsOf,
  urlProblems,
  isParsed,
  problemPlace,
  type Actor,
  type DateLocale,
  type Era,
  type EventKind,
  type ParseResult,
  type PartialDate,
  type Problem,
  type Timeline,
  type TimelineEvent,
  type When,
} from '../../model/index.js';
import { yieldToPage } from '../../model/yield.js';
import { actorIndex, liteCardElement, renderEventCard, renderLiteCard, type CardOptions, type EventContext } from '../diplo-event/event-card.js';
import { cardStyles } from '../diplo-event/diplo-event.styles.js';
import { DateTexts } from '../shared/date-texts.js';
import { nodes } from '../shared/nodes.js';
import { place } from '../shared/place.js';
import type { DiploAxis } from './diplo-axis.js';
import { looksLikeTimelineJS } from '../../importers/detect.js';
import type { TimelineFormat } from '../../importers/load.js';
import { headingTag } from '../shared/headings.js';
import { themeStyles } from '../shared/theme.styles.js';
import { timelineStyles } from './diplo-timeline.styles.js';


export type TimelineView = 'as-ran' | 'next';

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

/** From this many events on, off-screen events skip rendering (content-visibility). */
const MANY = 60;

/**
 * Long lists are ordered lists of this many events each (numbering carried on with `start`),
 * and each list skips layout while off screen: the browser then watches a hundred lists
 * rather than ten thousand items, which keeps scrolling smooth. The events drawn whole from
 * the start (WHOLE_FIRST) are a list of their own, so that the next hundred, drawn light,
 * stay light until the reader comes near them.
 */
const CHUNK = 100;

/** Which list of a long timeline the event at `index` is in (see CHUNK). */
function chunkOf(index: number): number {
  return index < WHOLE_FIRST ? -1 : Math.floor((index - WHOLE_FIRST) / CHUNK);
}

/** Consecutive items in the same list of a long timeline. */
function chunksOf(items: readonly Item[]): Item[][] {
  const chunks: Item[][] = [];
  let current: Item[] = [];
  let last: number | undefined;
  for (const item of items) {
    const chunk = chunkOf(item.index);
    if (chunk !== last) chunks.push((current = []));
    current.push(item);
    last = chunk;
  }
  return chunks;
}

/**
 * Long lists render progressively: this many events at once (light cards, mostly), then a
 * batch per frame (sized to take about BATCH_MS), so the first events show at once and no
 * task blocks the page.
 */
const FIRST_BATCH = 150;
const BATCH = 150;
/** The time one batch may take to render, in milliseconds. */
const BATCH_MS = 30;

/**
 * Long lists draw their far-off events as light cards (kind, date, headline, status, actors,
 * place, summary) and swap in the whole card when the browser says an event became
 * relevant (near the viewport, focused, a find-in-page match): the
 * `contentvisibilityautostatechange` event. The first events are whole from the start.
 * Browsers without the event draw every card whole.
 */
const WHOLE_FIRST = 24;
const LITE_CARDS = typeof window !== 'undefined' && 'ContentVisibilityAutoStateChangeEvent' in window;

/** layout="auto" turns horizontal from this element width on. */
const HORIZONTAL_MIN_WIDTH = 720;

/** A date string, Date or number as timeline milliseconds (the start or the end of a date). */
function toTime(value: string | number | Date, edge: 'start' | 'end'): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  const parsed = parsePartialDate(value);
  if (!parsed.ok) return undefined;
  return edge === 'start' ? startMs(parsed.date) : endMs(parsed.date);
}

/** `diplo-select`: the reader activated an event (Enter, or a click on its card). */
export interface DiploSelectDetail {
  id: string;
  event: TimelineEvent;
}

/** `diplo-problems`: the data was read; these are its problems (possibly none). */
export interface DiploProblemsDetail {
  problems: readonly Problem[];
}

/** `diplo-error`: loading `src` failed. */
export interface DiploErrorDetail {
  src: string;
  message: string;
}

/** `diplo-filter-change`: the reader changed the actor or kind filters, or the view. */
export interface DiploFilterChangeDetail {
  actors: string[];
  kinds: EventKind[];
  view: TimelineView;
}

interface Item {
  event: TimelineEvent;
  /** Position among the shown events. */
  index: number;
}

interface Segment {
  items: Item[];
  markerBefore: boolean;
}

interface Section {
  era?: Era;
  segments: Segment[];
}

interface ViewModel {
  timeline: Timeline;
  /** What each card needs from the timeline; one object per view, so cards re-render only when it changes. */
  context: EventContext;
  /** The date cards derive status at: the as-of date as the story ran, the data's horizon after. */
  cardAsOf: PartialDate;
  /** Actors by id (colours checked), for the cards. */
  actorIndex: Map<string, Actor>;
  /** The events of the current view, before the reader's filters. */
  inView: TimelineEvent[];
  asOf: PartialDate;
  hasHindsight: boolean;
  total: number;
  items: Item[];
  /** The events shown, in order: one array per view model, so the axis re-places only when they change. */
  events: TimelineEvent[];
  sections: Section[];
  actors: { id: string; label: string }[];
  kinds: EventKind[];
}

/** Splits a space- or comma-separated attribute into values. */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** A date of day precision for an epoch day (of year precision in deep time). */
function dayDate(day: number): PartialDate {
  return dateAt(day * DAY_MS);
}

/** Where an event sits in the timeline: a deadline at its due day, anything else at its start. */
function placement(event: TimelineEvent): TimelineEvent | (TimelineEvent & { when: When }) {
  if (event.kind !== 'deadline') return event;
  return { ...event, when: { start: dayDate(lastDay(event.when.end ?? event.when.start)) } };
}

function localToday(): PartialDate {
  const now = new Date();
  return dayDate(epochDay(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

export type { TimelineFormat };

/** Reads a parsed JSON value in the given format; without one, TimelineJS files are recognised. */
/** The TimelineJS importer, loaded the first time a timeline is given TimelineJS data. */
function fromTimelineJS(value: unknown): Promise<ParseResult> {
  return import('../../importers/timelinejs.js').then((importer) => importer.fromTimelineJS(value));
}

/** From this many events on, a document is read in slices that yield to the page. */
const READ_ASYNC_FROM = 1000;

function isTimelineJS(value: unknown, format: string | undefined): boolean {
  return format === 'timelinejs' || (format !== 'diplo' && looksLikeTimelineJS(value));
}

/** A timeline this library's parser returned in this page (the trust boundary). */
function isParsedTimeline(value: unknown): value is Timeline {
  return isParsed(value) && typeof value === 'object' && value !== null && 'events' in value;
}

/** How many events a document holds (0 for anything unreadable). */
function eventCount(value: unknown): number {
  try {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, 'events')) return 0;
    const events = (value as { events?: unknown }).events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

/** Reads a document; a big one in slices, so that the page stays responsive while it is read. */
async function interpretAsync(value: unknown, format: string | undefined, signal?: AbortSignal): Promise<ParseResult> {
  if (isTimelineJS(value, format)) return fromTimelineJS(value);
  if (eventCount(value) < READ_ASYNC_FROM) return parseTimeline(value);
  return parseTimelineAsync(value, { signal });
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

/** A Trusted Types policy for JSON-LD text, where the browser has Trusted Types. */
function jsonLdPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy } })
    .trustedTypes;
  try {
    policy = factory?.createPolicy('diplo-timeline-json-ld', { createScript: (text) => text }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

/** A result with problems found before parsing (the file's encoding, keys given twice) first. */
function withProblems(found: readonly Problem[], result: ParseResult): ParseResult {
  return found.length ? { timeline: result.timeline, problems: [...found, ...result.problems] } : result;
}

async function loadTimeline(
  src: string,
  format: string | undefined,
  timeoutMs: number,
  signal: AbortSignal,
  duplicateKeys: boolean,
): Promise<ParseResult> {
  // Our own controller: it follows the task's (a newer src aborts this one) and the timeout.
  const controller = new AbortController();
  const abort = () => {
    controller.abort();
  };
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failed = (error: unknown, what: string): never => {
    if (signal.aborted) throw error;
    if (timedOut) throw new Error(`no answer after ${String(Math.round(timeoutMs / 100) / 10)} s`);
    throw new Error(`${what} (${error instanceof Error ? error.message : String(error)})`);
  };
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json, text/csv' } });
    } catch (error) {
      return failed(error, 'the network request failed');
    }
    if (!response.ok) {
      throw new Error(`the server answered HTTP ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      return failed(error, 'the connection closed before the whole file arrived');
    }
    const decoded = decodeJSONBytes(bytes, { fallback: 'windows-1252' });
    if (!decoded.ok) throw new Error(decoded.message);
    const { text } = decoded;
    const type = response.headers.get('content-type') ?? '';
    // Text that does not start as JSON may be a spreadsheet: the importer (loaded only then) decides, and names a sign-in page.
    const sheet =
      format === 'csv' || format === 'tsv' || !/^\s*[{[]/.test(text)
        ? await import('../../importers/load.js').then((load) => load.readIfSpreadsheet(text, format, type, src))
        : undefined;
    if (!sheet && (type.includes('text/html') || /^\s*</.test(text))) {
      throw new Error('received HTML, not JSON (is the address right?)');
    }
    const found: Problem[] = decoded.warning ? [{ path: '', severity: 'warning', message: decoded.warning }] : [];
    const read = sheet ? { ok: true as const, value: undefined, problems: [] } : readJSONText(text, { duplicateKeys });
    const result = sheet
      ? withProblems(found, sheet)
      : read.ok ? withProblems([...found, ...read.problems], await interpretAsync(read.value, format, signal)) : failedResult(read.message);
    const fatal = result.problems.find((problem) => problem.path === '' && problem.row === undefined && problem.severity === 'error');
    if (fatal && result.timeline.events.length === 0) throw new Error(fatal.message);
    return result;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
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

  /** URL of a timeline: a JSON document, or a spreadsheet (CSV, TSV, a published Google Sheet). Changing it aborts a load under way. */
  @property() src?: string;

  /** How long a `src` load may take before it fails, in milliseconds. */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = 20_000;

  /** The story's date (`YYYY-MM-DD`), overriding the document's `asOf`. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /**
   * The data's format: `diplo` (this library's), `timelinejs` (TimelineJS3 JSON, converted
   * on the fly), `csv` or `tsv` (a spreadsheet: this library's layout or TimelineJS's template,
   * read by an importer loaded only then). Unset, a spreadsheet is recognised by its content
   * type or address (`.csv`, `.tsv`, a Google Sheet published with `output=csv`), and a
   * TimelineJS file by its shape.
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
  @property() actors?: string;

  /** Event kinds to show at first, space-separated; empty shows all. */
  @property() kinds?: string;

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

  @state() private _inlineText?: string;
  @state() private _view: TimelineView = 'as-ran';
  @state() private _actorFilter = new Set<string>();
  @state() private _kindFilter = new Set<EventKind>();
  @state() private _focusIndex = 0;
  @state() private _dateLocale?: DateLocale;
  /** The element's width, as last observed, for layout="auto" (not state: most widths change nothing). */
  private _hostWidth = 0;
  @state() private _hydrated = false;
  /** How many of the shown events are rendered so far (progressive rendering). */
  @state() private _limit = Infinity;
  private _growFrame = 0;
  private _growRun = 0;
  private _growPaused = false;
  /** The horizontal view's chunk could not be fetched: the list stands in for it. */
  private _axisFailed = false;
  private _batch = BATCH;
  /** Events drawn as whole cards in a long list (the others are light until relevant). */
  private _whole = new WeakSet<TimelineEvent>();
  /** Light list items built with DOM calls, kept while nothing they show changes. */
  private _liteItems = new WeakMap<TimelineEvent, { key: readonly unknown[]; index: number; node: HTMLLIElement }>();
  /** Every card whole: printing, or a browser that cannot say when a light card comes near. */
  private _allWhole = false;
  private _serverRendered = false;
  private _resize?: ResizeObserver;

  private _lang = 'en';
  private _result?: ParseResult;
  /** The last read of `data` or inline JSON: what was read, and its result once there. */
  private _read?: { source: unknown; format?: string; result?: ParseResult; pending?: Promise<void> };
  private _lastGood?: ParseResult;
  private _announcedResult?: ParseResult;
  private _vm?: ViewModel;
  private _attributeProblems: Problem[] = [];
  /** Addresses in the data that do not resolve to http(s) against the base in use. */
  private _urlProblems: Problem[] = [];
  private _observer?: MutationObserver;
  private _pendingHash = true;

  private _load = new Task(this, {
    task: async ([src, format], { signal }) => {
      if (!src) return initialState;
      // Keys given twice are looked for when an editor asked to see problems (a scan of the whole text).
      const result = await loadTimeline(src, format, this.loadTimeout, signal, this.showProblems);
      this._lastGood = result;
      return result;
    },
    args: () => [this.data === undefined ? this.src : undefined, this.format] as const,
    onError: (error) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const detail: DiploErrorDetail = { src: this.src ?? '', message: error instanceof Error ? error.message : String(error) };
      this.dispatchEvent(new CustomEvent('diplo-error', { detail, bubbles: true, composed: true }));
    },
  });

  /** The layout in use: `auto` resolved against the element's width (vertical before it is known). */
  get resolvedLayout(): 'vertical' | 'horizontal' {
    // The server can only draw the list (it has no width, and the list reads without JavaScript).
    if (isServer || (this._serverRendered && !this._hydrated)) return 'vertical';
    if (this._axisFailed) return 'vertical';
    if (this.layout === 'horizontal') return 'horizontal';
    if (this.layout === 'vertical') return 'vertical';
    return this._hostWidth >= HORIZONTAL_MIN_WIDTH ? 'horizontal' : 'vertical';
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

  /** The validated timeline on screen, if any. */
  get timeline(): Timeline | undefined {
    return this._result?.timeline;
  }

  override connectedCallback(): void {
    // Rendered on the server (declarative shadow DOM already there): hydrate the list the
    // server drew before switching to the horizontal axis.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this._serverRendered = true;
    super.connectedCallback();
    this._readInline();
    // Inline JSON edited in place (a CMS preview), and a change of the element's own lang.
    this._observer ??= new MutationObserver((mutations) => {
      if (mutations.some((mutation) => mutation.type === 'attributes')) this.requestUpdate();
      else this._readInline();
    });
    this._observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('beforeprint', this._showAllWhole);
    // Applied on the next frame: changing layout inside the observer's callback would
    // resize what it observes in the same frame (a "ResizeObserver loop").
    this._resize ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      requestAnimationFrame(() => {
        // Only `layout="auto"` depends on the width, and only a change of view needs a render.
        const before = this.resolvedLayout;
        this._hostWidth = width;
        if (this.resolvedLayout !== before) this.requestUpdate();
      });
    });
    this._resize.observe(this);
    // Detached half-way through a long list: carry on where it stopped.
    if (this.hasUpdated && this._limit !== Infinity) this._scheduleGrow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._resize?.disconnect();
    cancelAnimationFrame(this._growFrame);
    this._growRun++;
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('beforeprint', this._showAllWhole);
  }

  /** Every card whole: before printing, and in a browser without the relevance event. */
  private _showAllWhole = () => {
    if (this._allWhole) return;
    this._allWhole = true;
    this._ensureRendered(Infinity);
    this.requestUpdate();
  };

  /** An event near the viewport, focused or found by find-in-page: draw its whole card. */
  private _onRelevant = {
    capture: true,
    handleEvent: (event: Event) => {
      const list = event.target as HTMLElement;
      const first = list.querySelector<HTMLElement>(':scope > li.event');
      const chunk = first ? chunkOf(Number(first.getAttribute('data-index'))) : undefined;
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) {
        if (chunk !== undefined) this._relevantChunks.delete(chunk);
        return;
      }
      // Items added to this list while it stays relevant (a long list still rendering) are whole too.
      if (chunk !== undefined) this._relevantChunks.add(chunk);
      let changed = false;
      for (const li of list.querySelectorAll<HTMLElement>(':scope > li.lite')) {
        const item = this._vm?.items[Number(li.dataset.index)];
        if (!item || this._whole.has(item.event)) continue;
        this._whole.add(item.event);
        changed = true;
      }
      if (changed) this.requestUpdate();
      void this.updateComplete.then(() => {
        requestAnimationFrame(() => {
          this._learnItemSize(list);
        });
      });
    },
  };

  /** The lists (by chunkOf) the browser last said are relevant, for the current view model. */
  private _relevantChunks = new Set<number>();
  private _sized = new WeakSet<Element>();
  private _sizes = { height: 0, items: 0 };

  /**
   * Lists off screen take the size of their items at the average height of the items drawn
   * so far (a guess of 9rem before any is drawn): the scrollbar, find-in-page and
   * scrollIntoView then land where the list will be, with little shift as lists come near.
   */
  private _learnItemSize(list: HTMLElement): void {
    const items = list.querySelectorAll(':scope > li.event:not(.lite)').length;
    if (this._sized.has(list) || !list.isConnected || items !== list.children.length || !items) return;
    const height = list.getBoundingClientRect().height;
    if (!height) return;
    this._sized.add(list);
    this._sizes.height += height;
    this._sizes.items += items;
    const estimate = Math.round(this._sizes.height / this._sizes.items);
    list.closest<HTMLElement>('[part="list"]')?.style.setProperty('--_item-size', `${String(estimate)}px`);
  }

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this._inlineText = script?.textContent ?? undefined;
  }

  /** Moves keyboard focus to an event, revealing it first if a filter or the view hides it. Resolves false for an unknown id. */
  async focusEvent(id: string): Promise<boolean> {
    const item = await this._reveal(id);
    if (!item) return false;
    this._focusIndex = item.index;
    await this._axisReady();
    const axis = this._axis;
    if (axis) return axis.focusEvent(id);
    this._itemElement(item.index)?.focus();
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
    this._itemElement(item.index)?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
    return true;
  }

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
    if (item && item.index >= this._limit) {
      this._ensureRendered(item.index);
      await this.updateComplete;
    }
    return item;
  }

  private _itemElement(index: number): HTMLElement | undefined {
    return this.renderRoot.querySelectorAll<HTMLElement>('li.event')[index];
  }

  /** Waits for the language's words and date tables (a chunk each, on demand) before rendering. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const pending = isServer ? undefined : languageReady(languageOf(this));
    if (pending) await pending;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('actors')) this._actorFilter = new Set(listOf(this.actors));
    if (changed.has('kinds')) {
      this._kindFilter = new Set(listOf(this.kinds).filter((kind): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind)));
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

    const previous = this._result;
    this._result = this._currentResult();
    if (this._result !== previous || changed.has('asOf') || changed.has('baseUrl') || changed.has('src') || changed.has('_view') || changed.has('_actorFilter') || changed.has('_kindFilter') || !this._vm) {
      if (this._result !== previous && previous?.timeline !== this._result?.timeline) this._view = 'as-ran';
      this._vm = this._result ? this._viewModel(this._result.timeline) : undefined;
      // Lists are counted afresh for new data, a filter or a view: sizes are learned afresh too.
      this._relevantChunks.clear();
      this._sized = new WeakSet();
      this._sizes = { height: 0, items: 0 };
      const count = this._vm?.items.length ?? 0;
      if (this._focusIndex >= count) this._focusIndex = Math.max(0, count - 1);
      this._startProgressive(count);
    }
  }

  /**
   * Renders a long list in batches. Not on the server, nor when hydrating a server render
   * (the first client render must match the server's, which has every event).
   */
  private _startProgressive(count: number): void {
    if (isServer || this._serverRendered || count <= FIRST_BATCH) {
      if (!isServer) cancelAnimationFrame(this._growFrame);
      this._growRun++;
      this._limit = Infinity;
      return;
    }
    this._limit = FIRST_BATCH;
    this._batch = BATCH;
    this._scheduleGrow();
  }

  /** Adds the next batch on the next frame, sized to the time the last one took. */
  private _scheduleGrow(): void {
    cancelAnimationFrame(this._growFrame);
    // The horizontal view draws no list: growing it would re-render for nothing. It resumes
    // if the view turns vertical.
    this._growPaused = this.resolvedLayout === 'horizontal';
    if (this._growPaused) return;
    const run = ++this._growRun;
    this._growFrame = requestAnimationFrame(() => void this._growNext(run));
  }

  private async _growNext(run: number): Promise<void> {
    if (this._limit >= (this._vm?.items.length ?? 0)) {
      this._limit = Infinity;
      return;
    }
    const start = performance.now();
    this._limit += this._batch;
    await this.updateComplete;
    if (run !== this._growRun) return;
    const spent = Math.max(1, performance.now() - start);
    this._batch = Math.round(Math.min(4 * this._batch, Math.max(BATCH / 2, (this._batch * BATCH_MS) / spent)));
    this._scheduleGrow();
  }

  /** Makes sure the event at `index` is rendered (progressive rendering may not have reached it). */
  private _ensureRendered(index: number): void {
    if (index >= this._limit) {
      cancelAnimationFrame(this._growFrame);
      this._growRun++;
      this._limit = Infinity;
    }
  }

  private _currentResult(): ParseResult | undefined {
    if (this.data !== undefined) {
      const data: unknown = this.data;
      return this._readOnce(data, () => ({ ok: true, value: data }));
    }
    if (this.src) {
      return this._load.status === TaskStatus.COMPLETE ? (this._load.value ?? this._lastGood) : this._lastGood;
    }
    const inline = this._inlineText;
    if (inline !== undefined) return this._readOnce(inline, () => readJSONText(inline, { duplicateKeys: this.showProblems }));
    return undefined;
  }

  /**
   * Reads a source only when it (or the format) changed since the last read. A big
   * document is read in slices (the page stays responsive); until it is read, what was on
   * screen stays, and `updateComplete` waits for it.
   */
  private _readOnce(
    source: unknown,
    value: () => { ok: true; value: unknown; problems?: Problem[] } | { ok: false; message: string },
  ): ParseResult | undefined {
    const format = this.format;
    const last = this._read;
    if (last && last.source === source && last.format === format) return last.result ?? this._result;
    const read: NonNullable<typeof this._read> = { source, format };
    this._read = read;
    const json = value();
    if (!json.ok) {
      read.result = failedResult(json.message);
      return read.result;
    }
    // The server, and hydration of what it drew, read at once: the first render must be whole.
    // (The server converts TimelineJS data before it renders.)
    const hydrating = this._serverRendered && !this.hasUpdated;
    const timelineJS = !isServer && isTimelineJS(json.value, format);
    const found = json.problems ?? [];
    // A timeline this library's parser gave (another element's `timeline`) is drawn as it is.
    if (isParsedTimeline(json.value)) {
      read.result = { timeline: json.value, problems: [] };
      return read.result;
    }
    if (!timelineJS && (isServer || hydrating || eventCount(json.value) < READ_ASYNC_FROM)) {
      read.result = withProblems(found, parseTimeline(json.value));
      return read.result;
    }
    read.pending = interpretAsync(json.value, format)
      .catch((error: unknown) => failedResult(`the data could not be read (${String(error)})`))
      .then(async (result) => {
        // The page gets a turn between the last slice of the read and the first render.
        await yieldToPage();
        read.result = withProblems(found, result);
        read.pending = undefined;
        if (this._read === read) this.requestUpdate();
      });
    return this._result;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._read?.pending) {
      await this._read.pending;
      complete = await super.getUpdateComplete();
    }
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
    return timeline.asOf ?? localToday();
  }

  private _viewModel(timeline: Timeline): ViewModel {
    const asOf = this._resolveAsOf(timeline);
    // Sorted by placement (a deadline at its due day), keeping the events themselves.
    const sorted = sortEvents(timeline.events.map((event) => ({ when: placement(event).when, event }))).map(({ event }) => event);
    const hasHindsight = sorted.some((event) => isHindsight(event, asOf));
    const view = hasHindsight ? this._view : 'as-ran';
    const inView = sorted.filter((event) => view === 'next' || !isHindsight(event, asOf));
    const shown = inView.filter(
      (event) =>
        (this._actorFilter.size === 0 || event.actors.some((actor) => this._actorFilter.has(actor))) &&
        (this._kindFilter.size === 0 || this._kindFilter.has(event.kind)),
    );

    const items: Item[] = shown.map((event, index) => ({ event, index }));

    const eras = timeline.eras ?? [];
    const eraOf = (event: TimelineEvent) => {
      const day = firstDay(placement(event).when.start);
      return eras.find((era) => firstDay(era.start) <= day && day <= lastDay(era.end));
    };
    const aheadOf = (event: TimelineEvent) => timingAsOf(event, asOf) === 'ahead';
    const sections: Section[] = [];
    let markerShown = false;
    for (const item of items) {
      const era = eraOf(item.event);
      let section = sections[sections.length - 1];
      if (!section || section.era !== era) {
        section = { era, segments: [] };
        sections.push(section);
      }
      const markerBefore = !markerShown && aheadOf(item.event);
      let segment = section.segments[section.segments.length - 1];
      if (!segment || markerBefore) {
        segment = { items: [], markerBefore };
        section.segments.push(segment);
      }
      if (markerBefore) markerShown = true;
      segment.items.push(item);
    }

    const actorsInData = new Set(inView.flatMap((event) => event.actors));
    const titles = new Map(timeline.events.map((event) => [event.id, event.title]));
    const horizon = latestDate(timeline.events);
    const baseUrl = this._resolveBase();
    this._urlProblems = baseUrl === undefined ? [] : urlProblems(timeline, baseUrl);
    return {
      timeline,
      context: { titles, showAhead: view === 'as-ran', baseUrl },
      cardAsOf: view === 'as-ran' ? asOf : (horizon ?? asOf),
      actorIndex: actorIndex(timeline.actors),
      inView,
      asOf,
      hasHindsight,
      total: inView.length,
      items,
      events: shown,
      sections,
      actors: timeline.actors.filter((actor) => actorsInData.has(actor.id)).map((actor) => ({ id: actor.id, label: actor.shortName ?? actor.name })),
      kinds: EVENT_KINDS.filter((kind) => inView.some((event) => event.kind === kind)),
    };
  }

  protected override firstUpdated(): void {
    if (this._serverRendered) {
      requestAnimationFrame(() => {
        this._hydrated = true;
        // A browser that cannot say when a light card comes near gets every card whole.
        if (!LITE_CARDS) this._showAllWhole();
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this._growPaused && this._limit !== Infinity && this.resolvedLayout === 'vertical') this._scheduleGrow();
    super.updated(changed);
    if (this._result && this._result !== this._announcedResult) {
      this._announcedResult = this._result;
      const detail: DiploProblemsDetail = { problems: this.problems };
      this.dispatchEvent(new CustomEvent('diplo-problems', { detail, bubbles: true, composed: true }));
    }
    this._writeStructuredData();
    if (this._pendingHash && this._vm?.items.length) {
      this._pendingHash = false;
      void this._followHash();
    }
  }

  private _structuredDataScript?: HTMLScriptElement;
  private _structuredDataText?: string;

  /** Keeps the light-DOM JSON-LD script in step with what the view shows. */
  private _writeStructuredData(): void {
    const vm = this._vm;
    if (!this.structuredData || !vm) {
      this._structuredDataScript?.remove();
      this._structuredDataScript = undefined;
      this._structuredDataText = undefined;
      return;
    }
    const text = jsonLdText(structuredData(vm.timeline, { url: window.location.href, asOf: vm.asOf, events: vm.inView }));
    if (text === this._structuredDataText && this._structuredDataScript?.parentNode === this) return;
    // Adopt the script a server render left, rather than adding a second one.
    const script =
      this._structuredDataScript ??
      this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-diplo-structured-data]') ??
      document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.diploStructuredData = '';
    // Pages that enforce Trusted Types require a TrustedScript even for JSON-LD; the text is
    // our own serialization with every "<" escaped.
    const policy = jsonLdPolicy();
    if (policy) script.text = policy.createScript(text) as string;
    else script.text = text;
    if (script.parentNode !== this) this.append(script);
    this._structuredDataScript = script;
    this._structuredDataText = text;
  }

  private _onHashChange = () => {
    void this._followHash();
  };

  private async _followHash(): Promise<void> {
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return;
    }
    if (!id || !this._vm?.timeline.events.some((event) => event.id === id)) return;
    await this.scrollToEvent(id, { smooth: false });
    await this.focusEvent(id);
  }

  private _fireFilterChange(): void {
    const detail: DiploFilterChangeDetail = { actors: [...this._actorFilter], kinds: [...this._kindFilter], view: this._view };
    this.dispatchEvent(new CustomEvent('diplo-filter-change', { detail, bubbles: true, composed: true }));
  }

  private _toggleActor(id: string): void {
    const next = new Set(this._actorFilter);
    if (!next.delete(id)) next.add(id);
    this._actorFilter = next;
    this._fireFilterChange();
  }

  private _toggleKind(kind: EventKind): void {
    const next = new Set(this._kindFilter);
    if (!next.delete(kind)) next.add(kind);
    this._kindFilter = next;
    this._fireFilterChange();
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
    this._focusIndex = item.index;
    const detail: DiploSelectDetail = { id: item.event.id, event: item.event };
    this.dispatchEvent(new CustomEvent('diplo-select', { detail, bubbles: true, composed: true }));
  }

  private _itemFromEvent(event: Event): Item | undefined {
    const li = event.composedPath().find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.classList.contains('event'));
    const index = li ? Number(li.dataset.index) : Number.NaN;
    return Number.isInteger(index) ? this._vm?.items[index] : undefined;
  }

  private _onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('event')) return;
    const item = this._itemFromEvent(event);
    const count = this._vm?.items.length ?? 0;
    if (!item || !count) return;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(count - 1, item.index + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, item.index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageDown':
        next = Math.min(count - 1, item.index + 5);
        break;
      case 'PageUp':
        next = Math.max(0, item.index - 5);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this._select(item);
        return;
      default:
        return;
    }
    event.preventDefault();
    this._focusIndex = next;
    this._ensureRendered(next);
    void this.updateComplete.then(() => {
      this._itemElement(next)?.focus();
    });
  };

  private _onClick = (event: MouseEvent) => {
    const interactive = event.composedPath().some((node) => node instanceof HTMLAnchorElement || node instanceof HTMLButtonElement);
    if (interactive) return;
    const item = this._itemFromEvent(event);
    if (item) this._select(item);
  };

  private _onFocusIn = (event: FocusEvent) => {
    const item = this._itemFromEvent(event);
    if (!item || item.index === this._focusIndex) return;
    this._focusIndex = item.index;
    // A light item (clicked, or reached by a screen reader) becomes whole: a new element, so
    // focus moves to it, where the reader put it.
    const target = event.target as Element;
    if (!target.classList.contains('lite')) return;
    void this.updateComplete.then(() => {
      if (target.isConnected || this.renderRoot.querySelector(':focus')) return;
      const whole = this.renderRoot.querySelector<HTMLElement>(`li.event[data-index="${String(item.index)}"]`);
      if (whole && !whole.classList.contains('lite')) whole.focus({ preventScroll: true });
    });
  };

  protected override render() {
    const strings = uiStrings(this._lang);
    const dir = directionOf(this._lang) === 'rtl' ? 'rtl' : nothing;
    const vm = this._vm;
    const loading = (!!this.src && this.data === undefined && this._load.status === TaskStatus.PENDING) || !!this._read?.pending;
    const failed = !!this.src && this.data === undefined && this._load.status === TaskStatus.ERROR;
    const error = failed ? this._load.error : undefined;
    return html`
      <section part="base" class="base" dir=${dir} aria-labelledby=${vm?.timeline.title ? 'timeline-title' : nothing}>
        ${vm ? this._renderHeader(vm) : nothing}
        ${loading && !vm ? html`<p part="status" class="status" role="status">${strings.loading}</p>` : nothing}
        ${failed
          ? html`<div part="error" class="error" role="alert">
              <strong>${strings.loadFailed}:</strong> ${error instanceof Error ? error.message : String(error)}.
              ${vm ? strings.keptLast : nothing}
            </div>`
          : nothing}
        ${this.showProblems && this.problems.length
          ? html`<details part="problems" class="problems" open>
              <summary>${plural(this._lang, strings.problems, this.problems.length)}</summary>
              <ul>
                ${this.problems.map(
                  (problem) => html`<li class=${problem.severity}>
                    <code>${problemPlace(problem)}</code> ${problem.severity}: ${problem.message}
                  </li>`,
                )}
              </ul>
            </details>`
          : nothing}
        ${vm ? this._renderBody(vm, strings) : nothing}
      </section>
    `;
  }

  private _dates = new DateTexts();
  private _dateText = (event: TimelineEvent): string => this._dates.get(event, this._dateLocale);

  /** A far-off event's list item, light, built with DOM calls (the same markup as the template's). */
  private _liteItem(item: Item, card: CardOptions, key: readonly unknown[]): HTMLLIElement {
    const kept = this._liteItems.get(item.event);
    if (kept?.index === item.index && kept.key.every((value, i) => value === key[i])) return kept.node;
    const li = document.createElement('li');
    li.setAttribute('part', 'event');
    li.className = 'event lite';
    li.id = item.event.id;
    li.setAttribute('data-index', String(item.index)); // (not .dataset: that keeps a DOMStringMap per item)
    li.tabIndex = -1;
    li.setAttribute('aria-label', this._labelFor(item.event));
    li.append(liteCardElement(item.event, card));
    this._liteItems.set(item.event, { key, index: item.index, node: li });
    return li;
  }

  private _labelFor(event: TimelineEvent): string {
    return `${this._dateText(event)}: ${event.title}`;
  }

  /** The data's language where it differs from the interface's, for `lang` on data text. */
  private _dataLang(timeline: Timeline) {
    return timeline.locale && !sameLanguage(timeline.locale, this._lang) ? timeline.locale : nothing;
  }

  private _renderHeader(vm: ViewModel) {
    const { timeline } = vm;
    return html`<div part="header" class="header">
      ${timeline.title
        ? staticHtml`<${headingTag(this.headingLevel)} part="title" class="title" id="timeline-title" dir="auto" lang=${this._dataLang(timeline)}>${timeline.title}</${headingTag(this.headingLevel)}>`
        : nothing}
      ${timeline.summary
        ? html`<p part="summary" class="summary" dir="auto" lang=${this._dataLang(timeline)}>${timeline.summary}</p>`
        : nothing}
    </div>`;
  }

  private _renderBody(vm: ViewModel, strings: UiStrings) {
    if (vm.timeline.events.length === 0) return html`<p part="empty" class="empty">${strings.noEvents}</p>`;
    const filtered = this._actorFilter.size > 0 || this._kindFilter.size > 0;
    const view = vm.hasHindsight ? this._view : 'as-ran';
    return html`
      <div part="controls" class="controls">
        ${vm.hasHindsight
          ? html`<div part="view-switch" class="group" role="group" aria-label=${strings.viewLabel}>
              <button type="button" aria-pressed=${view === 'as-ran' ? 'true' : 'false'} @click=${() => {
                this._setView('as-ran');
              }}>
                ${strings.asRan}
              </button>
              <button type="button" aria-pressed=${view === 'next' ? 'true' : 'false'} @click=${() => {
                this._setView('next');
              }}>
                ${strings.whatNext}
              </button>
            </div>`
          : nothing}
        ${vm.actors.length > 1 || vm.kinds.length > 1
          ? html`<details part="filters" class="filters" ?open=${filtered}>
              <summary>${strings.filter}</summary>
        ${vm.actors.length > 1
              ? html`<div class="group" role="group" aria-label=${strings.filterActors}>
                  ${vm.actors.map(
                    (actor) => html`<button
                      type="button"
                      part="filter"
                      aria-pressed=${this._actorFilter.has(actor.id) ? 'true' : 'false'}
                      @click=${() => {
                        this._toggleActor(actor.id);
                      }}
                    >
                      ${actor.label}
                    </button>`,
                  )}
                </div>`
              : nothing}
            ${vm.kinds.length > 1
              ? html`<div class="group" role="group" aria-label=${strings.filterKinds}>
                  ${vm.kinds.map(
                    (kind) => html`<button
                      type="button"
                      part="filter"
                      aria-pressed=${this._kindFilter.has(kind) ? 'true' : 'false'}
                      @click=${() => {
                        this._toggleKind(kind);
                      }}
                    >
                      ${strings.kinds[kind]}
                    </button>`,
                  )}
                </div>`
              : nothing}
            </details>`
          : nothing}
        ${filtered ? html`<button type="button" class="show-all" @click=${this._showAll}>${strings.showAll}</button>` : nothing}
      </div>
      <p part="count" class="count" role="status">${vm.items.length === vm.total
        ? plural(this._lang, strings.eventCount, vm.total)
        : plural(this._lang, strings.eventsShown, vm.total, vm.items.length)}</p>
      ${vm.items.length === 0 ? html`<p part="empty" class="empty">${strings.noMatch}</p>` : nothing}
      ${this.resolvedLayout === 'horizontal'
        ? this._renderAxis(vm, strings)
        : html`<div part="list" class=${vm.items.length > MANY ? 'list many' : 'list'} @keydown=${this._onKeyDown} @click=${this._onClick} @focusin=${this._onFocusIn} @contentvisibilityautostatechange=${this._onRelevant}>
        ${vm.sections.filter((section) => (section.segments[0]?.items[0]?.index ?? 0) < this._limit).map((section) => this._renderSection(section, vm, strings, view))}
      </div>`}
    `;
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
    const { context } = vm;
    return html`<diplo-axis
      part="axis"
      .events=${vm.events}
      .actors=${vm.timeline.actors}
      .eras=${vm.timeline.eras ?? []}
      .asOfDate=${vm.cardAsOf}
      .dateLocale=${this._dateLocale}
      .strings=${strings}
      .context=${context}
      .direction=${directionOf(this._lang)}
      .dataLang=${vm.timeline.locale}
      ?single-lane=${this.singleLane}
      .today=${this.showToday ? localToday() : undefined}
      theme=${this.theme ?? nothing}
    ></diplo-axis>`;
  }

  private _renderSection(section: Section, vm: ViewModel, strings: UiStrings, view: TimelineView) {
    const eventLevel = this.headingLevel + (section.era ? 2 : 1);
    const { context, cardAsOf } = vm;
    const dataLang = vm.timeline.locale && !sameLanguage(vm.timeline.locale, this._lang) ? vm.timeline.locale : undefined;
    const card: CardOptions = {
      strings,
      lang: this._lang,
      locale: this._dateLocale,
      asOf: cardAsOf,
      actors: vm.actorIndex,
      dataLang,
      headingLevel: Math.min(6, eventLevel),
      context,
      inTimeline: true,
      dateText: this._dateText,
    };
    // The server draws far-off events light too (a long list stays a page a phone can open,
    // and hydrates quickly); hydration draws what the server drew.
    const hydrating = this._serverRendered && !this.hasUpdated;
    const lite = (isServer || hydrating || LITE_CARDS) && vm.items.length > MANY && !this._allWhole;
    const whole = (item: Item) =>
      !lite || item.index < WHOLE_FIRST || item.index === this._focusIndex || this._whole.has(item.event) || this._relevantChunks.has(chunkOf(item.index));
    // In the browser a light item is built with DOM calls: no template instance, parts or
    // bindings per event. The server draws the same markup from the template, so a timeline
    // it rendered keeps the template after hydration (building would draw every item again).
    const built = !isServer && !this._serverRendered;
    const liteKey = [context, cardAsOf, this._dateLocale, this._lang, eventLevel, vm.actorIndex];
    const many = vm.items.length > MANY;
    const listClass = (segment: Segment) => (segment.markerBefore && view === 'as-ran' ? 'events ahead' : 'events');
    // An item re-renders only when something it shows changes: long lists render in batches,
    // and earlier items must cost nothing then. Cards are drawn straight into the list (no
    // element and shadow root per event).
    const renderItem = (item: Item) =>
      built && !whole(item)
        ? this._liteItem(item, card, liteKey)
        : guard([item, item.index === this._focusIndex, whole(item), context, cardAsOf, this._dateLocale, this._lang, eventLevel, vm.actorIndex], () => html`<li
              part="event"
              class=${whole(item) ? 'event' : 'event lite'}
              id=${item.event.id}
              data-index=${item.index}
              tabindex=${item.index === this._focusIndex ? '0' : '-1'}
              aria-label=${this._labelFor(item.event)}
            >${whole(item) ? renderEventCard(item.event, card) : renderLiteCard(item.event, card)}</li>`);
    // A list of light items only: their elements, with no part per item.
    const renderItems = (chunk: Item[]) =>
      built && !chunk.some(whole) ? nodes(chunk.map((item) => this._liteItem(item, card, liteKey))) : chunk.map(renderItem);
    const segments = section.segments.filter((segment) => (segment.items[0]?.index ?? 0) < this._limit).map(
      (segment) => html`
        ${segment.markerBefore ? this._renderMarker(vm.asOf, strings) : nothing}
        ${(many ? chunksOf : (items: Item[]) => [items])(segment.items.filter((item) => item.index < this._limit)).map(
          (chunk) => html`<ol part="events" class=${listClass(segment)} start=${(chunk[0]?.index ?? 0) + 1} ${place({ '--_items': many ? String(chunk.length) : undefined })}>
          ${renderItems(chunk)}
        </ol>`,
        )}
      `,
    );
    if (!section.era) return html`<div part="era" class="era">${segments}</div>`;
    const era = section.era;
    return html`<section part="era" class="era">
      ${staticHtml`<${headingTag(this.headingLevel + 1)} part="era-title" class="era-title" dir="auto" lang=${this._dataLang(vm.timeline)}>${era.title}</${headingTag(this.headingLevel + 1)}>`}
      <p class="era-dates">${formatWhen({ start: era.start, end: era.end }, { locale: this._dateLocale })}</p>
      ${era.summary ? html`<p class="era-summary" dir="auto" lang=${this._dataLang(vm.timeline)}>${era.summary}</p>` : nothing}
      ${segments}
    </section>`;
  }

  private _renderMarker(asOf: PartialDate, strings: UiStrings) {
    return html`<div part="as-of" class="as-of">
      <p><strong>${strings.asOf(formatWhen(asOf, { locale: this._dateLocale }))}</strong> ${strings.aheadBelow}</p>
    </div>`;
  }
}
