/**
 * A read sheet → a timeline document, row by row: the title row, actor rows, era rows and
 * event rows (the Type column says which; empty is an event). Ids left empty are made from
 * titles. The document is raw: `parseTimeline` checks it next, and `origins` lets its
 * problems be named by row and column.
 */
import { EVENT_KINDS, SCHEMA_VERSION, type ActorInput, type EraInput, type EventInput, type Problem, type TimelineDocument } from '../../model/index.js';
import { isId, slug, uniqueId } from '../ids.js';
import type { DateOrder } from './cell-dates.js';
import { recognizeColumn, rowType, ROW_TYPES } from './columns.js';
import { readEventRow, type ActorDirectory } from './event-row.js';
import type { Sheet } from './read-sheet.js';
import { layoutOf, RowReader, type Origin } from './row-reader.js';

export interface Built {
  document: TimelineDocument;
  /** Where each part of the document came from: the title row, and a row per actor, era and event. */
  origins: { title?: Origin; actors: Origin[]; eras: Origin[]; events: Origin[] };
  problems: Problem[];
}

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const ACTOR_KIND_WORDS: Record<string, string> = { organisation: 'organization', country: 'state', people: 'group' };

/** One note per column that is not read (and has something in it), on the header row. */
function columnNotes(sheet: Sheet, problems: Problem[]): void {
  const seen = new Set<string>();
  sheet.headers.forEach((header, index) => {
    if (!header) return;
    const used = sheet.rows.some((row) => (row.cells[index] ?? '').trim() !== '');
    const column = recognizeColumn(header);
    const meaning = column.kind === 'field' ? column.field : column.kind === 'group' ? `${column.group}:${column.index}:${column.part}` : '';
    const note = (message: string) => {
      problems.push({ path: '', row: sheet.headerRow, column: header, severity: 'warning', message });
    };
    if (meaning && seen.has(meaning)) {
      if (used) note('says the same as an earlier column; its cells were ignored');
    } else if (column.kind === 'unused') {
      if (used) note(`is not used here: ${column.reason}; its cells were ignored`);
    } else if (column.kind === 'unknown') {
      if (used) note('is not a column diplo-timeline reads (a typo? the columns are listed in docs/spreadsheet.md); its cells were ignored');
    }
    seen.add(meaning);
  });
}

