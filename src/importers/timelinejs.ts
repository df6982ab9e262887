/**
 * TimelineJS3 JSON → a diplo-timeline document. Pure: no DOM, runs in Node and browsers.
 *
 * - `title` slide → title and summary; `events` → events (data order kept); `eras` → eras
 *   (headline and text); `group` → an actor (state-less `group` kind) named after it;
 *   `unique_id` → id.
 * - Dates: `{ year, month, day, hour, minute, second, millisecond }` at the precision
 *   given. TimelineJS years below zero count back from 1 BCE without a year zero
 *   (-500 is 500 BCE), so they become astronomical years (-499). Times carry no zone in
 *   TimelineJS; they are kept on the same clock, marked UTC, with a warning.
 *   Milliseconds are dropped (our finest precision is the second). A `display_date`
 *   ("Summer 1863") has no place in our data: the date shows from the date fields, with a
 *   warning that quotes it.
 * - `text.headline`, `text.text`, `media.caption` and `media.credit` are HTML: they become
 *   plain text (tags dropped, entities decoded, paragraphs kept); their web links (and
 *   SoundCite clips) become the event's sources.
 * - `media`: see `timelinejs-media.ts`. An image stays an image, its address kept as
 *   written (absolute, `//host/…`, `/root/…` or relative: resolved where the data file is
 *   loaded); anything else becomes a link that names its provider, with `thumbnail` as its
 *   picture; an embed code becomes a link to what it shows; a quotation embedded with no
 *   address is added to the summary.
 * - `background`: a slide's background image is kept as a decorative image (empty `alt`:
 *   TimelineJS gives it no text) after the slide's medium; colours are not kept (the
 *   page's theme sets them), with one warning.
 * - The title slide's media and background have nowhere to go (a timeline has no picture of
 *   its own): a warning names them.
 *
 * Problems are reported the way `parseTimeline` reports them.
 */
import {
  SCHEMA_VERSION,
  parseTimeline,
  type ActorInput,
  type EraInput,
  type EventInput,
  type ParseResult,
  type Problem,
  type TimelineDocument,
} from '../model/index.js';
import { escapeMarks, htmlToInline, htmlToText, linksIn, type HtmlLink } from './html.js';
import { isId, slug } from './ids.js';
import { backgroundImage, readTimelineJSMedia, type MediaInput } from './timelinejs-media.js';

export { htmlToText } from './html.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function own(record: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A headline as one line: TimelineJS headlines break lines with `<br>` ("Whitney Houston<br/> 1963-2012"). */
const headline = (html: string) => htmlToText(html).replace(/\s*\n\s*/g, ' ');

