/**
 * The repair walk behind parseTimeline: valid data takes one pass through the schema; when
 * something is wrong, it walks down the schema to the smallest part that can be left out,
 * and reports each part it leaves out or replaces. Only keys the schema names are read.
 */
import * as v from 'valibot';
import type { Problem, ProblemSeverity } from './problems.js';

export interface Issue {
  path: string;
  message: string;
}

/** A usable value: the repaired raw input and what the schema made of it. */
export type Repair = { ok: true; raw: unknown; output: unknown } | { ok: false; issues: Issue[] };

export interface Context {
  problems: Problem[];
  eventId?: string;
}

export type AnySchema = v.GenericSchema;

/** Replacements used, with a warning, when an event's required field is unusable. */
export const EVENT_FALLBACKS: Record<string, unknown> = { kind: 'other', actors: [] };

/** What the reader of a message calls an item of each list. */
const ITEM_NAMES: Record<string, string> = {
  actors: 'actor',
  eras: 'era',
  events: 'event',
  quotes: 'quote',
  sources: 'source',
  media: 'image',
  related: 'link',
  tags: 'tag',
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlain(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/** Reads an own property only: never a getter up the prototype chain, never `__proto__` magic. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `a ${typeof value}`;
}

/**
 * Valibot issues as path + message. A union's own issue ("wrong type") is replaced by
 * the issues of the branch whose type matched, which say what is really wrong.
 */
function toIssues(issues: readonly v.BaseIssue<unknown>[], base: string): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    let path = base;
    for (const item of issue.path ?? []) {
      path = join(path, typeof item.key === 'number' ? item.key : String(item.key));
    }
    let nested = issue.issues?.filter((sub) => !(sub.kind === 'schema' && !sub.path?.length));
    // The branch that got furthest into the value says what is really wrong (a range's bad
    // start, rather than "not a date string").
    if (nested?.some((sub) => sub.path?.length)) nested = nested.filter((sub) => sub.path?.length);
    if (issue.type === 'union' && nested?.length) {
      out.push(...toIssues(nested, path));
      continue;
    }
    const message =
      issue.kind === 'schema' && issue.input === undefined ? 'is missing' : issue.message;
    const shown =
      issue.kind === 'schema' && issue.input !== undefined && !message.includes('received')
        ? `${message} (found ${describeValue(issue.input)})`
        : message;
    out.push({ path, message: shown });
  }
  return out;
}

export function unwrapOptional(schema: AnySchema): AnySchema {
  return schema.type === 'optional' ? (schema as unknown as { wrapped: AnySchema }).wrapped : schema;
}

function objectEntries(schema: AnySchema): v.ObjectEntries | undefined {
  if (schema.type === 'object') return (schema as unknown as v.ObjectSchema<v.ObjectEntries, undefined>).entries;
  const pipe = (schema as { pipe?: AnySchema[] }).pipe;
  const first = pipe?.[0];
  return first?.type === 'object' ? objectEntries(first) : undefined;
}

function arrayItem(schema: AnySchema): AnySchema | undefined {
  return schema.type === 'array' ? (schema as unknown as { item: AnySchema }).item : undefined;
}

export function report(ctx: Context, issues: Issue[], severity: ProblemSeverity, consequence: string): void {
  for (const issue of issues) {
    const problem: Problem = { path: issue.path, severity, message: `${issue.message}; ${consequence}` };
    if (ctx.eventId !== undefined) problem.eventId = ctx.eventId;
    ctx.problems.push(problem);
  }
}

/**
 * Makes `raw` valid for `schema` by leaving out the smallest parts that are not,
 * reporting what it leaves out. Returns the repaired raw value (never the input
 * object itself when something changed) or the issues that make it unusable.
 */
function repair(schema: AnySchema, raw: unknown, path: string, ctx: Context, fallbacks?: Record<string, unknown>): Repair {
  // The fast path reads properties the way valibot does, inherited ones included, so it
  // is only for plain JSON-like objects; anything else goes the own-properties-only way.
  const first = v.safeParse(schema, raw);
  if (first.success && isPlain(raw)) return { ok: true, raw, output: first.output };

  const item = arrayItem(schema);
  if (item && Array.isArray(raw)) {
    const kept: unknown[] = [];
    const outputs: unknown[] = [];
    const itemName = ITEM_NAMES[path.replace(/^.*\./, '')] ?? 'item';
    raw.forEach((element, index) => {
      const result = repair(item, element, join(path, index), ctx);
      if (result.ok) {
        kept.push(result.raw);
        outputs.push(result.output);
      } else {
        report(ctx, result.issues, 'warning', `this ${itemName} was left out`);
      }
    });
    return { ok: true, raw: kept, output: outputs };
  }

  const entries = objectEntries(schema);
  if (entries && isRecord(raw)) {
    const repaired: Record<string, unknown> = {};
    const fatal: Issue[] = [];
    for (const [key, entry] of Object.entries(entries)) {
      const value = own(raw, key);
      const optional = entry.type === 'optional';
      if (value === undefined && optional) continue;
      const result = repair(unwrapOptional(entry), value, join(path, key), ctx);
      if (result.ok) {
        repaired[key] = result.raw;
      } else if (fallbacks && key in fallbacks) {
        repaired[key] = fallbacks[key];
        report(ctx, result.issues, 'warning', `used ${JSON.stringify(fallbacks[key])} instead`);
      } else if (optional) {
        report(ctx, result.issues, 'warning', 'this value was ignored');
      } else {
        fatal.push(...result.issues);
      }
    }
    if (fatal.length) return { ok: false, issues: fatal };
    const again = v.safeParse(schema, repaired);
    return again.success
      ? { ok: true, raw: repaired, output: again.output }
      : { ok: false, issues: toIssues(again.issues, path) };
  }

  return { ok: false, issues: first.success ? [{ path, message: 'must be plain data' }] : toIssues(first.issues, path) };
}

/** Parses one entry of a schema, repairing what can be repaired; undefined when unusable. */
export function readEntry(
  schema: AnySchema,
  raw: unknown,
  path: string,
  ctx: Context,
  fallbacks?: Record<string, unknown>,
): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  let result: Repair;
  try {
    result = repair(schema, raw, path, ctx, fallbacks);
  } catch (error) {
    return { ok: false, issues: [{ path, message: `could not be read (${String(error)})` }] };
  }
  return result.ok ? { ok: true, value: result.output } : result;
}