class Actors implements ActorDirectory {
  readonly list: ActorInput[] = [];
  readonly origins: Origin[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly ids = new Set<string>();

  add(actor: ActorInput, origin: Origin): void {
    this.list.push(actor);
    this.origins.push(origin);
    this.ids.add(actor.id);
    for (const name of [actor.id, actor.name, actor.shortName]) {
      if (name && !this.byKey.has(key(name))) this.byKey.set(key(name), actor.id);
    }
  }

  makeId(name: string, explicit = ''): string {
    return uniqueId(explicit && isId(explicit) ? explicit : slug(name) || `actor-${this.list.length + 1}`, this.ids);
  }

  resolve(name: string, row: RowReader, header: string | undefined, fromGroup: boolean): string {
    const known = this.byKey.get(key(name));
    if (known) return known;
    const id = this.makeId(name);
    const origin: Origin = { row: row.number, columns: new Map(header ? [['name', header], ['id', header]] : []) };
    this.add(fromGroup ? { id, name, kind: 'group' } : { id, name }, origin);
    if (!fromGroup) {
      const comma = name.includes(',') ? ' (several actors? separate them with ; or |)' : '';
      row.report('warning', header, `no actor row names "${name}"${comma}; an actor "${name}" was added — give it a row of Type "actor" with its kind and colour`);
    }
    return id;
  }
}

function readActorRow(row: RowReader, actors: Actors): void {
  const name = row.text('title', 'headline', 'name');
  if (!name) {
    row.report('error', row.header('title') ?? 'Title', `is empty: an actor row needs the actor's name in Title; ${row.keep ? 'the actor was kept without a name' : 'this actor was left out'}`);
    if (!row.keep) return;
  }
  const explicit = row.cell('id');
  if (explicit && !isId(explicit)) row.report('warning', row.header('id'), `"${explicit}" is not an id (letters, digits, - _ . only); one was made from the name`);
  const actor: ActorInput = { id: actors.makeId(name, explicit), name };
  row.from('id', explicit ? row.header('id') : row.header('title'));
  const shortName = row.cell('shortName');
  if (shortName) {
    actor.shortName = shortName;
    row.from('shortName', row.header('shortName'));
  }
  const kind = row.cell('kind').toLowerCase();
  if (kind) {
    actor.kind = (ACTOR_KIND_WORDS[kind] ?? kind) as ActorInput['kind'];
    row.from('kind', row.header('kind'));
  }
  const color = row.cell('color');
  if (color) {
    actor.color = color;
    row.from('color', row.header('color'));
  }
  actors.add(actor, row.origin);
}

function readEraRow(row: RowReader, eras: EraInput[], origins: Origin[], ids: Set<string>): void {
  const title = row.text('title', 'headline', 'title');
  const start = row.date(false, 'start', 'this era was left out');
  const end = row.date(true, 'end', 'this era was left out');
  // A date cell that could not be read has said so already; these are the ones left empty.
  const missing = !title
    ? (row.header('title') ?? row.header('headline') ?? 'Title')
    : !row.origin.columns.has('start')
      ? (row.header('date') ?? row.header('year') ?? 'Date')
      : !row.origin.columns.has('end')
        ? (row.header('endDate') ?? row.header('endYear') ?? 'End Date')
        : undefined;
  if (missing) row.report('error', missing, `is empty: an era needs a title, a start and an end; ${row.keep ? 'the era was kept as typed' : 'this era was left out'}`);
  if (!row.keep && (!title || start === undefined || end === undefined)) return;
  const explicit = row.cell('id');
  const era: EraInput = { id: uniqueId(explicit && isId(explicit) ? explicit : slug(title) || `era-${eras.length + 1}`, ids), title, start: start ?? '', end: end ?? '' };
  row.from('id', explicit ? row.header('id') : row.header('title'));
  const summary = row.text('summary', 'text', 'summary');
  if (summary) era.summary = summary;
  eras.push(era);
  origins.push(row.origin);
}

function readTitleRow(row: RowReader, document: TimelineDocument): void {
  document.title = row.text('title', 'headline', 'title');
  const summary = row.text('summary', 'text', 'summary');
  if (summary) document.summary = summary;
  const asOf = row.cell('asOf');
  if (asOf) {
    const value = row.dateCell(asOf, row.header('asOf'), 'it was ignored');
    if (value) document.asOf = value;
    row.from('asOf', row.header('asOf'));
  }
  const language = row.cell('language');
  if (language) {
    document.locale = language;
    row.from('locale', row.header('language'));
  }
}

/** Event ids: the ID cell where it is usable, else one made from the title (and the date when titles repeat). */
function settleIds(events: EventInput[], rows: RowReader[]): void {
  const taken = new Set<string>();
  events.forEach((event, i) => {
    const explicit = rows[i]?.cell('id') ?? '';
    if (explicit && isId(explicit) && !taken.has(explicit)) {
      event.id = explicit;
      taken.add(explicit);
      rows[i]?.from('id', rows[i].header('id'));
    }
  });
  events.forEach((event, i) => {
    if (event.id) return;
    const row = rows[i];
    const explicit = row?.cell('id') ?? '';
    if (explicit) row?.report('warning', row.header('id'), isId(explicit) ? `"${explicit}" is the id of an earlier row; this event was given an id of its own` : `"${explicit}" is not an id (letters, digits, - _ . only); one was made from the title`);
    const start = typeof event.when === 'string' ? event.when : (event.when as { start: string }).start;
    event.id = uniqueId(slug(event.title) || 'event', taken, start.replace(/^~/, '').slice(0, 10));
    row?.from('id', row.header('title') ?? row.header('headline'));
  });
}

/** Related links may name an event by its title: they become its id. */
function resolveRelated(events: EventInput[]): void {
  const byTitle = new Map(events.map((event) => [key(event.title), event.id]));
  const ids = new Set(events.map((event) => event.id));
  for (const event of events) {
    for (const link of event.related ?? []) {
      if (!ids.has(link.id)) link.id = byTitle.get(key(link.id)) ?? link.id;
    }
  }
}

export interface BuildOptions {
  dateOrder?: DateOrder;
  /**
   * Keep the rows that cannot be read (an event whose date is unreadable, an era without dates,
   * an actor without a name) with their cells as typed: a draft for the editor, which shows
   * each problem beside its field. Without it they are left out, as a reader's timeline needs.
   */
  keep?: boolean;
}

export function buildDocument(sheet: Sheet, options: BuildOptions = {}): Built {
  const problems: Problem[] = [...sheet.problems];
  columnNotes(sheet, problems);
  const layout = layoutOf(sheet);
  const document: TimelineDocument = { schemaVersion: SCHEMA_VERSION, title: '', actors: [], eras: [], events: [] };
  const actors = new Actors();
  const eras: EraInput[] = [];
  const eraOrigins: Origin[] = [];
  const eraIds = new Set<string>();
  const events: EventInput[] = [];
  const eventRows: RowReader[] = [];
  let titleOrigin: Origin | undefined;

  const readers = sheet.rows.map((row) => new RowReader(layout, row, problems, options.dateOrder, options.keep));
  const types = readers.map((row) => {
    const cell = row.cell('type');
    const type = rowType(cell);
    if (type) return { type, kind: undefined };
    const kind = cell.toLowerCase();
    const asKind = (EVENT_KINDS as readonly string[]).includes(kind);
    row.report('warning', row.header('type'), asKind
      ? `"${cell}" is a kind of event, not a row type (${ROW_TYPES.join(', ')}, or empty for an event); read as an event of that kind — put kinds in the Kind column`
      : `"${cell}" is not a row type (${ROW_TYPES.join(', ')}, or empty for an event); the row was read as an event`);
    return { type: 'event' as const, kind: asKind ? kind : undefined };
  });
  // Actors first: event rows above an actor row may name it.
  readers.forEach((row, i) => {
    if (types[i]?.type === 'actor') readActorRow(row, actors);
  });
  readers.forEach((row, i) => {
    const { type, kind } = types[i] ?? { type: 'event', kind: undefined };
    if (type === 'title') {
      if (titleOrigin) row.report('warning', row.header('type'), `is a second title row (the first is row ${titleOrigin.row}); it was ignored`);
      else {
        readTitleRow(row, document);
        titleOrigin = row.origin;
      }
    } else if (type === 'era') {
      readEraRow(row, eras, eraOrigins, eraIds);
    } else if (type === 'event') {
      const event = readEventRow(row, layout.groupCounts, actors, kind);
      if (event) {
        events.push(event);
        eventRows.push(row);
      }
    }
  });
  settleIds(events, eventRows);
  resolveRelated(events);
  document.actors = actors.list;
  document.eras = eras;
  document.events = events;
  return { document, origins: { title: titleOrigin, actors: actors.origins, eras: eraOrigins, events: eventRows.map((row) => row.origin) }, problems };
}

