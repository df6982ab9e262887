import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml } from 'lit/static-html.js';
import { daysFromNow } from '../../i18n/locale.js';
import type { UiStrings } from '../../i18n/strings.js';
import {
  datetimeAttribute,
  daysUntil,
  deriveStatus,
  formatWhen,
  timingAsOf,
  type Actor,
  type DateLocale,
  type EventKind,
  type PartialDate,
  type Source,
  type TimelineEvent,
} from '../../model/index.js';
import { headingTag } from '../shared/headings.js';

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
 * Content-Security-Policy (style-src without 'unsafe-inline') would block. One callback per
 * colour, shared by every card, so re-rendering a card never re-runs it.
 */
const colorSetters = new Map<string, (element?: Element) => void>();
function actorColor(color: string | undefined) {
  const key = color ?? '';
  let setter = colorSetters.get(key);
  if (!setter) {
    setter = (element?: Element) => {
      if (element instanceof HTMLElement) {
        if (color) element.style.setProperty('--_actor', color);
        else element.style.removeProperty('--_actor');
      }
    };
    colorSetters.set(key, setter);
  }
  return setter;
}

/** What a card knows about the timeline around it: set by `<diplo-timeline>`, optional alone. */
export interface EventContext {
  /** The title of each event in the same timeline, for related links. */
  titles?: ReadonlyMap<string, string>;
  /** Whether the "as of" view is showing: events after it read as ahead. */
  showAhead?: boolean;
}

/** Everything a card needs besides its event; one object serves every card of a timeline. */
export interface CardOptions {
  strings: UiStrings;
  /** The interface language (for "in 196 days"). */
  lang: string;
  locale?: DateLocale;
  asOf?: PartialDate;
  /** Actors by id, for names and colours. */
  actors: ReadonlyMap<string, Actor>;
  /** The data's language where it differs from the interface's; else undefined. */
  dataLang?: string;
  headingLevel: number;
  context: EventContext;
  /**
   * Inside `<diplo-timeline>` the card's title and summary parts are `event-title` and
   * `event-summary`, so that they do not answer to the timeline's own `title` and `summary`.
   */
  inTimeline?: boolean;
  /** The event's date as words (a timeline formats each date once and keeps it). */
  dateText?: (event: TimelineEvent) => string;
}

function dateOf(event: TimelineEvent, options: CardOptions): string {
  return options.dateText?.(event) ?? formatWhen(event.when, { locale: options.locale, deadline: event.kind === 'deadline' });
}

/** Actors by id, with colours the browser accepts (anything else dropped). */
export function actorIndex(actors: readonly Actor[]): Map<string, Actor> {
  return new Map(actors.map((actor) => [actor.id, { ...actor, color: safeColor(actor.color) }]));
}

/** Whether the event reads as ahead of the story's date. */
export function isAhead(event: TimelineEvent, options: CardOptions): boolean {
  return (options.context.showAhead ?? true) && !!options.asOf && timingAsOf(event, options.asOf) === 'ahead';
}

/**
 * One event's card: its date at its true precision, headline, kind, actors, status, place,
 * summary, quotes, image, sources and related events. Rendered by `<diplo-event>` into its
 * own shadow root, and by `<diplo-timeline>` straight into the list (no element per card).
 */
export function renderEventCard(event: TimelineEvent, options: CardOptions) {
  const { strings, locale, actors } = options;
  const dataLang = options.dataLang ?? nothing;
  const ahead = isAhead(event, options);
  const summaryPart = options.inTimeline ? 'event-summary' : 'summary';
  const eventActors = event.actors.map((id) => actors.get(id) ?? { id, name: id, color: undefined });

  return html`<article part="card" class=${ahead ? 'card ahead' : 'card'}>
    <p part="meta" class="meta"><span part="kind" class="kind"><span class="icon" aria-hidden="true">${KIND_ICONS[event.kind]}</span>${strings.kinds[event.kind]}</span>
      <time part="date" datetime=${datetimeAttribute(event.when.start) ?? nothing}>${dateOf(event, options)}</time></p>
    ${renderHeadline(event, options)}
    ${renderBadges(event, options, ahead)}
    ${eventActors.length
      ? html`<ul part="actors" class="actors" aria-label=${strings.actors}>${eventActors.map(
          (actor) =>
            html`<li part="actor" class="actor" dir="auto" lang=${dataLang} ${ref(actorColor(actor.color))}><span class="swatch" aria-hidden="true"></span>${actor.shortName ?? actor.name}</li>`,
        )}</ul>`
      : nothing}
    ${event.location
      ? html`<p part="location" class="location" dir="auto" lang=${dataLang}><span class="visually-hidden">${strings.location}: </span>${event.location.name}${event.location.country ? `, ${event.location.country}` : ''}</p>`
      : nothing}
    ${event.summary
      ? html`<div part=${summaryPart} class="body" lang=${dataLang}>${event.summary.split(/\n\s*\n/).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}</div>`
      : nothing}
    ${event.media?.length
      ? event.media.map(
          (media) => html`<figure part="media" class="media">
            <img src=${media.src} alt=${media.alt} lang=${dataLang} loading="lazy" decoding="async" />
            ${media.caption || media.credit
              ? html`<figcaption dir="auto" lang=${dataLang}>${media.caption ?? nothing}
                  ${media.credit ? html`<small class="credit">${strings.credit(media.credit)}</small>` : nothing}</figcaption>`
              : nothing}
          </figure>`,
        )
      : nothing}
    ${event.quotes?.length
      ? event.quotes.map(
          (quote) => html`<figure part="quote" class="quote">
            <blockquote lang=${quote.lang ?? dataLang}><p dir="auto">${quote.text}</p></blockquote>
            <figcaption dir="auto" lang=${dataLang}><span class="speaker">${quote.speaker}</span>${quote.role ? html`, <span class="role">${quote.role}</span>` : nothing}${quote.source
              ? html` · ${renderSourceName(quote.source)}`
              : nothing}</figcaption>
          </figure>`,
        )
      : nothing}
    ${event.sources?.length
      ? html`<div class="sources">
          <p class="label">${strings.sources}</p>
          <ul part="sources">${event.sources.map((source) => html`<li dir="auto" lang=${dataLang}>${renderSource(source, locale)}</li>`)}</ul>
        </div>`
      : nothing}
    ${renderRelated(event, options)}
  </article>`;
}

