/**
 * One event row → an event of the document (still raw: the schema checks it next). Quotes,
 * sources and media come from numbered columns; actors may be written by id, name or short
 * name; TimelineJS's columns (Headline, Text, Media, Group) are read as TimelineJS reads them.
 */
import { EVENT_KINDS, RELATIONS, looksLikeImage, type EventInput } from '../../model/index.js';
import { htmlToText } from '../timelinejs.js';
import { listItems } from './columns.js';
import type { RowReader } from './row-reader.js';

type SourceInput = NonNullable<EventInput['sources']>[number];
type QuoteInput = NonNullable<EventInput['quotes']>[number];
type MediaInput = NonNullable<EventInput['media']>[number];

/** Finds actors by id, name or short name, and adds the ones it does not know. */
export interface ActorDirectory {
  resolve(name: string, row: RowReader, header: string | undefined, fromGroup: boolean): string;
}

/** What a producer writes in an Alt cell for a purely decorative image (an empty cell is no alt at all). */
export const DECORATIVE = '(decorative)';

const isAddress = (text: string) => /^(?:https?:)?\/\//i.test(text) || /^[./]/.test(text);
const looksLikeHtml = (text: string) => /<[a-z/!]/i.test(text);
const plain = (text: string) => (looksLikeHtml(text) ? htmlToText(text) : text);

function readSource(
  row: RowReader,
  base: string,
  cells: { title: string; url: string; publisher: string; published: string; any: string },
  headers: { title?: string; url?: string; publisher?: string; published?: string; any?: string },
): SourceInput | undefined {
  let { title, url } = cells;
  if (cells.any) {
    if (isAddress(cells.any) && !url) {
      url = cells.any;
      row.from(`${base}.url`, headers.any);
    } else if (!title) {
      title = cells.any;
      row.from(`${base}.title`, headers.any);
    }
  }
  if (!title && !url && !cells.publisher && !cells.published) return undefined;
  row.from(`${base}.title`, headers.title ?? headers.url);
  row.from(`${base}.url`, headers.url);
  row.from(`${base}.publisher`, headers.publisher);
  row.from(`${base}.published`, headers.published);
  row.from(base, headers.title ?? headers.url ?? headers.any ?? headers.publisher);
  const source: SourceInput = { title: title || url };
  if (url) source.url = url;
  if (cells.publisher) source.publisher = cells.publisher;
  if (cells.published) {
    const published = row.dateCell(cells.published, headers.published, 'the date was left out');
    if (published) source.published = published;
  }
  return source;
}

function readSources(row: RowReader, count: number): SourceInput[] {
  const sources: SourceInput[] = [];
  for (let i = 0; i < count; i++) {
    const parts = ['title', 'url', 'publisher', 'published', 'any'] as const;
    const cells = Object.fromEntries(parts.map((part) => [part, row.part('source', i, part)])) as Record<(typeof parts)[number], string>;
    const headers = Object.fromEntries(parts.map((part) => [part, row.partHeader('source', i, part)]));
    const source = readSource(row, `sources[${sources.length}]`, cells, headers);
    if (source) sources.push(source);
  }
  return sources;
}

function readQuotes(row: RowReader, count: number): QuoteInput[] {
  const quotes: QuoteInput[] = [];
  for (let i = 0; i < count; i++) {
    const text = row.part('quote', i, 'text');
    const speaker = row.part('quote', i, 'speaker');
    const role = row.part('quote', i, 'role');
    const lang = row.part('quote', i, 'lang');
    const base = `quotes[${quotes.length}]`;
    const sourceParts = { title: 'sourceTitle', url: 'sourceUrl', publisher: 'sourcePublisher', published: 'sourcePublished', any: 'sourceAny' } as const;
    const sourceCells = Object.fromEntries(Object.entries(sourceParts).map(([key, part]) => [key, row.part('quote', i, part)]));
    const sourceHeaders = Object.fromEntries(Object.entries(sourceParts).map(([key, part]) => [key, row.partHeader('quote', i, part)]));
    if (!text && !speaker && !role && !lang && Object.values(sourceCells).every((cell) => !cell)) continue;
    row.from(`${base}.text`, row.partHeader('quote', i, 'text'));
    row.from(`${base}.speaker`, row.partHeader('quote', i, 'speaker'));
    row.from(`${base}.role`, row.partHeader('quote', i, 'role'));
    row.from(`${base}.lang`, row.partHeader('quote', i, 'lang'));
    row.from(base, row.partHeader('quote', i, 'text') ?? row.partHeader('quote', i, 'speaker'));
    const quote: QuoteInput = { text, speaker };
    if (role) quote.role = role;
    if (lang) quote.lang = lang;
    const source = readSource(row, `${base}.source`, sourceCells as Parameters<typeof readSource>[2], sourceHeaders);
    if (source) quote.source = source;
    quotes.push(quote);
  }
  return quotes;
}