/** A record field as a record; an empty one when it is missing or not an object. */
const record = (parent: Json, key: string): Json => {
  const value = own(parent, key);
  return isRecord(value) ? value : {};
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function number(value: unknown): number | undefined {
  const text = str(value)?.trim();
  if (!text || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

/**
 * A TimelineJS date object as a date string of ours, or a reason it cannot be one. Years
 * of any size come through ("-13800000000" is 13,800,000,000 BCE, "-13799999999" to us);
 * where a JavaScript Date cannot hold the whole year, the date is its year alone, as
 * TimelineJS itself keeps it.
 */
export function timelineJSDate(value: unknown): { date: string; untimed?: boolean } | { error: string } {
  if (!isRecord(value)) return { error: 'is not a date object' };
  const tjsYear = number(own(value, 'year'));
  if (tjsYear === undefined) return { error: 'has no year' };
  const year = tjsYear < 0 ? tjsYear + 1 : tjsYear;
  // Past 2^53 the digits would not be the ones written (and String() turns to "1e+21").
  if (!Number.isSafeInteger(year)) return { error: 'has a year too large to read exactly' };
  let date = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  // The platform's own bounds: January 1 and December 31 of the year both exist as Dates.
  if (Number.isNaN(Date.UTC(year, 0, 1)) || Number.isNaN(Date.UTC(year, 11, 31))) return { date };
  const month = number(own(value, 'month'));
  if (month === undefined) return { date };
  date += `-${pad(month)}`;
  const day = number(own(value, 'day'));
  if (day === undefined) return { date };
  date += `-${pad(day)}`;
  const hour = number(own(value, 'hour'));
  if (hour === undefined) return { date };
  const minute = number(own(value, 'minute')) ?? 0;
  const second = number(own(value, 'second'));
  date += `T${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}Z`;
  return { date, untimed: true };
}


/** The display dates of a slide, by where they were written. */
function displayDates(raw: Json): [string, string][] {
  const found: [string, string][] = [];
  for (const [path, value] of [
    ['display_date', own(raw, 'display_date')],
    ['start_date.display_date', own(record(raw, 'start_date'), 'display_date')],
    ['end_date.display_date', own(record(raw, 'end_date'), 'display_date')],
  ] as const) {
    const text = htmlToText(str(value) ?? '');
    if (text) found.push([path, text]);
  }
  return found;
}

/** The slides of a file: `events`, or `timeline.slides` (an early TimelineJS3 layout, as in Knight Lab's welcome.json). */
function slidesOf(source: Json): { list: unknown[]; path: string } | undefined {
  const events = own(source, 'events');
  if (Array.isArray(events)) return { list: events, path: 'events' };
  const slides = own(record(source, 'timeline'), 'slides');
  return Array.isArray(slides) ? { list: slides, path: 'timeline.slides' } : undefined;
}

/** A TimelineJS file as a document of ours, before it is checked, and what the conversion found. */
export interface TimelineJSDocument {
  document: TimelineDocument;
  problems: Problem[];
  /** False when the input was no TimelineJS object at all (the document is then empty). */
  ok: boolean;
}

export interface TimelineJSDocumentOptions {
  /**
   * Keep slides and eras whose dates cannot be read, without the date (a draft for the editor,
   * where the missing date shows beside its field). Default true; `fromTimelineJS` leaves them
   * out, as a reader's timeline needs.
   */
  keep?: boolean;
}

/**
 * Converts TimelineJS3 JSON (an object, or its text) to a diplo-timeline document, not yet
 * checked: for an editor, which keeps what the author must fix. Never throws.
 *
 * @example
 * const { document, problems } = timelineJSDocument(await response.json());
 */
export function timelineJSDocument(input: unknown, options: TimelineJSDocumentOptions = {}): TimelineJSDocument {
  const keep = options.keep ?? true;
  const problems: Problem[] = [];
  const warn = (path: string, message: string, eventId?: string) => {
    problems.push({ path, severity: 'warning', message, ...(eventId ? { eventId } : {}) });
  };
  let source: unknown = input;
  if (typeof input === 'string') {
    try {
      source = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      source = undefined;
      problems.push({ path: '', severity: 'error', message: `invalid JSON (${String(error)})` });
    }
  }
  if (!isRecord(source)) {
    if (!problems.length) problems.push({ path: '', severity: 'error', message: 'a TimelineJS file must be a JSON object with events' });
    return { document: { schemaVersion: SCHEMA_VERSION, title: '', actors: [], events: [] }, problems, ok: false };
  }

  const titleSlide = record(source, 'title');
  const titleText = record(titleSlide, 'text');
  const title = headline(str(own(titleText, 'headline')) ?? '') || 'Untitled timeline';
  const summary = htmlToInline(str(own(titleText, 'text')) ?? '');
  const titleMedia = readTimelineJSMedia(record(titleSlide, 'media'), title);
  if (titleMedia.kind !== 'none') warn('title.media', 'is not kept: the title slide is not an event, and a timeline has no picture of its own');
  if (backgroundImage(record(titleSlide, 'background'))) warn('title.background.url', 'is not kept: a timeline has no picture of its own');
  const colours: string[] = str(own(record(titleSlide, 'background'), 'color'))?.trim() ? ['title.background.color'] : [];

  const actors = new Map<string, ActorInput>();
  const usedIds = new Set<string>();
  const events: EventInput[] = [];
  const slides = slidesOf(source);
  const list = slides?.list ?? [];
  if (!slides) problems.push({ path: 'events', severity: 'error', message: 'is missing or not a list' });
  else if (slides.path !== 'events') warn(slides.path, 'read as the events (a TimelineJS3 file has them in "events")');

  list.forEach((raw, index) => {
    const path = `${slides?.path ?? 'events'}[${index}]`;
    if (!isRecord(raw)) {
      problems.push({ path, severity: 'error', message: 'is not an event object; this event was left out' });
      return;
    }
    const text = record(raw, 'text');
    const headlineHtml = str(own(text, 'headline')) ?? '';
    const bodyHtml = str(own(text, 'text')) ?? '';
    const read = timelineJSDate(own(raw, 'start_date'));
    if ('error' in read) {
      problems.push({ path: `${path}.start_date`, severity: 'error', message: `${read.error}; ${keep ? 'the event was kept without a date' : 'this event was left out'}` });
      if (!keep) return;
    }
    const start: { date: string; untimed?: boolean } = 'error' in read ? { date: '' } : read;

    let summaryText = htmlToInline(bodyHtml);
    let eventTitle = headline(headlineHtml);
    const untitled = !eventTitle;
    if (untitled) {
      const display = displayDates(raw)[0]?.[1] ?? '';
      const firstSentence = (htmlToText(bodyHtml).split(/(?<=[.!?])\s|\n/)[0] ?? '').slice(0, 120);
      eventTitle = firstSentence || display || (start.date ? `Untitled event (${start.date})` : 'Untitled event');
    }

    let id = str(own(raw, 'unique_id'))?.trim() ?? '';
    if (!isId(id) || usedIds.has(id)) {
      const base = slug(eventTitle) || `event-${index + 1}`;
      id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    }
    usedIds.add(id);
    if (untitled) warn(`${path}.text.headline`, `has no headline; titled "${eventTitle}"`, id);

    const event: EventInput = { id, title: eventTitle, when: start.date, kind: 'other', actors: [] };
    if (start.untimed) warn(`${path}.start_date`, 'has a time without a time zone; kept on the same clock as UTC', id);

    const end = own(raw, 'end_date');
    if (end !== undefined) {
      const parsedEnd = timelineJSDate(end);
      if ('error' in parsedEnd) warn(`${path}.end_date`, `${parsedEnd.error}; the event is kept as a single date`, id);
      else event.when = { start: start.date, end: parsedEnd.date };
    }
    for (const [where, shown] of displayDates(raw)) {
      warn(`${path}.${where}`, `"${shown}" is not kept (there is no display date here): the date shows from the date fields`, id);
    }

    const group = htmlToText(str(own(raw, 'group')) ?? '');
    if (group) {
      const actorId = slug(group) || `group-${actors.size + 1}`;
      if (!actors.has(actorId)) actors.set(actorId, { id: actorId, name: group, kind: 'group' });
      event.actors = [actorId];
    }

    const location = own(raw, 'location');
    const placeName = isRecord(location) ? htmlToText(str(own(location, 'name')) ?? '') : '';
    if (placeName) event.location = { name: placeName };

    const mediaRecord = record(raw, 'media');
    const medium = readTimelineJSMedia(mediaRecord, eventTitle);
    if (medium.warning) warn(`${path}.media.url`, medium.warning, id);
    const media: MediaInput[] = medium.medium ? [medium.medium] : [];
    if (medium.text) summaryText = [summaryText, escapeMarks(medium.text)].filter(Boolean).join('\n\n');

    const background = record(raw, 'background');
    const backdrop = backgroundImage(background);
    // TimelineJS draws it behind the slide, with no text alternative: decorative here too.
    if (backdrop) media.push({ src: backdrop, alt: '' });
    if (str(own(background, 'color'))?.trim()) colours.push(`${path}.background.color`);

    if (summaryText) event.summary = summaryText;
    if (media.length) event.media = media;
    const sources = uniqueSources([headlineHtml, bodyHtml, str(own(mediaRecord, 'caption')) ?? '', str(own(mediaRecord, 'credit')) ?? ''].flatMap(linksIn));
    if (sources.length) event.sources = sources;
    events.push(event);
  });
  if (colours.length) {
    warn(colours[0] ?? '', `slide background colours are not kept (${colours.length} ${colours.length === 1 ? 'slide' : 'slides'}): the page's theme sets the colours`);
  }

  const eras: EraInput[] = [];
  const rawEras = own(source, 'eras');
  if (Array.isArray(rawEras)) {
    rawEras.forEach((raw: unknown, index) => {
      if (!isRecord(raw)) return;
      const start = timelineJSDate(own(raw, 'start_date'));
      const end = timelineJSDate(own(raw, 'end_date'));
      if ('error' in start || 'error' in end) {
        warn(`eras[${index}]`, `has no usable start or end date; ${keep ? 'it was kept without it' : 'it was left out'}`);
        if (!keep) return;
      }
      const text = record(raw, 'text');
      const eraTitle = headline(str(own(text, 'headline')) ?? '') || `Era ${index + 1}`;
      const eraSummary = htmlToInline(str(own(text, 'text')) ?? '');
      const date = (read: typeof start) => ('error' in read ? '' : read.date);
      eras.push({ id: `era-${index + 1}`, title: eraTitle, start: date(start), end: date(end), ...(eraSummary ? { summary: eraSummary } : {}) });
    });
  }

  const document: TimelineDocument = {
    schemaVersion: SCHEMA_VERSION,
    title,
    ...(summary ? { summary } : {}),
    actors: [...actors.values()],
    eras,
    events,
  };
  return { document, problems, ok: true };
}

/**
 * Converts TimelineJS3 JSON (an object, or its text) to a validated diplo-timeline
 * timeline. Never throws; every event is kept that has a date.
 *
 * @example
 * const { timeline, problems } = fromTimelineJS(await response.json());
 */
export function fromTimelineJS(input: unknown): ParseResult {
  const { document, problems, ok } = timelineJSDocument(input, { keep: false });
  const result = parseTimeline(document);
  return { timeline: result.timeline, problems: ok ? [...problems, ...result.problems] : problems };
}

/** Links as sources, each address once (the first text that links it titles it), at most 20. */
function uniqueSources(links: HtmlLink[]): { title: string; url: string }[] {
  const seen = new Set<string>();
  const sources: { title: string; url: string }[] = [];
  for (const link of links) {
    if (seen.has(link.url) || sources.length >= 20) continue;
    seen.add(link.url);
    sources.push({ title: link.title, url: link.url });
  }
  return sources;
}

export { looksLikeTimelineJS } from './detect.js';
