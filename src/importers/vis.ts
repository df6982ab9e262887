/**
 * vis-timeline's data to ours: a list of items `{ id, content, start, end?, group?, title? }`,
 * or `{ items, groups }` with groups `{ id, content }`. Items become events (kind `other`),
 * groups actors. `content` is HTML in vis-timeline: it is read as text, never as markup.
 */
import { parseTimeline, type ParseResult, type Problem, type TimelineDocument } from '../model/index.js';
import { htmlToText } from './html.js';
import { isId, slug, uniqueId } from './ids.js';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Json, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
const text = (value: unknown) => (typeof value === 'string' ? htmlToText(value) : typeof value === 'number' ? String(value) : '');

/** A vis-timeline date (a date string, an ISO time, milliseconds) as our date string; undefined when unreadable. */
function visDate(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (typeof value === 'string' && /^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value.trim())) return value.trim();
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  if (typeof value === 'string' && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim()) && /\d[T ]\d/.test(value)) {
    problems.push({ path, severity: 'warning', message: `${JSON.stringify(value)} has a time but no time zone; only its day was kept` });
    return value.trim().slice(0, 10);
  }
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** The document a vis-timeline dataset makes, before it is checked, and what was noticed on the way. */
export function visDocument(input: unknown): { document: TimelineDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const items: unknown[] = Array.isArray(input) ? input : isRecord(input) && Array.isArray(own(input, 'items')) ? (own(input, 'items') as unknown[]) : [];
  const groups: unknown[] = isRecord(input) && Array.isArray(own(input, 'groups')) ? (own(input, 'groups') as unknown[]) : [];
  const actorIds = new Map<string, string>();
  const taken = new Set<string>();
  const actors: TimelineDocument['actors'] = [];
  const actorFor = (group: unknown, name?: string): string | undefined => {
    if (typeof group !== 'string' && typeof group !== 'number') return undefined;
    const key = String(group);
    let id = actorIds.get(key);
    if (!id) {
      id = uniqueId(isId(key) ? key : slug(key) || 'group', taken);
      actorIds.set(key, id);
      actors.push({ id, name: name?.length ? name : key });
    }
    return id;
  };
  groups.forEach((group) => {
    if (isRecord(group)) actorFor(own(group, 'id'), text(own(group, 'content')));
  });
  const eventIds = new Set<string>();
  const events: TimelineDocument['events'] = [];
  items.forEach((item, index) => {
    const path = `[${String(index)}]`;
    if (!isRecord(item)) {
      problems.push({ path, severity: 'error', message: 'is not an item ({ id, content, start }); it was left out' });
      return;
    }
    const title = text(own(item, 'content')) || text(own(item, 'title'));
    const start = visDate(own(item, 'start'), `${path}.start`, problems);
    const end = own(item, 'end') === undefined || own(item, 'end') === null ? undefined : visDate(own(item, 'end'), `${path}.end`, problems);
    if (!title || !start) {
      problems.push({ path, severity: 'error', message: `has no ${title ? 'readable start' : 'content'}; this item was left out` });
      return;
    }
    const rawId = own(item, 'id');
    const base = typeof rawId === 'string' && isId(rawId) ? rawId : typeof rawId === 'number' ? `item-${String(rawId)}` : slug(title) || 'item';
    const tooltip = text(own(item, 'title'));
    const actor = actorFor(own(item, 'group'));
    events.push({
      id: uniqueId(base, eventIds, start),
      title,
      when: end ? { start, end } : start,
      kind: 'other',
      actors: actor ? [actor] : [],
      ...(tooltip && tooltip !== title ? { summary: tooltip } : {}),
    });
  });
  return { document: { schemaVersion: 1, title: 'Timeline', actors, events }, problems };
}

/**
 * Converts vis-timeline items (a list, or `{ items, groups }`) to a validated timeline.
 *
 * @example
 * const { timeline, problems } = fromVisTimeline([{ id: 1, content: 'Summit', start: '2018-06-12' }]);
 */
export function fromVisTimeline(input: unknown): ParseResult {
  const { document, problems } = visDocument(input);
  const result = parseTimeline(document);
  return { timeline: result.timeline, problems: [...problems, ...result.problems] };
}
