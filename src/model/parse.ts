/**
 * parseTimeline: validation that keeps everything valid.
 *
 * Valid data takes one pass through the schema. When something is wrong, the reader
 * walks down the schema to the smallest part that can be left out: a bad optional
 * field is dropped with a warning and its event kept; a bad item in a list (a source,
 * a quote) is dropped with a warning; an event is left out (an error) only when its
 * id, title or date cannot be read. Only keys the schema names are ever read, so
 * unknown fields, cycles and deep junk cost nothing and prototype keys do nothing.
 *
 * This is the reading itself (`readTimeline`): the reader's bundle uses it as it is.
 * `parseTimeline` (check.ts) adds what explains a document to its author: fields the schema
 * does not name, and other tools' documents named as such.
 */
import { SCHEMA_VERSION, TimelineSchema, EventSchema, type Actor, type Timeline, type TimelineEvent } from './schema.js';
import { yieldToPage } from './yield.js';
import type { ParseResult, Problem } from './problems.js';
import { EVENT_FALLBACKS, describeValue, isRecord, join, own, readEntry, report, unwrapOptional, type Context } from './repair.js';

export { PROBLEM_SEVERITIES, type ParseResult, type Problem, type ProblemPosition, type ProblemSeverity } from './problems.js';

/**
 * What this module's parser returned in this page: timelines, events and actors. Elements
 * trust these as they are and validate anything else, however it looks. A WeakSet private
 * to the module: JSON, a copy or a hand-made object cannot get in.
 */
const parsed = new WeakSet<object>();

function markParsed(timeline: Timeline): void {
  parsed.add(timeline);
  for (const event of timeline.events) parsed.add(event);
  for (const actor of timeline.actors) parsed.add(actor);
}

/**
 * True when a value is a timeline, event or actor that `parseTimeline`, `parseTimelineAsync`
 * or `parseEvent` returned in this page (or an array of such actors): the trust boundary.
 * Anything else, however it is shaped, is validated before it is drawn.
 */
export function isParsed(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((item: unknown) => typeof item === 'object' && item !== null && parsed.has(item));
  return typeof value === 'object' && value !== null && parsed.has(value);
}

function emptyTimeline(): Timeline {
  return { schemaVersion: SCHEMA_VERSION, title: '', actors: [], eras: [], events: [] };
}

/** Events are read in slices of this many; an async read yields to the page between slices. */
const SLICE = 100;

/**
 * The reading of parts of a document that have not changed since the last read, for an editor
 * that parses the document again at every keystroke: an event (or the list of actors, or of
 * eras) given as the very same object is not read again; its value and its problems are
 * reused (the problems at the part's new place). For inputs that are never changed in place
 * (copied on change, as the editor's draft is): an object changed in place would be taken as
 * the same.
 *
 * @example
 * const cache = new ParseCache();
 * parseTimeline(draft, { cache }); // later, after a change copied along its path:
 * parseTimeline(nextDraft, { cache }); // only the changed event is read again
 */
export class ParseCache {
  /** @internal */
  readonly parts = new WeakMap<object, { base: string; value: unknown; problems: Problem[] }>();
}

export interface ParseOptions {
  /** Reuse the reading of parts that did not change (see {@link ParseCache}). */
  cache?: ParseCache;
}

/**
 * `read()` for `raw` at `base`, or its earlier reading from the cache, with the problems it
 * reported moved to `base`.
 */
function cachedRead<T>(cache: ParseCache | undefined, raw: unknown, base: string, problems: Problem[], read: () => T): T {
  if (!cache || typeof raw !== 'object' || raw === null) return read();
  const kept = cache.parts.get(raw);
  if (kept) {
    for (const problem of kept.problems) problems.push({ ...problem, path: base + problem.path.slice(kept.base.length) });
    return kept.value as T;
  }
  const before = problems.length;
  const value = read();
  cache.parts.set(raw, { base, value, problems: problems.slice(before) });
  return value;
}

function* readEvents(raw: unknown, ctx: Context, cache?: ParseCache): Generator<void, { event: TimelineEvent; index: number }[]> {
  if (raw === undefined) {
    ctx.problems.push({ path: 'events', severity: 'error', message: 'is missing; the timeline has no events' });
    return [];
  }
  if (!Array.isArray(raw)) {
    ctx.problems.push({
      path: 'events',
      severity: 'error',
      message: `must be a list of events (found ${describeValue(raw)}); the timeline has no events`,
    });
    return [];
  }
  const list: readonly unknown[] = raw;
  const events: { event: TimelineEvent; index: number }[] = [];
  for (let index = 0; index < list.length; index++) {
    if (index > 0 && index % SLICE === 0) yield;
    const element = list[index];
    const path = join('events', index);
    let id: unknown;
    try {
      id = isRecord(element) ? own(element, 'id') : undefined;
    } catch {
      id = undefined;
    }
    const eventCtx: Context = { problems: ctx.problems };
    if (typeof id === 'string' && id.length <= 128) eventCtx.eventId = id;
    const event = cachedRead(cache, element, path, ctx.problems, () => {
      const result = readEntry(EventSchema, element, path, eventCtx, EVENT_FALLBACKS);
      if (result.ok) return result.value as TimelineEvent;
      report(eventCtx, result.issues, 'error', 'this event was left out');
      return undefined;
    });
    if (event) events.push({ event, index });
  }
  return events;
}

