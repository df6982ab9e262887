/**
 * What a timeline shows, worked out from the data and the reader's choices (view, filters)
 * before anything is drawn: the events in order, grouped under eras, split at the as-of
 * marker, and what the controls offer. Plain data; both views draw from it.
 */
import {
  EVENT_KINDS,
  firstDay,
  isHindsight,
  lastDay,
  latestDate,
  placementWhen,
  serializePartialDate,
  sortEvents,
  timingAsOf,
  type Actor,
  type Era,
  type EventKind,
  type PartialDate,
  type Timeline,
  type TimelineEvent,
} from '../../model/index.js';
import { actorIndex, type EventContext } from '../diplo-event/event-card.js';

export type TimelineView = 'as-ran' | 'next';

export interface Item {
  event: TimelineEvent;
  /** Position among the shown events. */
  index: number;
}

export interface Segment {
  items: Item[];
  /** The as-of marker stands before this segment. */
  markerBefore: boolean;
}

export interface Section {
  era?: Era;
  segments: Segment[];
}

export interface ViewModel {
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
  /** The view in force: 'next' only when the data holds hindsight. */
  view: TimelineView;
  total: number;
  items: Item[];
  /** The events shown, in order: one array per view model, so the axis re-places only when they change. */
  events: TimelineEvent[];
  sections: Section[];
  actors: { id: string; label: string }[];
  kinds: EventKind[];
}

export interface ViewOptions {
  asOf: PartialDate;
  view: TimelineView;
  actorFilter: ReadonlySet<string>;
  kindFilter: ReadonlySet<EventKind>;
  /** What relative addresses in the data resolve against. */
  baseUrl?: string;
}

/** Actors by id, once per list of actors (a timeline read again keeps its list when it did not change). */
const indexes = new WeakMap<readonly Actor[], Map<string, Actor>>();
function indexOf(actors: readonly Actor[]): Map<string, Actor> {
  let index = indexes.get(actors);
  if (!index) indexes.set(actors, (index = actorIndex(actors)));
  return index;
}

const sameTitles = (a: ReadonlyMap<string, string> | undefined, b: ReadonlyMap<string, string>) =>
  a?.size === b.size && [...b].every(([id, title]) => a.get(id) === title);

/**
 * The timeline as the reader has asked to see it. With the previous view model, what did not
 * change keeps its identity (the cards' context, the as-of date): an edited document redraws
 * only the cards that changed.
 */
export function viewModel(timeline: Timeline, options: ViewOptions, previous?: ViewModel): ViewModel {
  const { asOf, actorFilter, kindFilter } = options;
  // Sorted by placement (a deadline at its due day), keeping the events themselves.
  const sorted = sortEvents(timeline.events.map((event) => ({ when: placementWhen(event), event }))).map(({ event }) => event);
  const hasHindsight = sorted.some((event) => isHindsight(event, asOf));
  const view = hasHindsight ? options.view : 'as-ran';
  const inView = sorted.filter((event) => view === 'next' || !isHindsight(event, asOf));
  const shown = inView.filter(
    (event) =>
      (actorFilter.size === 0 || event.actors.some((actor) => actorFilter.has(actor))) && (kindFilter.size === 0 || kindFilter.has(event.kind)),
  );
  const items: Item[] = shown.map((event, index) => ({ event, index }));

  const actorsInData = new Set(inView.flatMap((event) => event.actors));
  const titles = new Map(timeline.events.map((event) => [event.id, event.title]));
  const horizon = latestDate(timeline.events);
  const showAhead = view === 'as-ran';
  const old = previous?.context;
  const context =
    old?.showAhead === showAhead && old.baseUrl === options.baseUrl && sameTitles(old.titles, titles)
      ? old
      : { titles, showAhead, baseUrl: options.baseUrl };
  const cardAsOf = view === 'as-ran' ? asOf : (horizon ?? asOf);
  return {
    timeline,
    context,
    cardAsOf: previous && serializePartialDate(previous.cardAsOf) === serializePartialDate(cardAsOf) ? previous.cardAsOf : cardAsOf,
    actorIndex: indexOf(timeline.actors),
    inView,
    asOf,
    hasHindsight,
    view,
    total: inView.length,
    items,
    events: shown,
    sections: sectionsOf(items, timeline.eras ?? [], asOf),
    actors: timeline.actors.filter((actor) => actorsInData.has(actor.id)).map((actor) => ({ id: actor.id, label: actor.shortName ?? actor.name })),
    kinds: EVENT_KINDS.filter((kind) => inView.some((event) => event.kind === kind)),
  };
}

/** Items under their eras, split once where events turn from past to ahead of the as-of date. */
function sectionsOf(items: readonly Item[], eras: readonly Era[], asOf: PartialDate): Section[] {
  const eraOf = (event: TimelineEvent) => {
    const day = firstDay(placementWhen(event).start);
    return eras.find((era) => firstDay(era.start) <= day && day <= lastDay(era.end));
  };
  const sections: Section[] = [];
  let markerShown = false;
  for (const item of items) {
    const era = eraOf(item.event);
    let section = sections[sections.length - 1];
    if (!section || section.era !== era) {
      section = { era, segments: [] };
      sections.push(section);
    }
    const markerBefore = !markerShown && timingAsOf(item.event, asOf) === 'ahead';
    let segment = section.segments[section.segments.length - 1];
    if (!segment || markerBefore) {
      segment = { items: [], markerBefore };
      section.segments.push(segment);
    }
    if (markerBefore) markerShown = true;
    segment.items.push(item);
  }
  return sections;
}

/**
 * What relative addresses in the data resolve against: `base-url`, else the data file's
 * address (data through `src`), else the page's base URI. On the server (no page), `base-url`
 * or nothing: the reader's browser then resolves addresses against the page.
 */
export function dataBase(baseUrl: string | undefined, src: string | undefined, page: string | undefined): string | undefined {
  const from = baseUrl ?? (src === '' ? undefined : src);
  if (from === undefined) return page;
  try {
    return new URL(from, page).href;
  } catch {
    return page;
  }
}
