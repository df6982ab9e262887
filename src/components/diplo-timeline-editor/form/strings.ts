/**
 * The editor form's words, in each interface language the readers' elements ship. The kinds,
 * statuses and relations are the readers' own words (`uiStrings`), so an author picks
 * "Summit" and readers see "Summit". One table per language, each a module loaded on demand;
 * a missing language falls back to English.
 */
import { wordTables } from '../../../i18n/word-tables.js';
import { languageKey, loadUiStrings } from '../../../i18n/strings.js';
import type { Plural } from '../../../i18n/plural.js';
import type { ActorKind, DatePrecision, ProblemSeverity } from '../../../model/index.js';

/** The names of the document's fields, as labels and in the problems list. */
export type FieldName =
  | 'title'
  | 'summary'
  | 'asOf'
  | 'locale'
  | 'schemaVersion'
  | 'id'
  | 'name'
  | 'shortName'
  | 'kind'
  | 'color'
  | 'date'
  | 'start'
  | 'end'
  | 'when'
  | 'status'
  | 'actors'
  | 'location'
  | 'country'
  | 'quotes'
  | 'text'
  | 'speaker'
  | 'role'
  | 'lang'
  | 'source'
  | 'sources'
  | 'url'
  | 'publisher'
  | 'published'
  | 'media'
  | 'src'
  | 'alt'
  | 'caption'
  | 'credit'
  | 'related'
  | 'relation'
  | 'tags'
  | 'importance'
  | 'eras'
  | 'events';

/** The lists whose items the form numbers ("Source 2"). */
export type ItemList = 'actors' | 'eras' | 'events' | 'quotes' | 'sources' | 'media' | 'related' | 'tags';

export interface EditorFormStrings {
  fields: Record<FieldName, string>;
  /** One item of a list, numbered from 1: "Source 2". */
  items: Record<ItemList, (n: number) => string>;
  /** The severity of a problem, said before it to screen readers. */
  severities: Record<ProblemSeverity, string>;
  precisions: Record<DatePrecision, string>;
  actorKinds: Record<ActorKind, string>;
  hints: {
    date: string;
    asOf: string;
    locale: string;
    summary: string;
    id: string;
    color: string;
    status: string;
    tags: string;
    alt: string;
    url: string;
  };
  /** Marks a required field's label. */
  required: string;
  /** Before a date's reading, for screen readers: "Reads as". */
  readsAs: string;
  /** The language a tag names: "Reads as Korean (South Korea)". */
  languageReads(name: string): string;
  /** What Undo and Redo call typing in a field. */
  editLabel(field: string): string;
  notSet: string;
  range: string;
  timeline: string;
  add(list: ItemList): string;
  moveUp(item: string): string;
  moveDown(item: string): string;
  remove(item: string): string;
  /** Buttons' visible words (their full names say which item). */
  up: string;
  down: string;
  delete: string;
  pickColor: string;
  colorUnknown: string;
  /** The colour's contrast when it is enough on both backgrounds. */
  contrastOk(light: string, dark: string): string;
  /** The colour is too faint on one background. */
  contrastLow(background: 'light' | 'dark', ratio: string): string;
  noActors: string;
  unknownActor(id: string): string;
  importanceLevels: Record<1 | 2 | 3, string>;
  image: string;
  otherMedium: string;
  mediumType: string;
  decorative: string;
  quoteSource: string;
  chooseEvent: string;
  /** The event a related link points at. */
  relatedEvent: string;
  unknownEvent(id: string): string;
  // The event list.
  search: string;
  searchHint: string;
  eventList: string;
  eventsShown: Plural<[shown: string]>;
  noEvents: string;
  noMatch: string;
  addEvent: string;
  duplicate: string;
  duplicateEvent: string;
  deleteEvent: string;
  deleted(title: string): string;
  undo: string;
  untitled: string;
  noDate: string;
  badDate: string;
  problemCount: Plural;
  editEvent: string;
  noEventSelected: string;
  // The problems list.
  problems: string;
  noProblems: string;
  errorCount: Plural;
  warningCount: Plural;
  actorGroup(name: string): string;
  eraGroup(title: string): string;
  eventGroup(title: string): string;
  wholeItem: string;
}

