import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml } from 'lit/static-html.js';
import { dateLocaleFor, daysFromNow, languageOf, sameLanguage } from '../../i18n/locale.js';
import { uiStrings, type UiStrings } from '../../i18n/strings.js';
import {
  datetimeAttribute,
  daysUntil,
  deriveStatus,
  formatWhen,
  parseEvent,
  parsePartialDate,
  timingAsOf,
  type Actor,
  type DateLocale,
  type EventKind,
  type PartialDate,
  type Problem,
  type Source,
  type TimelineEvent,
} from '../../model/index.js';
import { headingTag } from '../shared/headings.js';
import { themeStyles } from '../shared/theme.styles.js';
import { eventStyles } from './diplo-event.styles.js';


/** A glyph per kind, drawn beside the kind's name and hidden from assistive technology. */
const KIND_ICONS: Record<EventKind, string> = {
  summit: '◆',
  meeting: '◇',
  visit: '➤',
  talks: '⇄',
  sanctions: '⊘',
  resolution: '§',
  test: '✸',
  deadline: '◷',
  statement: '❝',
  letter: '✉',
  agreement: '✓',
  protest: '⚑',
  trade: '⇆',
  election: '☑',
  other: '•',
};

/** A colour the data gave, if the browser agrees it is one (never anything else into CSS). */
export function safeColor(color: string | undefined): string | undefined {
  if (!color) return undefined;
  return typeof CSS !== 'undefined' && CSS.supports('color', color) ? color : undefined;
}

/**
 * Sets an actor's colour through the CSSOM rather than a style attribute, which a strict
 * Content-Security-Policy (style-src without 'unsafe-inline') would block.
 */
function actorColor(color: string | undefined) {
  return (element?: Element) => {
    if (element instanceof HTMLElement) {
      if (color) element.style.setProperty('--_actor', color);
      else element.style.removeProperty('--_actor');
    }
  };
}

function isParsedEvent(value: unknown): value is TimelineEvent {
  const when = (value as { when?: { start?: { precision?: unknown } } } | null)?.when;
  return typeof when?.start?.precision === 'string';
}

/** What a card knows about the timeline around it: set by `<diplo-timeline>`, optional alone. */
export interface EventContext {
  /** The title of each event in the same timeline, for related links. */
  titles?: ReadonlyMap<string, string>;
  /** Whether the "as of" view is showing: events after it read as ahead. */
  showAhead?: boolean;
}

