import { html, noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
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
  mediaProvider,
  safeUrl,
  type EventKind,
  type Location,
  type Media,
  type MediaType,
  type PartialDate,
  type Source,
  type TimelineEvent,
} from '../../model/index.js';
import { headingName, headingTag } from '../shared/headings.js';
import { inline, plainWords } from '../shared/inline.js';
import { shape, type Shape } from '../shared/shape.js';

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
 * Content-Security-Policy (style-src without 'unsafe-inline') would block. A plain directive
 * (not `ref`, which brings async directives up front): it runs again only when the colour changes.
 */
class ActorColor extends Directive {
  private _color?: string | null;

  // The colour is applied in update(); render() only declares the argument.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_color: string | undefined) {
    return nothing;
  }

  override update(part: ElementPart, [color]: [string | undefined]) {
    const element = part.element as HTMLElement;
    if (color !== this._color) {
      this._color = color;
      if (color) element.style.setProperty('--_actor', color);
      else element.style.removeProperty('--_actor');
    }
    return noChange;
  }
}
const actorColor = directive(ActorColor);

/** What a card knows about the timeline around it: set by `<diplo-timeline>`, optional alone. */
export interface EventContext {
  /** The title of each event in the same timeline, for related links. */
  titles?: ReadonlyMap<string, string>;
  /** Whether the "as of" view is showing: events after it read as ahead. */
  showAhead?: boolean;
  /**
   * What relative addresses in the data resolve against: the data file's URL when it came
   * through `src`, else the page's base URI (a standalone `<diplo-event>` uses the page's).
   * Unset on a server render without `baseUrl`: an address with no scheme is then left for
   * the reader's browser to resolve against the page.
   */
  baseUrl?: string;
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

/** A place as words: "Hanoi, Vietnam". */
export function placeText(location: Location): string {
  return location.country ? `${location.name}, ${location.country}` : location.name;
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
    ${renderBadges(badgesOf(event, options, ahead))}
    ${eventActors.length
      ? html`<ul part="actors" class="actors" aria-label=${strings.actors}>${eventActors.map(
          (actor) =>
            html`<li part="actor" class="actor" dir="auto" lang=${dataLang} ${actorColor(actor.color)}><span class="swatch" aria-hidden="true"></span>${actor.shortName ?? actor.name}</li>`,
        )}</ul>`
      : nothing}
    ${event.location
      ? html`<p part="location" class="location" dir="auto" lang=${dataLang}><span class="visually-hidden">${strings.location}: </span>${placeText(event.location)}</p>`
      : nothing}
    ${event.summary
      ? html`<div part=${summaryPart} class="body" lang=${dataLang}>${event.summary.split(/\n\s*\n/).map((paragraph) => html`<p dir="auto">${inline(paragraph, options.context.baseUrl)}</p>`)}</div>`
      : nothing}
    ${event.media?.length ? event.media.map((media) => renderMedia(media, options)) : nothing}
    ${event.quotes?.length
      ? event.quotes.map(
          (quote) => html`<figure part="quote" class="quote">
            <blockquote lang=${quote.lang ?? dataLang}><p dir="auto">${inline(quote.text, options.context.baseUrl)}</p></blockquote>
            <figcaption dir="auto" lang=${dataLang}><span class="speaker">${quote.speaker}</span>${quote.role ? html`, <span class="role">${quote.role}</span>` : nothing}${quote.source
              ? html` · ${renderSourceName(quote.source, options.context.baseUrl)}`
              : nothing}</figcaption>
          </figure>`,
        )
      : nothing}
    ${event.sources?.length
      ? html`<div class="sources">
          <p class="label">${strings.sources}</p>
          <ul part="sources">${event.sources.map((source) => html`<li dir="auto" lang=${dataLang}>${renderSource(source, locale, options.context.baseUrl)}</li>`)}</ul>
        </div>`
      : nothing}
    ${renderRelated(event, options)}
  </article>`;
}

/** What a light card shows, worked out once for both ways of drawing it. */
interface LiteContent {
  cardClass: string;
  kind: string;
  datetime: string | undefined;
  date: string;
  badges: readonly Badge[];
  /** Actors and place as one line of words. */
  line: string;
}

interface Badge {
  label: string;
  tone: string;
}

function liteContent(event: TimelineEvent, options: CardOptions): LiteContent {
  const { strings, actors } = options;
  const ahead = isAhead(event, options);
  const who = event.actors.map((id) => {
    const actor = actors.get(id);
    return actor ? (actor.shortName ?? actor.name) : id;
  });
  const where = event.location ? placeText(event.location) : '';
  return {
    cardClass: ahead ? 'card lite ahead' : 'card lite',
    kind: strings.kinds[event.kind],
    datetime: datetimeAttribute(event.when.start),
    date: dateOf(event, options),
    badges: badgesOf(event, options, ahead),
    line: [who.join(', '), where].filter(Boolean).join(' · '),
  };
}

/**
 * A light card: kind, date, headline, status, actors, place and summary as plain words, for
 * events far from the viewport in a long list. Whole cards replace them as they come near.
 * Described once; drawn as a template (`shapeTemplate`: the server, and hydration) or with
 * DOM calls (`shapeElement`: long lists in the browser).
 */
export function liteCardShape(event: TimelineEvent, options: CardOptions): Shape {
  const lite = liteContent(event, options);
  const lang = options.dataLang;
  return shape(
    'article',
    { part: 'card', class: lite.cardClass },
    shape('p', { part: 'meta', class: 'meta' }, shape('span', { part: 'kind', class: 'kind' }, lite.kind), ' ', shape('time', { part: 'date', datetime: lite.datetime }, lite.date)),
    shape(headingName(options.headingLevel), { part: options.inTimeline ? 'event-title' : 'title', class: 'headline', dir: 'auto', lang }, event.title),
    lite.badges.length > 0 && shape('ul', { part: 'badges', class: 'badges' }, ...lite.badges.map((badge) => shape('li', { part: 'badge', class: `badge ${badge.tone}` }, badge.label))),
    lite.line !== '' && shape('p', { class: 'location', dir: 'auto', lang }, lite.line),
    event.summary !== undefined &&
      shape('div', { part: options.inTimeline ? 'event-summary' : 'summary', class: 'body', lang }, shape('p', { dir: 'auto' }, plainWords(event.summary))),
  );
}

/** The event's heading, at the level it was given; `event-title` inside a timeline. */
function renderHeadline(event: TimelineEvent, options: CardOptions) {
  const heading = headingTag(options.headingLevel);
  const part = options.inTimeline ? 'event-title' : 'title';
  return staticHtml`<${heading} part=${part} class="headline" dir="auto" lang=${options.dataLang ?? nothing}>${event.title}</${heading}>`;
}

function badgesOf(event: TimelineEvent, options: CardOptions, ahead: boolean): Badge[] {
  const { strings, asOf } = options;
  const showAhead = options.context.showAhead ?? true;
  const badges: Badge[] = [];
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
  return badges;
}

function renderBadges(badges: readonly Badge[]) {
  if (!badges.length) return nothing;
  return html`<ul part="badges" class="badges">${badges.map((badge) => html`<li part="badge" class="badge ${badge.tone}">${badge.label}</li>`)}</ul>`;
}

function renderSourceName(source: Source, baseUrl: string | undefined) {
  const href = safeUrl(source.url, baseUrl);
  return href
    ? html`<a href=${href} rel="noopener noreferrer">${source.publisher ?? source.title}</a>`
    : html`<span>${source.publisher ?? source.title}</span>`;
}

function renderSource(source: Source, locale: DateLocale | undefined, baseUrl: string | undefined) {
  const href = safeUrl(source.url, baseUrl);
  const title = href ? html`<a href=${href} rel="noopener noreferrer">${source.title}</a>` : source.title;
  const published = source.published
    ? html`, <time datetime=${datetimeAttribute(source.published) ?? nothing}>${formatWhen(source.published, { locale })}</time>`
    : nothing;
  return html`${title}${source.publisher ? `, ${source.publisher}` : ''}${published}`;
}

/**
 * An image, or a link to a medium that is not one ("Video on YouTube"), with its caption and
 * credit. Addresses pass `safeUrl` (http(s) only, after resolution); one that does not is
 * not drawn.
 */
function renderMedia(media: Media, options: CardOptions) {
  const { strings } = options;
  const dataLang = options.dataLang ?? nothing;
  const src = safeUrl(media.src, options.context.baseUrl);
  const href = safeUrl(media.url, options.context.baseUrl);
  const provider = href ? providerOf(href) : undefined;
  if (!src && !provider) return nothing;
  const image = src ? html`<img src=${src} alt=${media.alt ?? ''} lang=${dataLang} loading="lazy" decoding="async" />` : nothing;
  const caption =
    media.caption || media.credit
      ? html`<figcaption dir="auto" lang=${dataLang}>${media.caption ? inline(media.caption, options.context.baseUrl) : nothing}
          ${media.credit ? html`<small class="credit">${provider ? media.credit : strings.credit(media.credit)}</small>` : nothing}</figcaption>`
      : nothing;
  return html`<figure part="media" class=${provider ? 'media link' : 'media'}>
    ${provider
      ? html`<a class="media-link" href=${href} rel="noopener noreferrer">${image}<span class="provider"><span class="icon" aria-hidden="true">${MEDIA_ICONS[provider.type]}</span>${strings.mediaLink(provider.type, provider.provider)}</span></a>`
      : image}
    ${caption}
  </figure>`;
}

/** The provider of a medium's address; for one left relative (no base known), its file name. */
function providerOf(href: string) {
  const found = mediaProvider(new URL(href, 'https://relative.invalid/').href);
  if (found?.provider !== 'relative.invalid') return found;
  return { type: found.type, provider: href.replace(/[?#].*$/, '').split('/').pop() || href }; // eslint-disable-line @typescript-eslint/prefer-nullish-coalescing -- an empty name too
}

/** A glyph per kind of linked medium, beside its words and hidden from assistive technology. */
const MEDIA_ICONS: Record<MediaType, string> = {
  video: '▶',
  audio: '♪',
  post: '✎',
  article: '¶',
  map: '⌖',
  photo: '▣',
  document: '▤',
  page: '↗',
};

function renderRelated(event: TimelineEvent, options: CardOptions) {
  const titles = options.context.titles;
  const links = titles ? (event.related ?? []).filter((link) => titles.has(link.id)) : [];
  if (!titles || !links.length) return nothing;
  const { strings } = options;
  return html`<div class="related">
    <p class="label">${strings.related}</p>
    <ul part="related">${links.map(
      (link) =>
        html`<li>${strings.relations[link.relation]}: <a href=${safeUrl(`#${encodeURIComponent(link.id)}`) ?? nothing} dir="auto" lang=${options.dataLang ?? nothing}>${titles.get(link.id)}</a></li>`,
    )}</ul>
  </div>`;
}