/**
 * Renames duplicate ids (the first keeps it), drops links to actors and events that do not
 * exist. Copies what it changes (an event read earlier may be reused by a later read), and
 * keeps lists it does not change.
 */
function crossCheck(timeline: Timeline, indices: number[], problems: Problem[]): void {
  const firstIndex = new Map<string, number>();
  // A new id must not take one that a later event already has.
  const taken = new Set(timeline.events.map((event) => event.id));
  timeline.events.forEach((event, i) => {
    const index = indices[i] ?? i;
    const earlier = firstIndex.get(event.id);
    if (earlier !== undefined) {
      let n = 2;
      while (taken.has(`${event.id}-${n}`)) n++;
      taken.add(`${event.id}-${n}`);
      const renamed = `${event.id}-${n}`;
      problems.push({
        path: `events[${index}].id`,
        eventId: event.id,
        severity: 'error',
        message: `"${event.id}" is also the id of events[${earlier}]; this event was kept as "${renamed}" — give it an id of its own`,
      });
      timeline.events[i] = { ...event, id: renamed };
    }
    firstIndex.set(timeline.events[i]?.id ?? event.id, index);
  });

  const dedupe = <T extends { id: string }>(list: T[], name: string, noun: string): T[] => {
    const seen = new Set<string>();
    const kept = list.filter((item, index) => {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        return true;
      }
      problems.push({
        path: `${name}[${index}].id`,
        severity: 'warning',
        message: `"${item.id}" is also the id of an earlier ${noun}; this ${noun} was left out`,
      });
      return false;
    });
    return kept.length === list.length ? list : kept;
  };
  timeline.actors = dedupe(timeline.actors, 'actors', 'actor');
  timeline.eras = dedupe(timeline.eras ?? [], 'eras', 'era');

  const actorIds = new Set(timeline.actors.map((actor) => actor.id));
  timeline.events.forEach((event, i) => {
    const index = indices[i] ?? i;
    const seen = new Set<string>();
    const actors = event.actors.filter((actorId, a) => {
      if (seen.has(actorId)) return false;
      seen.add(actorId);
      if (actorIds.has(actorId)) return true;
      problems.push({
        path: `events[${index}].actors[${a}]`,
        eventId: event.id,
        severity: 'warning',
        message: `no actor has the id "${actorId}"; it was ignored`,
      });
      return false;
    });
    const related = event.related?.filter((link, r) => {
      const problem =
        link.id === event.id ? 'an event cannot be related to itself' : firstIndex.has(link.id) ? '' : `no event has the id "${link.id}"`;
      if (!problem) return true;
      problems.push({
        path: `events[${index}].related[${r}].id`,
        eventId: event.id,
        severity: 'warning',
        message: `${problem}; this link was ignored`,
      });
      return false;
    });
    if (actors.length !== event.actors.length || related?.length !== event.related?.length) {
      timeline.events[i] = { ...event, actors, ...(related ? { related } : {}) };
    }
  });
}

function* readDocument(input: unknown, problems: Problem[], cache?: ParseCache): Generator<void, Timeline> {
  const timeline = emptyTimeline();
  if (!isRecord(input)) {
    problems.push({
      path: '',
      severity: 'error',
      message: `a timeline must be a JSON object with title and events (found ${describeValue(input)})`,
    });
    return timeline;
  }
  const ctx: Context = { problems };

  const version = own(input, 'schemaVersion');
  if (version === undefined) {
    problems.push({ path: 'schemaVersion', severity: 'warning', message: `is missing; read as version ${SCHEMA_VERSION}` });
  } else if (version !== SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > SCHEMA_VERSION;
    problems.push({
      path: 'schemaVersion',
      severity: 'error',
      message: newer
        ? `${version} is newer than this version of diplo-timeline reads (${SCHEMA_VERSION}); update diplo-timeline — read as version ${SCHEMA_VERSION}, so some fields may be missing`
        : `must be ${SCHEMA_VERSION} (found ${describeValue(version)}); read as version ${SCHEMA_VERSION}`,
    });
  }

  const entries = TimelineSchema.entries;
  const title = readEntry(entries.title, own(input, 'title'), 'title', ctx);
  if (title.ok) timeline.title = title.value as string;
  else report(ctx, title.issues, 'error', 'the timeline has no title');

  for (const key of ['summary', 'asOf', 'locale'] as const) {
    const raw = own(input, key);
    if (raw === undefined) continue;
    const result = readEntry(unwrapOptional(entries[key]), raw, key, ctx);
    if (result.ok) (timeline as Record<string, unknown>)[key] = result.value;
    else report(ctx, result.issues, 'warning', 'this value was ignored');
  }

  for (const key of ['actors', 'eras'] as const) {
    const raw = own(input, key);
    if (raw === undefined) continue;
    const value = cachedRead(cache, raw, key, problems, () => {
      const result = readEntry(unwrapOptional(entries[key]), raw, key, ctx);
      if (result.ok) return result.value;
      report(ctx, result.issues, 'warning', `no ${key} were read`);
      return undefined;
    });
    if (value !== undefined) (timeline as Record<string, unknown>)[key] = value;
  }

  const events = yield* readEvents(own(input, 'events'), ctx, cache);
  // A step of its own: checking thousands of events' actors and links takes a while.
  yield;
  timeline.events = events.map((entry) => entry.event);
  crossCheck(
    timeline,
    events.map((entry) => entry.index),
    problems,
  );
  return timeline;
}

