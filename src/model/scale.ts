/**
 * The horizontal view's math: a linear time scale, ticks at the unit the zoom calls
 * for, and stacking so labels never overlap. Pure functions: the element, the server
 * renderer and the tests share them.
 *
 * Time is "timeline milliseconds": a calendar date sits at the UTC midnight of its day
 * (never the reader's), a timed date at its instant.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths, addYears, format, startOfMonth, startOfYear, addDays, startOfDay, addHours, startOfHour } from 'date-fns';
import type { DateLocale } from './date-locale.js';
import { DAY_MS, endMs, startMs, type When } from './dates.js';
import { formatWhen } from './format.js';
import { dueDay } from './status.js';
import { enUS } from './locales/en-US.js';

export { DAY_MS, endMs, startMs } from './dates.js';

export interface Extent {
  start: number;
  end: number;
  /** Drawn as a marker rather than a bar. */
  point: boolean;
}

/**
 * Where an event lies on the axis: a range from the start of its start to the end of its
 * end; a point at its start, or for a deadline at its due day (its last day).
 */
export function eventExtent(event: { when: When; kind?: string }): Extent {
  const { start, end } = event.when;
  if (end) return { start: startMs(start), end: Math.max(startMs(start), endMs(end)), point: false };
  const at = event.kind === 'deadline' ? dueDay({ when: event.when, kind: 'deadline' }) * DAY_MS : startMs(start);
  return { start: at, end: at, point: true };
}

export interface TimeScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Position of a time. */
  x(time: number): number;
  /** Time at a position. */
  invert(position: number): number;
}

/**
 * A linear scale from a time window to pixels. An empty or inverted window is widened to
 * a day around its start, so nothing is ever divided by zero.
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  let [d0, d1] = domain;
  if (!Number.isFinite(d0) || !Number.isFinite(d1)) [d0, d1] = [0, DAY_MS];
  if (d1 <= d0) [d0, d1] = [d0 - DAY_MS / 2, d0 + DAY_MS / 2];
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  return {
    domain: [d0, d1],
    range: [r0, r1],
    x: (time) => r0 + (time - d0) * k,
    invert: (position) => d0 + (position - r0) / (k || 1),
  };
}

/** The window that shows all extents, with a margin on each side (a day at least). */
export function fitDomain(extents: readonly Extent[], margin = 0.04): [number, number] {
  if (!extents.length) return [0, DAY_MS];
  let min = Infinity;
  let max = -Infinity;
  for (const extent of extents) {
    min = Math.min(min, extent.start);
    max = Math.max(max, extent.end);
  }
  const pad = Math.max((max - min) * margin, DAY_MS);
  return [min - pad, max + pad];
}

export const TICK_UNITS = ['hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century'] as const;
export type TickUnit = (typeof TICK_UNITS)[number];

export interface Tick {
  time: number;
  label: string;
  /** The first tick of a larger unit (a new year among months): drawn stronger. */
  major: boolean;
}

interface Step {
  unit: TickUnit;
  /** Approximate length in days, to pick a step. */
  days: number;
  floor(date: Date): Date;
  next(date: Date): Date;
  label(date: Date, locale: DateLocale): string;
  major(date: Date): boolean;
}

const yearLabel = (date: Date, locale: DateLocale) =>
  formatWhen({ year: date.getUTCFullYear(), precision: 'year', approximate: false }, { locale });

function yearStep(years: number, unit: TickUnit): Step {
  return {
    unit,
    days: 365.25 * years,
    floor: (date) => {
      const start = startOfYear(date);
      start.setUTCFullYear(Math.floor(start.getUTCFullYear() / years) * years);
      return start;
    },
    next: (date) => addYears(date, years),
    label: yearLabel,
    major: (date) => date.getUTCFullYear() % (years * 10) === 0,
  };
}

function monthStep(months: number, unit: TickUnit): Step {
  return {
    unit,
    days: 30.44 * months,
    floor: (date) => {
      const start = startOfMonth(date);
      start.setUTCMonth(Math.floor(start.getUTCMonth() / months) * months);
      return start;
    },
    next: (date) => addMonths(date, months),
    label: (date, locale) =>
      date.getUTCMonth() === 0 ? yearLabel(date, locale) : format(date, months === 3 ? 'QQQ' : 'LLL', { locale: locale.dateFns }),
    major: (date) => date.getUTCMonth() === 0,
  };
}