/**
 * One event: its date at its true precision, headline, kind, actors, status, place,
 * summary, quotes, image, sources and related events. Used by `<diplo-timeline>` for
 * each event, and on its own in documentation pages.
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

  /** The parsed as-of date; set by `<diplo-timeline>`, wins over `as-of`. */
  @property({ attribute: false }) asOfDate?: PartialDate;

  /** Heading level of the event's title, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `light` or `dark` to override the reader's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The language pack for dates; by default the element's language decides. */
  @property({ attribute: false }) dateLocale?: DateLocale;

  /** The language the data is written in (a timeline's `locale`), when it differs from the interface's. */
  @property({ attribute: false }) dataLang?: string;

  /** Timeline context: related event titles, whether to mark events ahead. */
  @property({ attribute: false }) context: EventContext = {};

  /** Problems found in `event` when it was given as raw data. */
  @state() private _problems: Problem[] = [];
  @state() private _event?: TimelineEvent;
  @state() private _lang = 'en';
  @state() private _loadedLocale?: DateLocale;

  get problems(): readonly Problem[] {
    return this._problems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.event === undefined) this._readInlineData();
  }

  private _readInlineData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent) return;
    try {
      const value: unknown = JSON.parse(script.textContent);
      const record = value as { event?: unknown; actors?: unknown; asOf?: unknown } | null;
      if (record && typeof record === 'object' && 'event' in record) {
        this.event = record.event;
        if (Array.isArray(record.actors)) this.actors = record.actors as Actor[];
        if (typeof record.asOf === 'string' && !this.asOf) this.asOf = record.asOf;
      } else {
        this.event = value;
      }
    } catch (error) {
      this._problems = [{ path: '', severity: 'error', message: `the inline JSON is not valid (${String(error)})` }];
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event')) {
      if (isParsedEvent(this.event)) {
        this._event = this.event;
        this._problems = [];
      } else if (this.event !== undefined) {
        const { event, problems } = parseEvent(this.event);
        this._event = event;
        this._problems = problems;
      }
    }
    const lang = languageOf(this);
    if (lang !== this._lang || !this.hasUpdated) {
      this._lang = lang;
      this._loadedLocale = undefined;
      if (!this.dateLocale) {
        const { now, later } = dateLocaleFor(lang);
        this._loadedLocale = now;
        void later?.then((pack) => {
          if (this._lang === lang) this._loadedLocale = pack;
        });
      }
    }
  }

  private get _asOf(): PartialDate | undefined {
    if (this.asOfDate) return this.asOfDate;
    if (!this.asOf) return undefined;
    const parsed = parsePartialDate(this.asOf);
    return parsed.ok ? parsed.date : undefined;
  }

  protected override render() {
    const event = this._event;
    if (!event) {
      return this._problems.length
        ? html`<p part="card" class="card invalid">${this._problems.map((p) => p.message).join('; ')}</p>`
        : nothing;
    }
    const strings = uiStrings(this._lang);
    const locale = this.dateLocale ?? this._loadedLocale;
    const asOf = this._asOf;
    const showAhead = this.context.showAhead ?? true;
    const timing = asOf ? timingAsOf(event, asOf) : undefined;
    const ahead = showAhead && timing === 'ahead';
    const heading = headingTag(this.headingLevel);
    // Data text carries its own language, and its direction follows its content
    // (English headlines inside an Arabic interface, Arabic names in an English one).
    const dataLang = this.dataLang && !sameLanguage(this.dataLang, this._lang) ? this.dataLang : nothing;
    const actors = event.actors
      .map((id) => this.actors.find((actor) => actor.id === id) ?? { id, name: id })
      .map((actor) => ({ ...actor, color: safeColor((actor).color) }));

    return html`
      <article part="card" class=${ahead ? 'card ahead' : 'card'}>
        <p part="meta" class="meta">
          <span part="kind" class="kind"><span class="icon" aria-hidden="true">${KIND_ICONS[event.kind]}</span>
            ${strings.kinds[event.kind]}</span>
          <time part="date" datetime=${datetimeAttribute(event.when.start) ?? nothing}
            >${formatWhen(event.when, { locale, deadline: event.kind === 'deadline' })}</time
          >
        </p>
        ${staticHtml`<${heading} part="title" class="title" dir="auto" lang=${dataLang}>${event.title}</${heading}>`}
        ${this._renderBadges(event, strings, asOf, ahead, showAhead)}
        ${actors.length
          ? html`<ul part="actors" class="actors" aria-label=${strings.actors}>
              ${actors.map(
                (actor) =>
                  html`<li part="actor" class="actor" dir="auto" lang=${dataLang} ${ref(actorColor(actor.color))}>
                    <span class="swatch" aria-hidden="true"></span>${actor.shortName ?? actor.name}
                  </li>`,
              )}
            </ul>`
          : nothing}
        ${event.location
          ? html`<p part="location" class="location" dir="auto" lang=${dataLang}>
              <span class="visually-hidden">${strings.location}: </span>${event.location.name}${event.location.country
                ? `, ${event.location.country}`
                : ''}
            </p>`
          : nothing}
        ${event.summary
          ? html`<div part="summary" class="summary" lang=${dataLang}>
              ${event.summary.split(/\n\s*\n/).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}
            </div>`
          : nothing}
        ${(event.media ?? []).map(
          (media) => html`<figure part="media" class="media">
            <img src=${media.src} alt=${media.alt} lang=${dataLang} loading="lazy" decoding="async" />
            ${media.caption || media.credit
              ? html`<figcaption dir="auto" lang=${dataLang}>
                  ${media.caption ?? nothing}
                  ${media.credit ? html`<small class="credit">${strings.credit(media.credit)}</small>` : nothing}
                </figcaption>`
              : nothing}
          </figure>`,
        )}
        ${(event.quotes ?? []).map(
          (quote) => html`<figure part="quote" class="quote">
            <blockquote lang=${quote.lang ?? dataLang}><p dir="auto">${quote.text}</p></blockquote>
            <figcaption dir="auto" lang=${dataLang}>
              <span class="speaker">${quote.speaker}</span>${quote.role ? html`, <span class="role">${quote.role}</span>` : nothing}${quote.source
                ? html` · ${this._renderSourceName(quote.source)}`
                : nothing}
            </figcaption>
          </figure>`,
        )}
        ${event.sources?.length
          ? html`<div class="sources">
              <p class="label">${strings.sources}</p>
              <ul part="sources">
                ${event.sources.map((source) => html`<li dir="auto" lang=${dataLang}>${this._renderSource(source)}</li>`)}
              </ul>
            </div>`
          : nothing}
        ${this._renderRelated(event, strings)}
      </article>
    `;
  }

  private _renderBadges(event: TimelineEvent, strings: UiStrings, asOf: PartialDate | undefined, ahead: boolean, showAhead: boolean) {
    const badges: { label: string; tone: string }[] = [];
    const status = asOf ? deriveStatus(event, asOf) : (event.status ?? 'occurred');
    if (ahead) badges.push({ label: strings.ahead, tone: 'ahead' });
    if (event.kind === 'deadline' && asOf) {
      if (timingAsOf(event, asOf) === 'ahead') {
        badges.push({ label: `${strings.deadline}: ${daysFromNow(daysUntil(event, asOf), this._lang)}`, tone: 'deadline' });
      } else if (!showAhead || timingAsOf(event, asOf) === 'past') {
        badges.push({ label: strings.deadlinePassed, tone: 'neutral' });
      }
    } else if (status !== 'occurred' && !(event.kind === 'deadline')) {
      const tone = status === 'failed' || status === 'cancelled' ? 'failed' : status === 'postponed' ? 'neutral' : 'ahead';
      badges.push({ label: strings.statuses[status], tone });
    }
    if (!badges.length) return nothing;
    return html`<ul part="badges" class="badges">
      ${badges.map((badge) => html`<li part="badge" class="badge ${badge.tone}">${badge.label}</li>`)}
    </ul>`;
  }

  private _renderSourceName(source: Source) {
    return source.url
      ? html`<a href=${source.url} rel="noopener noreferrer">${source.publisher ?? source.title}</a>`
      : html`<span>${source.publisher ?? source.title}</span>`;
  }

  private _renderSource(source: Source) {
    const title = source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>` : source.title;
    const published = source.published
      ? html`, <time datetime=${datetimeAttribute(source.published) ?? nothing}
            >${formatWhen(source.published, { locale: this.dateLocale ?? this._loadedLocale })}</time
          >`
      : nothing;
    return html`${title}${source.publisher ? `, ${source.publisher}` : ''}${published}`;
  }

  private _renderRelated(event: TimelineEvent, strings: UiStrings) {
    const titles = this.context.titles;
    const links = (event.related ?? []).filter((link) => titles?.has(link.id));
    if (!titles || !links.length) return nothing;
    return html`<div class="related">
      <p class="label">${strings.related}</p>
      <ul part="related">
        ${links.map(
          (link) =>
            html`<li>
              ${strings.relations[link.relation]}:
              <a href=${`#${encodeURIComponent(link.id)}`} dir="auto" lang=${this.dataLang && !sameLanguage(this.dataLang, this._lang) ? this.dataLang : nothing}
                >${titles.get(link.id)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
