/**
 * The words the elements write around the data, in each interface language.
 * One typed table per language; a missing language falls back to English.
 */
import { wordTables } from './word-tables.js';
import type { EventKind, EventStatus, MediaType, Relation } from '../model/index.js';
import type { Plural } from './plural.js';

export interface UiStrings {
  kinds: Record<EventKind, string>;
  statuses: Record<EventStatus, string>;
  relations: Record<Relation, string>;
  ahead: string;
  deadline: string;
  deadlinePassed: string;
  asOf(date: string): string;
  aheadBelow: string;
  viewLabel: string;
  asRan: string;
  whatNext: string;
  filter: string;
  filterActors: string;
  filterKinds: string;
  showAll: string;
  /** The count line when every event is shown: "36 events" (by the total's plural category). */
  eventCount: Plural;
  /** The button that ends a timeline's compact start: "Show all 33 events". */
  showAllEvents: Plural;
  /** The count line under filters: "5 of 36 events shown" (by the total's category; then the shown count). */
  eventsShown: Plural<[shown: string]>;
  events: string;
  loading: string;
  loadFailed: string;
  keptLast: string;
  /** The summary over the problems found in the data: "3 problems in the data". */
  problems: Plural;
  noEvents: string;
  noMatch: string;
  sources: string;
  related: string;
  actors: string;
  location: string;
  credit(credit: string): string;
  /** A link to a medium that is not an image: "Video on YouTube", "Wikipedia article". */
  mediaLink(type: MediaType, provider: string): string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  zoomToEra: string;
  axisHint: string;
  close: string;
  today: string;
}

const en: UiStrings = {
  kinds: {
    summit: 'Summit',
    meeting: 'Meeting',
    visit: 'Visit',
    talks: 'Talks',
    sanctions: 'Sanctions',
    resolution: 'Resolution',
    test: 'Weapons test',
    deadline: 'Deadline',
    statement: 'Statement',
    letter: 'Letter',
    agreement: 'Agreement',
    protest: 'Protest',
    trade: 'Trade',
    election: 'Election',
    other: 'Event',
  },
  statuses: {
    occurred: 'Occurred',
    scheduled: 'Scheduled',
    expected: 'Expected',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
    failed: 'Failed',
  },
  relations: { follows: 'Follows', 'responds-to': 'Responds to', 'leads-to': 'Leads to', 'part-of': 'Part of' },
  ahead: 'Ahead',
  deadline: 'Deadline',
  deadlinePassed: 'Deadline passed',
  asOf: (date) => `As of ${date}`,
  aheadBelow: 'Events below were still ahead when this was published.',
  viewLabel: 'Show the timeline',
  asRan: 'As the story ran',
  whatNext: 'What happened next',
  filter: 'Filter events',
  filterActors: 'Filter by actor',
  filterKinds: 'Filter by kind',
  showAll: 'Show all',
  eventCount: { one: (n) => `${n} event`, other: (n) => `${n} events` },
  showAllEvents: { one: (n) => `Show ${n} event`, other: (n) => `Show all ${n} events` },
  eventsShown: { one: (total, shown) => `${shown} of ${total} event shown`, other: (total, shown) => `${shown} of ${total} events shown` },
  events: 'Events',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be loaded',
  keptLast: 'Showing the last version that loaded.',
  problems: { one: (n) => `${n} problem in the data`, other: (n) => `${n} problems in the data` },
  noEvents: 'This timeline has no events yet.',
  noMatch: 'No events match these filters.',
  sources: 'Sources',
  related: 'Related',
  actors: 'Actors',
  location: 'Location',
  credit: (credit) => `Photo: ${credit}`,
  mediaLink: (type, p) =>
    ({
      video: `Video on ${p}`,
      audio: `Audio on ${p}`,
      post: `Post on ${p}`,
      article: `${p} article`,
      map: `Map on ${p}`,
      photo: `Photo on ${p}`,
      document: `Document on ${p}`,
      page: `Page on ${p}`,
    })[type],
  zoomControls: 'Zoom and pan',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  zoomToEra: 'Zoom to era',
  axisHint: 'Drag or scroll sideways to move; Ctrl + wheel, pinch or + and − to zoom; arrow keys move between events.',
  close: 'Close',
  today: 'Today',
};

/**
 * The other languages' tables, each in a module of its own that a page loads only when
 * an element speaks that language (English is always here). Chinese has two: Traditional
 * characters (Taiwan usage) and Simplified.
 */
const tables = wordTables<UiStrings>(en, {
  ko: () => import('./strings/ko.js'),
  zh: () => import('./strings/zh-CN.js'),
  'zh-Hant': () => import('./strings/zh-Hant.js'),
  ja: () => import('./strings/ja.js'),
  ar: () => import('./strings/ar.js'),
  he: () => import('./strings/he.js'),
});
const keys = new Map<string, string>();

/**
 * The table a tag reads: its language, canonical ("iw" is "he"); for Chinese, the script
 * the platform's likely-subtags data gives it, so zh-TW, zh-HK, zh-MO, zh-Hant and
 * zh-Hant-* read Traditional and zh, zh-CN, zh-SG, zh-Hans Simplified.
 */
export function languageKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    try {
      const locale = new Intl.Locale(tag);
      key = locale.language === 'zh' && locale.maximize().script === 'Hant' ? 'zh-Hant' : locale.language;
    } catch {
      key = 'en';
    }
    keys.set(tag, key);
  }
  return key;
}

/** The UI strings for a language tag, by its language; English until (or unless) that language's table is loaded. */
export function uiStrings(tag: string): UiStrings {
  return tables.get(languageKey(tag));
}

/**
 * The language the words of `uiStrings(tag)` are in, as a tag for their plural rules and
 * numbers: `tag` itself once its table is here (so "ar-EG" keeps its digits), else "en".
 */
export function uiLanguage(tag: string): string {
  return tables.has(languageKey(tag)) ? tag : 'en';
}

/**
 * Loads the UI strings for a language tag. Undefined when they are already here (or the
 * language has none and falls back to English); else a promise that settles once they are.
 */
export function loadUiStrings(tag: string): Promise<void> | undefined {
  return tables.load(languageKey(tag));
}