function dayStep(days: number, unit: TickUnit): Step {
  return {
    unit,
    days,
    floor: (date) => {
      const start = startOfDay(date);
      if (days > 1) {
        const epoch = Math.floor(start.getTime() / DAY_MS);
        start.setTime((epoch - (((epoch % days) + days) % days)) * DAY_MS);
      }
      return start;
    },
    next: (date) => addDays(date, days),
    label: (date, locale) =>
      date.getUTCDate() === 1 || days >= 7
        ? format(date, locale.code.startsWith('en-US') ? 'MMM d' : 'd MMM', { locale: locale.dateFns })
        : format(date, 'd', { locale: locale.dateFns }),
    major: (date) => date.getUTCDate() === 1,
  };
}

const LONGEST = yearStep(1000, 'century');

const STEPS: Step[] = [
  {
    unit: 'hour',
    days: 1 / 24,
    floor: (date) => startOfHour(date),
    next: (date) => addHours(date, 1),
    label: (date, locale) => format(date, locale.time, { locale: locale.dateFns }),
    major: (date) => date.getUTCHours() === 0,
  },
  {
    unit: 'hour',
    days: 6 / 24,
    floor: (date) => {
      const start = startOfHour(date);
      start.setUTCHours(Math.floor(start.getUTCHours() / 6) * 6);
      return start;
    },
    next: (date) => addHours(date, 6),
    label: (date, locale) => format(date, locale.time, { locale: locale.dateFns }),
    major: (date) => date.getUTCHours() === 0,
  },
  dayStep(1, 'day'),
  dayStep(2, 'day'),
  dayStep(7, 'week'),
  dayStep(14, 'week'),
  monthStep(1, 'month'),
  monthStep(3, 'quarter'),
  monthStep(6, 'quarter'),
  yearStep(1, 'year'),
  yearStep(2, 'year'),
  yearStep(5, 'year'),
  yearStep(10, 'decade'),
  yearStep(20, 'decade'),
  yearStep(50, 'decade'),
  yearStep(100, 'century'),
  yearStep(250, 'century'),
  yearStep(500, 'century'),
  LONGEST,
];

/**
 * Ticks for a window: the finest unit (hours, days, weeks, months, quarters, years,
 * decades, centuries) that gives at most `maxTicks`, labelled in the locale.
 *
 * @example
 * timeTicks([Date.UTC(2016, 0), Date.UTC(2020, 0)], 8) // yearly ticks "2016" … "2020"
 */
export function timeTicks(domain: readonly [number, number], maxTicks: number, locale: DateLocale = enUS): { unit: TickUnit; ticks: Tick[] } {
  const [start, end] = domain[1] > domain[0] ? domain : [domain[0], domain[0] + DAY_MS];
  const spanDays = (end - start) / DAY_MS;
  const limit = Math.max(1, Math.floor(maxTicks));
  const step = STEPS.find((candidate) => spanDays / candidate.days <= limit) ?? LONGEST;
  const ticks: Tick[] = [];
  let date = step.floor(new UTCDateMini(start));
  for (let guard = 0; guard < limit * 3 + 4 && date.getTime() <= end; guard++) {
    const time = date.getTime();
    if (time >= start) ticks.push({ time, label: step.label(date, locale), major: step.major(date) });
    const next = step.next(date);
    if (!(next.getTime() > time)) break;
    date = next;
  }
  return { unit: step.unit, ticks };
}

/** Characters drawn about one em wide: Han, Hangul, kana, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A label's width in pixels without measuring it (so layout runs anywhere, server too). */
export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : /[A-Z0-9MW]/.test(char) ? 0.64 : 0.52;
  return Math.ceil(ems * fontPx);
}

export interface StackItem {
  key: string;
  lane: number;
  /** Left edge in pixels (marker or bar start). */
  start: number;
  /** Right edge in pixels, including the label. */
  end: number;
}

/**
 * Puts each item on the lowest row of its lane where it overlaps nothing (greedy, by
 * start). Returns each item's row and each lane's number of rows.
 */
export function stackRows(items: readonly StackItem[], gap = 8): { rows: Map<string, number>; laneRows: Map<number, number> } {
  const rows = new Map<string, number>();
  const ends = new Map<number, number[]>();
  const sorted = [...items].sort((a, b) => a.lane - b.lane || a.start - b.start || a.key.localeCompare(b.key));
  for (const item of sorted) {
    const laneEnds = ends.get(item.lane) ?? [];
    let row = laneEnds.findIndex((end) => end + gap <= item.start);
    if (row < 0) row = laneEnds.length;
    laneEnds[row] = Math.max(item.end, item.start);
    ends.set(item.lane, laneEnds);
    rows.set(item.key, row);
  }
  return { rows, laneRows: new Map([...ends].map(([lane, laneEnds]) => [lane, laneEnds.length])) };
}