/**
 * The same card, lighter: kind, date, headline, status, actors and place as plain text, and
 * the summary. `<diplo-timeline>` draws long lists' far-off events this way (about a third of
 * the work and the DOM) and swaps in the whole card once the event comes near the viewport,
 * takes focus, matches the browser's find-in-page or is printed. Every event stays in the
 * list, in words, for find-in-page and assistive technology.
 */
export function renderLiteCard(event: TimelineEvent, options: CardOptions) {
  const { strings, actors } = options;
  const dataLang = options.dataLang ?? nothing;
  const ahead = isAhead(event, options);
  const who = event.actors.map((id) => { const actor = actors.get(id); return actor ? (actor.shortName ?? actor.name) : id; });
  const where = event.location ? `${event.location.name}${event.location.country ? `, ${event.location.country}` : ''}` : '';
  const line = [who.join(', '), where].filter(Boolean).join(' · ');
  return html`<article part="card" class=${ahead ? 'card lite ahead' : 'card lite'}><p part="meta" class="meta"><span part="kind" class="kind">${strings.kinds[event.kind]}</span> <time part="date" datetime=${datetimeAttribute(event.when.start) ?? nothing}>${dateOf(event, options)}</time></p>${renderHeadline(event, options)}${renderBadges(event, options, ahead)}${line ? html`<p class="location" dir="auto" lang=${dataLang}>${line}</p>` : nothing}${event.summary ? html`<div part=${options.inTimeline ? 'event-summary' : 'summary'} class="body" lang=${dataLang}><p dir="auto">${event.summary}</p></div>` : nothing}</article>`;
}

/** The event's heading, at the level it was given; `event-title` inside a timeline. */
function renderHeadline(event: TimelineEvent, options: CardOptions) {
  const heading = headingTag(options.headingLevel);
  const part = options.inTimeline ? 'event-title' : 'title';
  return staticHtml`<${heading} part=${part} class="headline" dir="auto" lang=${options.dataLang ?? nothing}>${event.title}</${heading}>`;
}

function renderBadges(event: TimelineEvent, options: CardOptions, ahead: boolean) {
  const { strings, asOf } = options;
  const showAhead = options.context.showAhead ?? true;
  const badges: { label: string; tone: string }[] = [];
  const status = asOf ? deriveStatus(event, asOf) : (event.status ?? 'occurred');
  if (ahead) badges.push({ label: strings.ahead, tone: 'ahead' });
  if (event.kind === 'deadline' && asOf) {
    if (timingAsOf(event, asOf) === 'ahead') {
      badges.push({ label: `${strings.deadline}: ${daysFromNow(daysUntil(event, asOf), options.lang)}`, tone: 'deadline' });
    } else if (!showAhead || timingAsOf(event, asOf) === 'past') {
      badges.push({ label: strings.deadlinePassed, tone: 'neutral' });
    }
  } else if (status !== 'occurred' && event.kind !== 'deadline') {
    const tone = status === 'failed' || status === 'cancelled' ? 'failed' : status === 'postponed' ? 'neutral' : 'ahead';
    badges.push({ label: strings.statuses[status], tone });
  }
  if (!badges.length) return nothing;
  return html`<ul part="badges" class="badges">${badges.map((badge) => html`<li part="badge" class="badge ${badge.tone}">${badge.label}</li>`)}</ul>`;
}

function renderSourceName(source: Source) {
  return source.url
    ? html`<a href=${source.url} rel="noopener noreferrer">${source.publisher ?? source.title}</a>`
    : html`<span>${source.publisher ?? source.title}</span>`;
}

function renderSource(source: Source, locale: DateLocale | undefined) {
  const title = source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>` : source.title;
  const published = source.published
    ? html`, <time datetime=${datetimeAttribute(source.published) ?? nothing}>${formatWhen(source.published, { locale })}</time>`
    : nothing;
  return html`${title}${source.publisher ? `, ${source.publisher}` : ''}${published}`;
}

function renderRelated(event: TimelineEvent, options: CardOptions) {
  const titles = options.context.titles;
  const links = titles ? (event.related ?? []).filter((link) => titles.has(link.id)) : [];
  if (!titles || !links.length) return nothing;
  const { strings } = options;
  return html`<div class="related">
    <p class="label">${strings.related}</p>
    <ul part="related">${links.map(
      (link) =>
        html`<li>${strings.relations[link.relation]}: <a href=${`#${encodeURIComponent(link.id)}`} dir="auto" lang=${options.dataLang ?? nothing}>${titles.get(link.id)}</a></li>`,
    )}</ul>
  </div>`;
}
