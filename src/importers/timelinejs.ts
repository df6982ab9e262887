/**
 * TimelineJS3 JSON → a diplo-timeline document. Pure: no DOM, runs in Node and browsers.
 *
 * - `title` slide → title and summary; `events` → events (data order kept); `eras` → eras;
 *   `group` → an actor (state-less `group` kind) named after it; `unique_id` → id.
 * - Dates: `{ year, month, day, hour, minute, second, millisecond }` at the precision
 *   given. TimelineJS years below zero count back from 1 BCE without a year zero
 *   (-500 is 500 BCE), so they become astronomical years (-499). Times carry no zone in
 *   TimelineJS; they are kept on the same clock, marked UTC, with a warning.
 *   Milliseconds are dropped (our finest precision is the second).
 * - `text.headline` and `text.text` are HTML: they become plain text (tags dropped,
 *   entities decoded, paragraphs kept); links in the text become sources.
 * - `media`: an image URL becomes an image with its caption and credit; any other URL
 *   (video, tweet, map, article) is kept as a source link; embedded HTML is dropped with
 *   a warning.
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

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * TimelineJS's HTML as plain text: scripts and styles dropped whole, block ends and
 * line breaks kept as paragraph and line breaks, every other tag dropped, entities
 * decoded. The result is only ever shown as text, never parsed as markup.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|iframe|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The http(s) links in a piece of TimelineJS HTML, with their text. */
function linksIn(html: string): { url: string; title: string }[] {
  const links: { url: string; title: string }[] = [];
  const pattern = /<a\b[^>]*\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi;
  for (const match of html.matchAll(pattern)) {
    const url = decodeEntities(match[2] ?? '').trim();
    if (!/^https?:\/\//i.test(url)) continue;
    links.push({ url, title: htmlToText(match[3] ?? '') || url });
    if (links.length >= 20) break;
  }
  return links;
}

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

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/**
 * Converts TimelineJS3 JSON (an object, or its text) to a validated diplo-timeline
 * timeline. Never throws; every event is kept that has a date.
 *
 * @example
 * const { timeline, problems } = fromTimelineJS(await response.json());
 */
export function fromTimelineJS(input: unknown): ParseResult {
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
    const result = parseTimeline({ schemaVersion: SCHEMA_VERSION, title: '', actors: [], events: [] });
    if (!problems.length) problems.push({ path: '', severity: 'error', message: 'a TimelineJS file must be a JSON object with events' });
    return { timeline: result.timeline, problems };
  }

  const titleSlide = own(source, 'title');
  const titleText = isRecord(titleSlide) && isRecord(own(titleSlide, 'text')) ? (own(titleSlide, 'text') as Json) : {};
  const title = htmlToText(str(own(titleText, 'headline')) ?? '') || 'Untitled timeline';
  const summary = htmlToText(str(own(titleText, 'text')) ?? '');

  const actors = new Map<string, ActorInput>();
  const usedIds = new Set<string>();
  const events: EventInput[] = [];
  const rawEvents = own(source, 'events');
  const list: unknown[] = Array.isArray(rawEvents) ? rawEvents : [];
  if (!Array.isArray(rawEvents)) problems.push({ path: 'events', severity: 'error', message: 'is missing or not a list' });

  list.forEach((raw, index) => {
    const path = `events[${index}]`;
    if (!isRecord(raw)) {
      problems.push({ path, severity: 'error', message: 'is not an event object; this event was left out' });
      return;
    }
    const text = isRecord(own(raw, 'text')) ? (own(raw, 'text') as Json) : {};
    const headlineHtml = str(own(text, 'headline')) ?? '';
    const bodyHtml = str(own(text, 'text')) ?? '';
    const start = timelineJSDate(own(raw, 'start_date'));
    if ('error' in start) {
      problems.push({ path: `${path}.start_date`, severity: 'error', message: `${start.error}; this event was left out` });
      return;
    }

    const summaryText = htmlToText(bodyHtml);
    let eventTitle = htmlToText(headlineHtml);
    const untitled = !eventTitle;
    if (untitled) {
      const display = htmlToText(str(own(isRecord(own(raw, 'start_date')) ? (own(raw, 'start_date') as Json) : {}, 'display_date')) ?? '');
      const firstSentence = (summaryText.split(/(?<=[.!?])\s|\n/)[0] ?? '').slice(0, 120);
      eventTitle = firstSentence || display || `Untitled event (${start.date})`;
    }

    let id = str(own(raw, 'unique_id'))?.trim() ?? '';
    if (!ID.test(id) || id.length > 128 || usedIds.has(id)) {
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
    if (summaryText) event.summary = summaryText;

    const group = htmlToText(str(own(raw, 'group')) ?? '');
    if (group) {
      const actorId = slug(group) || `group-${actors.size + 1}`;
      if (!actors.has(actorId)) actors.set(actorId, { id: actorId, name: group, kind: 'group' });
      event.actors = [actorId];
    }

    const location = own(raw, 'location');
    const placeName = isRecord(location) ? htmlToText(str(own(location, 'name')) ?? '') : '';
    if (placeName) event.location = { name: placeName };

    const sources = linksIn(bodyHtml).map((link) => ({ title: link.title, url: link.url }));
    const media = own(raw, 'media');
    if (isRecord(media)) {
      const url = (str(own(media, 'url')) ?? '').trim();
      const caption = htmlToText(str(own(media, 'caption')) ?? '');
      const credit = htmlToText(str(own(media, 'credit')) ?? '');
      if (/^https?:\/\//i.test(url) && IMAGE.test(url)) {
        event.media = [
          {
            src: url,
            alt: htmlToText(str(own(media, 'alt')) ?? '') || caption || eventTitle,
            ...(caption ? { caption } : {}),
            ...(credit ? { credit } : {}),
          },
        ];
      } else if (/^https?:\/\//i.test(url)) {
        sources.unshift({ title: caption || url, url, ...(credit ? { publisher: credit } : {}) });
      } else if (url) {
        warn(`${path}.media.url`, 'is embedded HTML or not a web address; it was left out', id);
      }
    }
    if (sources.length) event.sources = sources;
    events.push(event);
  });

  const eras: EraInput[] = [];
  const rawEras = own(source, 'eras');
  if (Array.isArray(rawEras)) {
    rawEras.forEach((raw: unknown, index) => {
      if (!isRecord(raw)) return;
      const start = timelineJSDate(own(raw, 'start_date'));
      const end = timelineJSDate(own(raw, 'end_date'));
      if ('error' in start || 'error' in end) {
        warn(`eras[${index}]`, 'has no usable start or end date; it was left out');
        return;
      }
      const text = isRecord(own(raw, 'text')) ? (own(raw, 'text') as Json) : {};
      const eraTitle = htmlToText(str(own(text, 'headline')) ?? '') || `Era ${index + 1}`;
      eras.push({ id: `era-${index + 1}`, title: eraTitle, start: start.date, end: end.date });
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
  const result = parseTimeline(document);
  return { timeline: result.timeline, problems: [...problems, ...result.problems] };
}

export { looksLikeTimelineJS } from './detect.js';
