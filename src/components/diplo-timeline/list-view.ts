/**
 * The vertical view: eras with their headings, ordered lists of events, the as-of marker
 * between what had happened and what was ahead. Cards are drawn straight into the list (no
 * element and shadow root per event); in a long list, far-off events are light cards built
 * with DOM calls (see progressive-list.ts).
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { UiStrings } from '../../i18n/strings.js';
import { formatWhen, type DateLocale, type PartialDate, type TimelineEvent } from '../../model/index.js';
import { liteCardShape, renderEventCard, type CardOptions } from '../diplo-event/event-card.js';
import { headingTag } from '../shared/headings.js';
import { inline } from '../shared/inline.js';
import { nodes } from '../shared/nodes.js';
import { place } from '../shared/place.js';
import { shape, shapeElement, shapeTemplate, type Shape } from '../shared/shape.js';
import type { ListFocus } from './list-focus.js';
import { LITE_CARDS, MANY, chunksOf, type ProgressiveList } from './progressive-list.js';
import type { Item, Section, Segment, ViewModel } from './view-model.js';

export interface ListOptions {
  strings: UiStrings;
  lang: string;
  dateLocale?: DateLocale;
  /** The data's language where it differs from the interface's. */
  dataLang?: string;
  headingLevel: number;
  /** Keyboard and pointer in the list; its index is the item in the tab order. */
  focus: ListFocus;
  progressive: ProgressiveList;
  /** Classes beside `list` (`print-list`: the list printed in the horizontal view's place). */
  extraClass?: string;
  /** Drawn by the server, and not hydrated yet: the first render must be the server's. */
  hydrating: boolean;
  /** Drawn by the server: light items stay templates (building them would draw the list again). */
  serverRendered: boolean;
  /** The event's date as words (formatted once per event and language). */
  dateText: (event: TimelineEvent) => string;
}

/** The list item around a card: one description for both outputs. */
function itemShape(item: Item, whole: boolean, focused: boolean, label: string, card?: Shape): Shape {
  return shape(
    'li',
    {
      part: 'event',
      class: whole ? 'event' : 'event lite',
      id: item.event.id,
      'data-index': String(item.index),
      tabindex: focused ? '0' : '-1',
      'aria-label': label,
    },
    card,
  );
}

export class ListView {
  /** Light list items built with DOM calls, kept while nothing they show changes. */
  private _built = new WeakMap<TimelineEvent, { key: readonly unknown[]; index: number; node: HTMLElement }>();

  render(vm: ViewModel, options: ListOptions): TemplateResult {
    const { progressive, focus } = options;
    const limit = progressive.limit;
    return html`<div
      part="list"
      class=${(vm.items.length > MANY ? 'list many' : 'list') + (options.extraClass ? ` ${options.extraClass}` : '')}
      @keydown=${focus.onKeyDown}
      @click=${focus.onClick}
      @focusin=${focus.onFocusIn}
      @contentvisibilityautostatechange=${progressive.onRelevant}
    >
      ${vm.sections
        .filter((section) => (section.segments[0]?.items[0]?.index ?? 0) < limit)
        .map((section) => this._section(section, vm, options))}
    </div>`;
  }

  private _section(section: Section, vm: ViewModel, options: ListOptions) {
    const { strings, progressive } = options;
    const focusIndex = options.focus.index;
    const eventLevel = options.headingLevel + (section.era ? 2 : 1);
    const { context, cardAsOf } = vm;
    const card: CardOptions = {
      strings,
      lang: options.lang,
      locale: options.dateLocale,
      asOf: cardAsOf,
      actors: vm.actorIndex,
      dataLang: options.dataLang,
      headingLevel: Math.min(6, eventLevel),
      context,
      inTimeline: true,
      dateText: options.dateText,
    };
    const many = vm.items.length > MANY;
    // The server draws far-off events light too (a long list stays a page a phone can open,
    // and hydrates quickly); hydration draws what the server drew.
    const lite = (isServer || options.hydrating || LITE_CARDS) && many && !progressive.allWhole;
    const whole = (item: Item) => !lite || progressive.isWhole(item, focusIndex);
    // In the browser a light item is built with DOM calls: no template instance, parts or
    // bindings per event. The server draws the same description as a template, and a
    // timeline it rendered keeps the template after hydration.
    const built = !isServer && !options.serverRendered;
    // What a light card shows: not the other events' titles (only whole cards link to them).
    const key = [context.showAhead, context.baseUrl, cardAsOf, options.dateLocale, options.lang, eventLevel, vm.actorIndex, options.dataLang];
    const label = (event: TimelineEvent) => `${options.dateText(event)}: ${event.title}`;
    const liteItem = (item: Item): HTMLElement => {
      const kept = this._built.get(item.event);
      if (kept?.index === item.index && kept.key.every((value, i) => value === key[i])) return kept.node;
      const node = shapeElement(itemShape(item, false, false, label(item.event), liteCardShape(item.event, card)));
      this._built.set(item.event, { key, index: item.index, node });
      return node;
    };
    // An item re-renders only when something it shows changes: long lists render in batches,
    // and earlier items must cost nothing then.
    const renderItem = (item: Item) =>
      built && !whole(item)
        ? liteItem(item)
        : guard([item.event, item.index, item.index === focusIndex, whole(item), context, ...key], () => {
            const isWhole = whole(item);
            const wrapper = itemShape(item, isWhole, item.index === focusIndex, label(item.event));
            return shapeTemplate(wrapper, isWhole ? renderEventCard(item.event, card) : shapeTemplate(liteCardShape(item.event, card)));
          });
    // A list of light items only: their elements, with no part per item.
    const renderItems = (chunk: Item[]) => (built && !chunk.some(whole) ? nodes(chunk.map(liteItem)) : chunk.map(renderItem));
    const listClass = (segment: Segment) => (segment.markerBefore && vm.view === 'as-ran' ? 'events ahead' : 'events');
    const limit = progressive.limit;
    const segments = section.segments
      .filter((segment) => (segment.items[0]?.index ?? 0) < limit)
      .map(
        (segment) => html`
          ${segment.markerBefore ? renderMarker(vm.asOf, strings, options.dateLocale) : nothing}
          ${(many ? chunksOf : (items: Item[]) => [items])(segment.items.filter((item) => item.index < limit)).map(
            (chunk) => html`<ol part="events" class=${listClass(segment)} start=${(chunk[0]?.index ?? 0) + 1} ${place({ '--_items': many ? String(chunk.length) : undefined })}>
              ${renderItems(chunk)}
            </ol>`,
          )}
        `,
      );
    if (!section.era) return html`<div part="era" class="era">${segments}</div>`;
    const era = section.era;
    const lang = options.dataLang ?? nothing;
    return html`<section part="era" class="era">
      ${staticHtml`<${headingTag(options.headingLevel + 1)} part="era-title" class="era-title" dir="auto" lang=${lang}>${era.title}</${headingTag(options.headingLevel + 1)}>`}
      <p class="era-dates">${formatWhen({ start: era.start, end: era.end }, { locale: options.dateLocale })}</p>
      ${era.summary ? html`<p class="era-summary" dir="auto" lang=${lang}>${inline(era.summary, context.baseUrl)}</p>` : nothing}
      ${segments}
    </section>`;
  }
}

function renderMarker(asOf: PartialDate, strings: UiStrings, locale: DateLocale | undefined) {
  return html`<div part="as-of" class="as-of">
    <p><strong>${strings.asOf(formatWhen(asOf, { locale }))}</strong> ${strings.aheadBelow}</p>
  </div>`;
}