const en: EditorFormStrings = {
  fields: {
    title: 'Title',
    summary: 'Summary',
    asOf: 'As of',
    locale: 'Language',
    schemaVersion: 'Format version',
    id: 'Id',
    name: 'Name',
    shortName: 'Short name',
    kind: 'Kind',
    color: 'Colour',
    date: 'Date',
    start: 'Start',
    end: 'End',
    when: 'When',
    status: 'Status',
    actors: 'Actors',
    location: 'Place',
    country: 'Country',
    quotes: 'Quotes',
    text: 'Words quoted',
    speaker: 'Speaker',
    role: 'Role',
    lang: 'Language',
    source: 'Source',
    sources: 'Sources',
    url: 'Address (URL)',
    publisher: 'Publisher',
    published: 'Published',
    media: 'Media',
    src: 'Image address',
    alt: 'Text alternative',
    caption: 'Caption',
    credit: 'Credit',
    related: 'Related events',
    relation: 'Relation',
    tags: 'Tags',
    importance: 'Importance',
    eras: 'Eras',
    events: 'Events',
  },
  items: {
    actors: (n) => `Actor ${n}`,
    eras: (n) => `Era ${n}`,
    events: (n) => `Event ${n}`,
    quotes: (n) => `Quote ${n}`,
    sources: (n) => `Source ${n}`,
    media: (n) => `Medium ${n}`,
    related: (n) => `Link ${n}`,
    tags: (n) => `Tag ${n}`,
  },
  severities: { error: 'Error', warning: 'Warning' },
  precisions: { year: 'year', month: 'month', day: 'day', minute: 'minute', second: 'second' },
  actorKinds: { state: 'State', organization: 'Organization', person: 'Person', group: 'Group' },
  hints: {
    date: 'YYYY, YYYY-MM or YYYY-MM-DD; put ~ in front for “circa” (~2018).',
    asOf: 'The day the story ran: later events read as still ahead.',
    locale: 'A language tag, such as en, ko or zh-Hant.',
    summary: 'Plain text; a blank line starts a new paragraph.',
    id: 'Letters, digits, - _ and .; made from the name until you change it.',
    color: '#rrggbb or a colour name.',
    status: 'Left unset, it follows from the date and the as-of date.',
    tags: 'Separate tags with commas or semicolons.',
    alt: 'What the image shows, for people who cannot see it.',
    url: 'An http(s) address, or one relative to the data file.',
  },
  required: 'required',
  readsAs: 'Reads as:',
  languageReads: (name) => `Reads as ${name}`,
  editLabel: (field) => `Edit “${field}”`,
  notSet: 'Not set',
  range: 'A range (start and end)',
  timeline: 'Timeline',
  add: (list) =>
    ({
      actors: 'Add actor',
      eras: 'Add era',
      events: 'Add event',
      quotes: 'Add quote',
      sources: 'Add source',
      media: 'Add medium',
      related: 'Add related event',
      tags: 'Add tag',
    })[list],
  moveUp: (item) => `Move ${item} up`,
  moveDown: (item) => `Move ${item} down`,
  remove: (item) => `Delete ${item}`,
  up: 'Up',
  down: 'Down',
  delete: 'Delete',
  pickColor: 'Pick a colour',
  colorUnknown: 'This is not a colour a browser knows.',
  contrastOk: (light, dark) => `Contrast ${light} on light and ${dark} on dark backgrounds (3:1 needed).`,
  contrastLow: (background, ratio) =>
    `Hard to see on the ${background === 'light' ? 'light' : 'dark'} background: contrast ${ratio}, needs at least 3:1.`,
  noActors: 'This timeline has no actors yet: add them under Actors.',
  unknownActor: (id) => `${id} (no such actor)`,
  importanceLevels: { 1: '1 · minor', 2: '2 · notable', 3: '3 · major' },
  image: 'Image',
  otherMedium: 'Link to another medium (video, post, map…)',
  mediumType: 'Type',
  decorative: 'Decorative: it needs no text alternative',
  quoteSource: 'Where it was said',
  chooseEvent: 'Choose an event',
  relatedEvent: 'Event',
  unknownEvent: (id) => `${id} (no such event)`,
  search: 'Search events',
  searchHint: 'Title, summary, place, actors or tags.',
  eventList: 'Events in date order',
  eventsShown: { one: (total, shown) => `${shown} of ${total} event`, other: (total, shown) => `${shown} of ${total} events` },
  noEvents: 'No events yet.',
  noMatch: 'No events match the search.',
  addEvent: 'Add event',
  duplicate: 'Duplicate',
  duplicateEvent: 'Duplicate event',
  deleteEvent: 'Delete event',
  deleted: (title) => `Deleted “${title}”.`,
  undo: 'Undo',
  untitled: 'Untitled event',
  noDate: 'No date',
  badDate: 'Date not understood',
  problemCount: { one: (n) => `${n} problem`, other: (n) => `${n} problems` },
  editEvent: 'Event',
  noEventSelected: 'Choose an event in the list, or add one.',
  problems: 'Problems',
  noProblems: 'No problems: everything will show.',
  errorCount: { one: (n) => `${n} error`, other: (n) => `${n} errors` },
  warningCount: { one: (n) => `${n} warning`, other: (n) => `${n} warnings` },
  actorGroup: (name) => `Actor: ${name}`,
  eraGroup: (title) => `Era: ${title}`,
  eventGroup: (title) => `Event: ${title}`,
  wholeItem: 'As a whole',
};

const tables = wordTables<EditorFormStrings>(en, {
  ko: () => import('./strings/ko.js'),
  zh: () => import('./strings/zh-CN.js'),
  'zh-Hant': () => import('./strings/zh-Hant.js'),
  ja: () => import('./strings/ja.js'),
  ar: () => import('./strings/ar.js'),
  he: () => import('./strings/he.js'),
});

/** The form's words for a language tag; English until (or unless) that language's table is loaded. */
export function formStrings(tag: string): EditorFormStrings {
  return tables.get(languageKey(tag));
}

/**
 * Loads the form's words for a language, and the readers' words it reuses (kinds, statuses).
 * Undefined when both are here already; else a promise that settles once they are (or once
 * loading failed: English it is).
 */
export function loadFormStrings(tag: string): Promise<void> | undefined {
  const form = tables.load(languageKey(tag));
  const ui = loadUiStrings(tag);
  return form && ui ? Promise.all([form, ui]).then(() => undefined) : (form ?? ui);
}
