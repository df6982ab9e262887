/**
 * toCSV: a timeline → spreadsheet text in the layout fromCSV reads, so that a timeline
 * written as JSON can be handed to a producer as a sheet and read back the same.
 */
import { dsvFormat } from 'd3-dsv';
import { isParsed, parseTimeline, serializeTimeline, type EventInput, type Timeline, type TimelineDocument } from '../../model/index.js';
import { FIELD_HEADERS, GROUP_PARTS, groupHeader, type Field, type Group } from './columns.js';
import { DECORATIVE } from './event-row.js';

type Cells = Record<string, string>;

const HEAD: readonly Field[] = ['type', 'id', 'date', 'endDate', 'title', 'summary', 'kind', 'status', 'actors', 'place', 'country'];
const TAIL: readonly Field[] = ['related', 'tags', 'importance', 'shortName', 'color', 'asOf', 'language'];
const WRITTEN_PARTS: Record<Group, readonly string[]> = {
  source: ['title', 'url', 'publisher', 'published'],
  quote: GROUP_PARTS.quote.filter((part) => part !== 'sourceAny'),
  media: ['image', 'url', 'alt', 'caption', 'credit'],
};

const field = (name: Field) => FIELD_HEADERS[name] ?? name;
const list = (items: readonly string[] | undefined) => (items ?? []).join('; ');

type SourceInput = NonNullable<EventInput['sources']>[number];

function source(cells: Cells, group: Group, index: number, value: SourceInput | undefined, prefix = ''): void {
  if (!value) return;
  const part = (name: string) => groupHeader(group, index, `${prefix}${prefix ? name.replace(/^./, (c) => c.toUpperCase()) : name}` as never);
  cells[part('title')] = value.title;
  if (value.url) cells[part('url')] = value.url;
  if (value.publisher) cells[part('publisher')] = value.publisher;
  if (typeof value.published === 'string') cells[part('published')] = value.published;
}

function eventCells(event: EventInput): Cells {
  const when = typeof event.when === 'string' ? { start: event.when } : (event.when as { start: string; end?: string });
  const cells: Cells = {
    [field('id')]: event.id,
    [field('date')]: when.start,
    [field('endDate')]: when.end ?? '',
    [field('title')]: event.title,
    [field('summary')]: event.summary ?? '',
    [field('kind')]: event.kind,
    [field('status')]: event.status ?? '',
    [field('actors')]: list(event.actors),
    [field('place')]: event.location?.name ?? '',
    [field('country')]: event.location?.country ?? '',
    [field('related')]: (event.related ?? []).map((link) => `${link.relation}: ${link.id}`).join('; '),
    [field('tags')]: list(event.tags),
    [field('importance')]: event.importance === undefined ? '' : String(event.importance),
  };
  (event.sources ?? []).forEach((item, i) => {
    source(cells, 'source', i, item);
  });
  (event.quotes ?? []).forEach((quote, i) => {
    cells[groupHeader('quote', i, 'text')] = quote.text;
    cells[groupHeader('quote', i, 'speaker')] = quote.speaker;
    if (quote.role) cells[groupHeader('quote', i, 'role')] = quote.role;
    if (quote.lang) cells[groupHeader('quote', i, 'lang')] = quote.lang;
    source(cells, 'quote', i, quote.source, 'source');
  });
  (event.media ?? []).forEach((item, i) => {
    if (item.src) cells[groupHeader('media', i, 'image')] = item.src;
    if (item.url) cells[groupHeader('media', i, 'url')] = item.url;
    if (item.alt !== undefined) cells[groupHeader('media', i, 'alt')] = item.alt === '' ? DECORATIVE : item.alt;
    if (item.caption) cells[groupHeader('media', i, 'caption')] = item.caption;
    if (item.credit) cells[groupHeader('media', i, 'credit')] = item.credit;
  });
  return cells;
}

/** The rows of a document: the title row, actor rows, era rows, then the events. */
function documentRows(doc: TimelineDocument): Cells[] {
  const rows: Cells[] = [];
  rows.push({
    [field('type')]: 'title',
    [field('title')]: doc.title,
    [field('summary')]: doc.summary ?? '',
    [field('asOf')]: typeof doc.asOf === 'string' ? doc.asOf : '',
    [field('language')]: doc.locale ?? '',
  });
  for (const actor of doc.actors) {
    rows.push({
      [field('type')]: 'actor',
      [field('id')]: actor.id,
      [field('title')]: actor.name,
      [field('shortName')]: actor.shortName ?? '',
      [field('kind')]: actor.kind ?? '',
      [field('color')]: actor.color ?? '',
    });
  }
  for (const era of doc.eras ?? []) {
    rows.push({
      [field('type')]: 'era',
      [field('id')]: era.id,
      [field('title')]: era.title,
      [field('date')]: String(era.start),
      [field('endDate')]: String(era.end),
      [field('summary')]: era.summary ?? '',
    });
  }
  for (const event of doc.events) rows.push(eventCells(event));
  return rows;
}

export interface ToCSVOptions {
  /** The separator between cells: `,` (default), `;` or `\t` (TSV). */
  delimiter?: string;
}

/**
 * Writes a timeline (parsed, or any document: it is validated first) as spreadsheet text:
 * one header row, then a title row, actor rows, era rows and a row per event. Quotes,
 * sources and media take as many numbered columns as the busiest event needs.
 *
 * @example
 * await writeFile('timeline.csv', toCSV(timeline));
 */
export function toCSV(timeline: Timeline | TimelineDocument, options: ToCSVOptions = {}): string {
  const parsed = isParsed(timeline) ? (timeline as Timeline) : parseTimeline(timeline).timeline;
  const doc = serializeTimeline(parsed);
  const count = (pick: (event: EventInput) => readonly unknown[] | undefined) => Math.max(0, ...doc.events.map((event) => pick(event)?.length ?? 0));
  const counts: Record<Group, number> = {
    source: count((event) => event.sources),
    quote: count((event) => event.quotes),
    media: count((event) => event.media),
  };
  const headers = [
    ...HEAD.map(field),
    ...(['source', 'quote', 'media'] as const).flatMap((group) =>
      Array.from({ length: counts[group] }, (_, i) => WRITTEN_PARTS[group].map((part) => groupHeader(group, i, part as never))).flat(),
    ),
    ...TAIL.map(field),
  ];
  const rows = documentRows(doc).map((cells) => headers.map((header) => cells[header] ?? ''));
  return `${dsvFormat(options.delimiter ?? ',').formatRows([headers, ...rows])}\n`;
}
