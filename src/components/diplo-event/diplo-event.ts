import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isParsed,
  parseActors,
  parseEvent,
  parsePartialDate,
  type Actor,
  type PartialDate,
  type Problem,
  type TimelineEvent,
} from '../../model/index.js';
import { actorIndex, renderEventCard, type EventContext } from './event-card.js';
import { ElementLanguage } from '../shared/element-language.js';
import { readJSON, type JSONRead } from '../shared/read-json.js';
import { themeStyles } from '../shared/theme.styles.js';
import { eventStyles } from './diplo-event.styles.js';

export { safeColor, type EventContext } from './event-card.js';

/**
 * One event: its date at its true precision, headline, kind, actors, status, place,
 * summary, quotes, image, sources and related events, on its own in documentation pages.
 * `<diplo-timeline>` draws the same card straight into its list and into its horizontal
 * view's detail panel, without an element per event.
 *
 * @summary A card for one diplomatic or news event.
 *
 * @csspart card - The `<article>` around the event.
 * @csspart meta - The line with the kind and the date.
 * @csspart kind - The event's kind (icon and name).
 * @csspart date - The `<time>` element.
 * @csspart title - The event's heading.
 * @csspart badges - The list of status badges.
 * @csspart badge - One status badge.
 * @csspart actors - The list of actors.
 * @csspart actor - One actor: a colour swatch and the name.
 * @csspart location - Where it happened.
 * @csspart summary - The summary paragraphs.
 * @csspart quote - One quote: the blockquote with its speaker.
 * @csspart media - The image with its caption and credit.
 * @csspart sources - The list of sources.
 * @csspart related - The list of related events.
 *
 * @cssproperty --diplo-surface - Background. Default white (dark: #121417).
 * @cssproperty --diplo-text - Text colour.
 * @cssproperty --diplo-muted - Secondary text colour (dates, credits).
 * @cssproperty --diplo-accent - Links and highlights.
 * @cssproperty --diplo-line - Rules and borders.
 * @cssproperty --diplo-ahead - Text of "ahead" badges; `--diplo-ahead-surface` their background.
 * @cssproperty --diplo-failed - Text of "failed" and "cancelled" badges.
 * @cssproperty --diplo-font - Body font; inherits the page's by default.
 * @cssproperty --diplo-heading-font - Headline font.
 * @cssproperty --diplo-radius - Corner radius of badges and images.
 * @cssproperty --diplo-space - The base spacing unit.
 */
export class DiploEvent extends LitElement {
  static override styles = [themeStyles, eventStyles];

  /** The event: a parsed event from a timeline, or raw event data (validated here). */
  @property({ attribute: false }) event: unknown;

  /** The actors the event's `actors` ids refer to, for names and colours. */
  @property({ attribute: false }) actors: readonly Actor[] = [];

  /** The date the story ran (`YYYY-MM-DD`); events after it read as ahead. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** Heading level of the event's title, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `light` or `dark` to override the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Problems found in `event` when it was given as raw data. */
  @state() private _problems: Problem[] = [];
  private _eventProblems: Problem[] = [];
  private _actorProblems: Problem[] = [];
  /** The actors, validated unless the parser gave them. */
  private _actors: readonly Actor[] = [];
  @state() private _event?: TimelineEvent;
  private _language = new ElementLanguage(this);
  /** Inline JSON that was not valid, while the reader that explains it loads. */
  private _inlineRead?: Promise<void>;

  get problems(): readonly Problem[] {
    return this._problems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.event === undefined) this._readInlineData();
  }

  /** `{ "event": …, "actors": […], "asOf": … }` (or the event alone) from an inline JSON child. */
  private _readInlineData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent) return;
    // The same reader as the timeline's: invalid JSON is named with its line and column (by a
    // chunk loaded only then; the update waits for it).
    const read = readJSON(script.textContent);
    if (read instanceof Promise) {
      this._inlineRead = read.then((json) => {
        this._inlineRead = undefined;
        this._takeInline(json);
      });
    } else {
      this._takeInline(read);
    }
  }

  private _takeInline(read: JSONRead): void {
    if (!read.ok) {
      this._eventProblems = [{ path: '', severity: 'error', message: `the inline JSON could not be read: ${read.message}` }];
      this._problems = this._eventProblems;
      return;
    }
    const record = read.value as { event?: unknown; actors?: unknown; asOf?: unknown } | null;
    if (record && typeof record === 'object' && Object.hasOwn(record, 'event')) {
      this.event = record.event;
      if (record.actors !== undefined) this.actors = record.actors as Actor[];
      if (typeof record.asOf === 'string' && !this.asOf) this.asOf = record.asOf;
    } else {
      this.event = read.value;
    }
  }

  /** Waits for the language's words (a chunk, on demand) and an inline read under way before rendering. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const pending = this._language.ready();
    if (pending) await pending;
    if (this._inlineRead) await this._inlineRead;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The trust boundary: only what this library's parser returned in this page is drawn as
    // it is; anything else (JSON, a copy, an object that merely looks parsed) is validated.
    if (changed.has('event')) {
      if (isParsed(this.event)) {
        this._event = this.event as TimelineEvent;
        this._eventProblems = [];
      } else if (this.event !== undefined) {
        const { event, problems } = parseEvent(this.event);
        this._event = event;
        this._eventProblems = problems;
      } else {
        this._event = undefined;
        this._eventProblems = [];
      }
    }
    if (changed.has('actors')) {
      const trusted = isParsed(this.actors);
      const read = trusted ? undefined : parseActors(this.actors);
      this._actors = read ? read.actors : this.actors;
      this._actorProblems = read?.problems ?? [];
    }
    if (changed.has('asOf')) {
      const parsed = this.asOf ? parsePartialDate(this.asOf) : undefined;
      this._asOf = parsed?.ok ? parsed.date : undefined;
      this._asOfProblems =
        parsed && !parsed.ok ? [{ path: 'as-of (attribute)', severity: 'warning', message: `${parsed.reason}; it was ignored` }] : [];
    }
    if (changed.has('event') || changed.has('actors') || changed.has('asOf')) {
      this._problems = [...this._eventProblems, ...this._actorProblems, ...this._asOfProblems];
    }
    this._language.update();
  }

  private _asOf?: PartialDate;
  private _asOfProblems: Problem[] = [];
  /** Relative addresses in a card on its own resolve against the page. */
  private _context: EventContext = isServer ? {} : { baseUrl: document.baseURI };

  private _actorIndex?: { actors: readonly Actor[]; index: Map<string, Actor> };

  protected override render() {
    const event = this._event;
    if (!event) {
      return this._problems.length
        ? html`<p part="card" class="card invalid">${this._problems.map((p) => p.message).join('; ')}</p>`
        : nothing;
    }
    if (this._actorIndex?.actors !== this._actors) this._actorIndex = { actors: this._actors, index: actorIndex(this._actors) };
    return renderEventCard(event, {
      strings: this._language.strings,
      lang: this._language.lang,
      locale: this._language.dateLocale,
      asOf: this._asOf,
      actors: this._actorIndex.index,
      headingLevel: this.headingLevel,
      context: this._context,
    });
  }
}