function readMedia(row: RowReader, count: number, title: string): MediaInput[] {
  const media: MediaInput[] = [];
  for (let i = 0; i < count; i++) {
    const header = (part: string) => row.partHeader('media', i, part);
    let src = row.part('media', i, 'image');
    let url = row.part('media', i, 'url');
    const any = row.part('media', i, 'any');
    let alt: string | undefined = row.part('media', i, 'alt');
    const caption = plain(row.part('media', i, 'caption'));
    const credit = plain(row.part('media', i, 'credit'));
    const base = `media[${media.length}]`;
    let altFallback = false;
    if (any) {
      if (looksLikeHtml(any) || !isAddress(any)) {
        row.report('warning', header('any'), 'is embedded HTML or not a web address; it was left out (give the address of the image, video or page)');
      } else if (looksLikeImage(any) && !src) {
        src = any;
        row.from(`${base}.src`, header('any'));
        altFallback = true;
      } else if (!url) {
        url = any;
        row.from(`${base}.url`, header('any'));
      }
    }
    if (!src && !url) {
      if (alt || caption || credit) row.report('warning', header('alt') ?? header('caption') ?? header('credit'), 'describes no medium (no image or address in this row); it was ignored');
      continue;
    }
    row.from(`${base}.src`, header('image'));
    row.from(`${base}.url`, header('url'));
    row.from(`${base}.alt`, header('alt') ?? header('image'));
    row.from(`${base}.caption`, header('caption'));
    row.from(`${base}.credit`, header('credit'));
    row.from(base, header('image') ?? header('url') ?? header('any'));
    if (alt === DECORATIVE) alt = '';
    // TimelineJS's sheets had no alt text until 2024: its caption, else the headline, describes the image.
    else if (!alt && src && altFallback) alt = caption || title;
    else if (!alt) alt = undefined;
    const item: MediaInput = {};
    if (src) item.src = src;
    if (url) item.url = url;
    if (alt !== undefined && src) item.alt = alt;
    if (caption) item.caption = caption;
    if (credit) item.credit = credit;
    media.push(item);
  }
  return media;
}

/** `leads-to: unsc-2375; follows: The Singapore summit` → links (ids or titles resolved later). */
function readRelated(row: RowReader): { id: string; relation: string }[] {
  const cell = row.cell('related');
  if (!cell) return [];
  row.from('related', row.header('related'));
  return listItems(cell).map((item) => {
    const match = /^([a-z-]+)\s*:\s*(.+)$/i.exec(item);
    const relation = match?.[1]?.toLowerCase();
    if (match && relation && (RELATIONS as readonly string[]).includes(relation)) return { id: (match[2] ?? '').trim(), relation };
    return { id: item, relation: '' };
  });
}

/**
 * An event row as a raw event (its `id` is settled by the caller). A row whose date is missing
 * or cannot be read gives undefined, or, when the reader keeps everything, an event with the
 * date as typed (a draft for the editor, where the date's problem shows beside it).
 */
export function readEventRow(row: RowReader, counts: Record<'source' | 'quote' | 'media', number>, actors: ActorDirectory, kindFromType?: string): EventInput | undefined {
  let title = row.text('title', 'headline', 'title');
  row.from('title', row.header('title') ?? row.header('headline'));
  const summary = row.text('summary', 'text', 'summary');
  if (!title && summary) {
    title = (summary.split(/(?<=[.!?])\s|\n/)[0] ?? '').slice(0, 120);
    row.report('warning', row.header('title') ?? row.header('headline'), `is empty; the event was titled "${title}" from its summary — give it a title`);
    row.from('title', row.header('summary') ?? row.header('text'));
  }
  const start = row.date(false, 'when', 'this event was left out');
  if (start === undefined) {
    // No date cell at all (a cell that could not be read has said so already).
    if (!row.origin.columns.has('when')) {
      const consequence = row.keep ? 'the event was kept without one' : 'this event was left out';
      row.report('error', row.header('date') ?? row.header('year') ?? 'Date', `is empty: an event needs a date; ${consequence}`);
    }
    if (!row.keep) return undefined;
  }
  const end = row.date(true, 'when.end', 'the event was kept as a single date', 'warning');
  row.from('when.start', row.origin.columns.get('when'));
  const event: EventInput = { id: '', title, when: end ? { start: start ?? '', end } : (start ?? ''), kind: 'other', actors: [] };

  const kind = row.cell('kind').toLowerCase();
  if (kind) {
    event.kind = kind as EventInput['kind'];
    row.from('kind', row.header('kind'));
  } else if (kindFromType && (EVENT_KINDS as readonly string[]).includes(kindFromType)) {
    event.kind = kindFromType as EventInput['kind'];
  }
  const status = row.cell('status').toLowerCase();
  if (status) {
    event.status = status as EventInput['status'];
    row.from('status', row.header('status'));
  }
  const names = listItems(row.cell('actors')).map((name) => actors.resolve(name, row, row.header('actors'), false));
  const group = plain(row.cell('group'));
  if (group) names.push(actors.resolve(group, row, row.header('group'), true));
  event.actors = [...new Set(names)];
  row.from('actors', row.header('actors') ?? row.header('group'));
  if (summary) event.summary = summary;
  if (/<a\b[^>]*href/i.test(row.cell('text'))) {
    row.report('warning', row.header('text'), 'has links, which plain text cannot keep; put their addresses in Source URL columns');
  }
  const place = row.cell('place');
  const country = row.cell('country');
  if (place || country) {
    event.location = country ? { name: place, country } : { name: place };
    row.from('location', row.header('place') ?? row.header('country'));
    row.from('location.name', row.header('place') ?? row.header('country'));
    row.from('location.country', row.header('country'));
  }
  const tags = listItems(row.cell('tags'));
  if (tags.length) {
    event.tags = tags;
    row.from('tags', row.header('tags'));
  }
  const importance = row.cell('importance');
  if (importance) {
    event.importance = (/^\d+(?:\.0+)?$/.test(importance) ? Number(importance) : importance) as number;
    row.from('importance', row.header('importance'));
  }
  const sources = readSources(row, counts.source);
  if (sources.length) event.sources = sources;
  const quotes = readQuotes(row, counts.quote);
  if (quotes.length) event.quotes = quotes;
  const media = readMedia(row, counts.media, title);
  if (media.length) event.media = media;
  const related = readRelated(row);
  if (related.length) event.related = related as EventInput['related'];
  return event;
}