/**
 * Reads a timeline document of any origin. Never throws and never changes its input.
 * Returns everything that could be kept, and a problem for everything that could not.
 *
 * @example
 * const { timeline, problems } = parseTimeline(await response.json());
 * for (const p of problems) console.warn(`${p.path}: ${p.message}`);
 */
export function readTimeline(input: unknown, options: ParseOptions = {}): ParseResult {
  const problems: Problem[] = [];
  try {
    const steps = readDocument(input, problems, options.cache);
    let step = steps.next();
    while (!step.done) step = steps.next();
    markParsed(step.value);
    return { timeline: step.value, problems };
  } catch (error) {
    return failedRead(problems, error);
  }
}

function failedRead(problems: Problem[], error: unknown): ParseResult {
  problems.push({ path: '', severity: 'error', message: `the document could not be read (${String(error)})` });
  const timeline = emptyTimeline();
  markParsed(timeline);
  return { timeline, problems };
}

export interface ParseAsyncOptions {
  /** Stops the read: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The longest the read keeps the page busy before it yields, in milliseconds (default 8). */
  sliceMs?: number;
}

/**
 * `parseTimeline` for big documents in a page: the same result, read a slice of events at
 * a time, yielding to the page whenever a slice has kept it busy for `sliceMs`, so that
 * ten thousand events never block input or rendering for long.
 *
 * @example
 * const { timeline, problems } = await parseTimelineAsync(await response.json(), { signal });
 */
export async function readTimelineAsync(input: unknown, options: ParseAsyncOptions = {}): Promise<ParseResult> {
  const { signal, sliceMs = 8 } = options;
  const problems: Problem[] = [];
  let steps: Generator<void, Timeline>;
  let step: IteratorResult<void, Timeline>;
  let started = performance.now();
  try {
    steps = readDocument(input, problems);
    step = steps.next();
  } catch (error) {
    return failedRead(problems, error);
  }
  while (!step.done) {
    if (performance.now() - started >= sliceMs) {
      await yieldToPage();
      started = performance.now();
    }
    signal?.throwIfAborted();
    try {
      step = steps.next();
    } catch (error) {
      return failedRead(problems, error);
    }
  }
  markParsed(step.value);
  return { timeline: step.value, problems };
}

export interface ActorsParseResult {
  actors: Actor[];
  problems: Problem[];
}

/**
 * Reads a list of actors on its own (for a standalone `<diplo-event>`), with the same rules
 * as a timeline's `actors`: a bad actor is left out, a bad colour or kind dropped.
 */
export function parseActors(input: unknown): ActorsParseResult {
  const problems: Problem[] = [];
  let actors: Actor[] = [];
  try {
    const result = readEntry(TimelineSchema.entries.actors, input, 'actors', { problems });
    if (result.ok) actors = result.value as Actor[];
    else report({ problems }, result.issues, 'warning', 'no actors were read');
  } catch (error) {
    problems.push({ path: 'actors', severity: 'warning', message: `could not be read (${String(error)})` });
  }
  for (const actor of actors) parsed.add(actor);
  return { actors, problems };
}

export interface EventParseResult {
  /** The event, or undefined when its id, title or date cannot be read. */
  event: TimelineEvent | undefined;
  problems: Problem[];
}

/**
 * Reads one event on its own (for a standalone `<diplo-event>`), with the same rules as
 * an event inside a timeline. Paths are relative to the event (`when`, `sources[0].url`).
 */
export function parseEvent(input: unknown): EventParseResult {
  const problems: Problem[] = [];
  try {
    const ctx: Context = { problems };
    const id = isRecord(input) ? own(input, 'id') : undefined;
    if (typeof id === 'string' && id.length <= 128) ctx.eventId = id;
    const result = readEntry(EventSchema, input, '', ctx, EVENT_FALLBACKS);
    if (result.ok) {
      const event = result.value as TimelineEvent;
      parsed.add(event);
      return { event, problems };
    }
    report(ctx, result.issues, 'error', 'the event cannot be shown');
  } catch (error) {
    problems.push({ path: '', severity: 'error', message: `the event could not be read (${String(error)})` });
  }
  return { event: undefined, problems };
}
