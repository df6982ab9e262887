/**
 * Fields the schema does not name: each is reported (a warning, with the known field it most
 * likely meant) and left out; the object it sits in is kept. Only the names of an object's own
 * keys are read, never the values of unknown ones: deep junk under them costs nothing.
 */
import type * as v from 'valibot';
import type { Problem } from './problems.js';
import { isRecord, join, own, unwrapOptional, type AnySchema, type Context } from './repair.js';
import { TimelineSchema } from './schema.js';

/** Names other tools and habits give our fields (lower case, no `_`): `headline` is our `title`. */
const OTHER_NAMES = Object.fromEntries(
  (
    'headline,heading,label,content,name>title;description,text,body,details,subtitle,notes>summary;' +
    'date,startdate,start,time,dates,year>when;type,category>kind;' +
    'group,groups,participants,people,parties,actor,who>actors;place,where,city,venue>location;' +
    'links,link,url,references,citations,source>sources;image,images,photo,picture,video,src>media;' +
    'priority,weight,rank>importance;version>schemaVersion;shortname,short,abbreviation>shortName;colour>color;' +
    'href,link_,address>url;who_,by,person>speaker;quote,statement>text;photographer,copyright>credit;' +
    'alttext,description_>alt;enddate,until,to>end;from>start'
  )
    .split(';')
    .flatMap((group) => {
      const [names = '', field = ''] = group.split('>');
      return names.split(',').map((name) => [name, field]);
    }),
);

/** How many edits (insert, delete, replace, swap two neighbours) turn `a` into `b`. */
function distance(a: string, b: string): number {
  const width = b.length + 1;
  // One row after another in a flat array: cell (i, j) is at i * width + j.
  const cells = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      let best = i === 0 ? j : j === 0 ? i : Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      cells[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known field that an unknown key most likely meant: written in another case or with
 * `_`/`-` (`as_of`), another tool's name for it (`headline`), or a slip of a letter or two
 * (`tittle`). Undefined when none is close.
 *
 * @example
 * closestField('headline', ['id', 'title', 'when']); // 'title'
 */
export function closestField(key: string, known: readonly string[]): string | undefined {
  const plain = (name: string) => name.toLowerCase().replace(/[_\s-]/g, '');
  const wanted = plain(key);
  const same = known.find((name) => plain(name) === wanted);
  if (same) return same;
  // A name may mean one field in an event and another in a quote: `who` is `actors`, `who_` `speaker`.
  for (const name of [wanted, `${wanted}_`]) {
    const other = Object.hasOwn(OTHER_NAMES, name) ? OTHER_NAMES[name] : undefined;
    if (other && known.includes(other)) return other;
  }
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(wanted.length / 3)) + 1;
  for (const name of known) {
    const d = distance(wanted, plain(name));
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** At most this many unknown keys are named per object; the rest are counted. */
const NAMED_PER_OBJECT = 5;

/** Reports the keys of `raw` that are not in `known` (and not in `allowed`). */
export function reportUnknownKeys(raw: Record<string, unknown>, known: readonly string[], path: string, ctx: Context, allowed: readonly string[] = []): void {
  const unknown = Object.keys(raw).filter((key) => !known.includes(key) && !allowed.includes(key));
  unknown.slice(0, NAMED_PER_OBJECT).forEach((key) => {
    const near = closestField(key, known);
    const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
    ctx.problems.push({
      path: path ? `${path}.${shown}` : shown,
      ...(ctx.eventId === undefined ? {} : { eventId: ctx.eventId }),
      severity: 'warning',
      message: `is not a field diplo-timeline reads; it was ignored${near ? ` — did you mean "${near}"?` : ''}`,
    });
  });
  if (unknown.length > NAMED_PER_OBJECT) {
    ctx.problems.push({
      path,
      ...(ctx.eventId === undefined ? {} : { eventId: ctx.eventId }),
      severity: 'warning',
      message: `has ${String(unknown.length - NAMED_PER_OBJECT)} more fields diplo-timeline does not read; they were ignored`,
    });
  }
}

/** The entries of an object schema (through pipes), or of the object among a union's options (a range in `when`). */
function entriesOf(schema: AnySchema): v.ObjectEntries | undefined {
  if (schema.type === 'object') return (schema as unknown as v.ObjectSchema<v.ObjectEntries, undefined>).entries;
  const pipe = (schema as { pipe?: AnySchema[] }).pipe;
  const options = schema.type === 'union' ? (schema as unknown as { options: AnySchema[] }).options : pipe?.slice(0, 1);
  for (const option of options ?? []) {
    const entries = entriesOf(option);
    if (entries) return entries;
  }
  return undefined;
}

function walk(schema: AnySchema, raw: unknown, path: string, ctx: Context, allowed?: string[]): void {
  schema = unwrapOptional(schema);
  if (schema.type === 'array') {
    const item = (schema as unknown as { item: AnySchema }).item;
    if (Array.isArray(raw)) {
      raw.forEach((element, index) => {
        // Each event's problems name it, as the parser's do.
        const id = path === 'events' && isRecord(element) ? own(element, 'id') : undefined;
        walk(item, element, join(path, index), typeof id === 'string' ? { problems: ctx.problems, eventId: id } : ctx);
      });
    }
    return;
  }
  const entries = entriesOf(schema);
  if (!entries || !isRecord(raw)) return;
  reportUnknownKeys(raw, Object.keys(entries), path, ctx, allowed);
  for (const [key, entry] of Object.entries(entries)) {
    const value = own(raw, key);
    if (value !== undefined) walk(entry, value, join(path, key), ctx);
  }
}

/**
 * A warning for each field of a timeline document that the schema does not name, with the
 * known field it most likely meant. Reads only keys: never the values under unknown ones.
 *
 * @example
 * unknownFields({ schemaVersion: 1, title: 'T', actors: [], events: [{ id: 'a', headline: 'H' }] });
 * // [{ path: 'events[0].headline', severity: 'warning', message: '… did you mean "title"?' }]
 */
export function unknownFields(input: unknown): Problem[] {
  const problems: Problem[] = [];
  try {
    // `$schema` names the JSON Schema for editors (see data/timeline.schema.json).
    walk(TimelineSchema, input, '', { problems }, ['$schema']);
  } catch {
    // A value that throws when its keys are read: the parser reports it.
  }
  return problems;
}
