/**
 * The events of the draft as the list shows them: in date order (by the date as parsed;
 * events whose date cannot be read last, in the file's order), with their dates in words, and
 * found by a search that ignores case and accents. Worked out per event object and kept while
 * that object is unchanged, so typing in one event of a thousand redoes one row.
 */
import { compareWhen, formatWhen, parsePartialDate, type DateLocale, type Problem, type When } from '../../../model/index.js';
import { parsePathKey, type Draft } from '../state/draft.js';

export interface EventRow {
  /** The event's index in the draft's list. */
  index: number;
  id: string;
  title: string;
  kind: string;
  /** The date as parsed; undefined when it cannot be read. */
  when?: When;
  /** The date in words, or as typed when it cannot be read. */
  date: string;
  /** Everything the search looks in, folded (see {@link fold}). */
  haystack: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Text for matching: no accents, no case, full-width letters as ASCII ("Côte" and "cote" match). */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** An event's `when` as parsed (a date string, or `{ start, end }`); undefined when any part cannot be read. */
export function parseDraftWhen(value: unknown): When | undefined {
  if (typeof value === 'string') {
    const start = parsePartialDate(value);
    return start.ok ? { start: start.date } : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { start, end } = value as { start?: unknown; end?: unknown };
  const from = typeof start === 'string' ? parsePartialDate(start) : undefined;
  if (!from?.ok) return undefined;
  if (end === undefined) return { start: from.date };
  const to = typeof end === 'string' ? parsePartialDate(end) : undefined;
  return to?.ok ? { start: from.date, end: to.date } : undefined;
}

/** The names the search finds an event by: each actor id's name and short name. */
function actorNames(draft: Draft): Map<string, string> {
  const names = new Map<string, string>();
  const actors = Array.isArray(draft.actors) ? (draft.actors as unknown[]) : [];
  for (const actor of actors) {
    if (typeof actor !== 'object' || actor === null) continue;
    const { id, name, shortName } = actor as Record<string, unknown>;
    if (typeof id === 'string') names.set(id, `${text(name)} ${text(shortName)}`);
  }
  return names;
}

function makeRow(event: unknown, locale: DateLocale, names: Map<string, string>): Omit<EventRow, 'index'> {
  const record = typeof event === 'object' && event !== null && !Array.isArray(event) ? (event as Record<string, unknown>) : {};
  const when = parseDraftWhen(record.when);
  const kind = text(record.kind);
  const rawWhen = record.when as { start?: unknown; end?: unknown } | string | undefined;
  const typed = typeof rawWhen === 'string' ? rawWhen : [text(rawWhen?.start), text(rawWhen?.end)].filter(Boolean).join(' – ');
  const location = record.location as { name?: unknown; country?: unknown } | undefined;
  const actors = Array.isArray(record.actors) ? (record.actors as unknown[]) : [];
  const tags = Array.isArray(record.tags) ? (record.tags as unknown[]) : [];
  const haystack = [
    record.title,
    record.summary,
    location?.name,
    location?.country,
    ...actors.map((id) => (typeof id === 'string' ? (names.get(id) ?? id) : '')),
    ...tags,
  ]
    .map(text)
    .join('\n');
  return {
    id: text(record.id),
    title: text(record.title),
    kind,
    when,
    date: when ? formatWhen(when, { locale, deadline: kind === 'deadline' }) : typed,
    haystack: fold(haystack),
  };
}

interface Cached {
  locale: DateLocale;
  actors: unknown;
  row: Omit<EventRow, 'index'>;
}

const rowCache = new WeakMap<object, Cached>();
const listCache = new WeakMap<readonly unknown[], { locale: DateLocale; actors: unknown; rows: EventRow[] }>();

/** Every event of the draft in date order; those whose date cannot be read at the end. */
export function eventRows(draft: Draft, locale: DateLocale): readonly EventRow[] {
  const events = Array.isArray(draft.events) ? (draft.events as unknown[]) : [];
  const listed = listCache.get(events);
  if (listed?.locale === locale && listed.actors === draft.actors) return listed.rows;
  const names = actorNames(draft);
  const rows = events.map((event, index): EventRow => {
    if (typeof event !== 'object' || event === null) return { ...makeRow(event, locale, names), index };
    const cached = rowCache.get(event);
    if (cached?.locale === locale && cached.actors === draft.actors) return { ...cached.row, index };
    const row = makeRow(event, locale, names);
    rowCache.set(event, { locale, actors: draft.actors, row });
    return { ...row, index };
  });
  const dated: { row: EventRow; when: When }[] = [];
  const undated: EventRow[] = [];
  for (const row of rows) {
    if (row.when) dated.push({ row, when: row.when });
    else undated.push(row);
  }
  dated.sort((a, b) => compareWhen(a.when, b.when));
  const sorted = [...dated.map(({ row }) => row), ...undated];
  listCache.set(events, { locale, actors: draft.actors, rows: sorted });
  return sorted;
}

/** The rows whose text holds every word of the query (any case, any accents). */
export function searchRows(rows: readonly EventRow[], query: string): readonly EventRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((row) => words.every((word) => row.haystack.includes(word)));
}

export interface ProblemTally {
  errors: number;
  warnings: number;
}

const tallies = new WeakMap<readonly Problem[], Map<number, ProblemTally>>();

/** How many errors and warnings each event has, by its index in the draft. */
export function problemsByEvent(problems: readonly Problem[]): ReadonlyMap<number, ProblemTally> {
  let tally = tallies.get(problems);
  if (!tally) {
    tally = new Map();
    for (const problem of problems) {
      const [list, index] = parsePathKey(problem.path);
      if (list !== 'events' || typeof index !== 'number') continue;
      const counts = tally.get(index) ?? { errors: 0, warnings: 0 };
      if (problem.severity === 'error') counts.errors++;
      else counts.warnings++;
      tally.set(index, counts);
    }
    tallies.set(problems, tally);
  }
  return tally;
}
