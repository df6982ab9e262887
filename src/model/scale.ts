/**
 * The horizontal view's math: a linear time scale and ticks at the unit the zoom calls
 * for (stacking labels is axis-layout.ts). Pure functions: the element, the server
 * renderer and the tests share them.
 *
 * Time is "timeline milliseconds": a calendar date sits at the UTC midnight of its day
 * (never the reader's), a timed date at its instant.
 */
import { EN_US, type DateLocale } from './date-locale.js';
import { DAY_MS, endMs, firstDay, startMs, type When } from './dates.js';
import { formatWhen } from './format.js';
import { clockText, dateText } from './intl-dates.js';
import { dueDay } from './status.js';
import { FAR_MS, yearAt, yearStart } from './years.js';

export { DAY_MS, endMs, startMs } from './dates.js';
export { dateAt, yearAt, yearStart } from './years.js';

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

export const TICK_UNITS = [
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
  'millennium',
  'million-years',
  'billion-years',
] as const;
export type TickUnit = (typeof TICK_UNITS)[number];

export interface Tick {
  time: number;
  label: string;
  /** The first tick of a larger unit (a new year among months): drawn stronger. */
  major: boolean;
}

/**
 * The least distance between ticks, in pixels: `maxTicks` is a width divided by this. A
 * label wider than the room (a deep year, "13,000,000,000 BCE") takes more.
 */
export const TICK_SPACING_PX = 90;
/** The size tick labels are drawn at, to estimate their width. */
const TICK_FONT_PX = 12;
/** A label's padding and the least gap after it. */
const TICK_GAP_PX = 12;

interface Step {
  unit: TickUnit;
  /** Approximate length in days, to pick a step. */
  days: number;
  /** Steps of a year or more work at any depth; finer ones (0) only where a Date can go. */
  years: number;
  /** Ticks are counted: the count of the last tick at or before a time… */
  count(time: number): number;
  /** …and where the tick of a count lies. */
  time(count: number): number;
  label(count: number, locale: DateLocale): string;
  major(count: number): boolean;
}

const HOUR_MS = 3_600_000;
const utc = (time: number) => new Date(time);
const yearLabel = (year: number, locale: DateLocale) => formatWhen({ year, precision: 'year', approximate: false }, { locale });

/**
 * Hours or days: in timeline milliseconds (UTC, no daylight saving) a tick is a whole
 * multiple of the step, counted from 1970.
 */
function fixedStep(unit: TickUnit, ms: number, label: (date: Date, locale: DateLocale) => string, major: (date: Date) => boolean): Step {
  return {
    unit,
    days: ms / DAY_MS,
    years: 0,
    count: (time) => Math.floor(time / ms),
    time: (count) => count * ms,
    label: (count, locale) => label(utc(count * ms), locale),
    major: (count) => major(utc(count * ms)),
  };
}

const hourStep = (hours: number) =>
  fixedStep('hour', hours * HOUR_MS, (date, locale) => clockText(date, locale), (date) => date.getUTCHours() === 0);

const dayStep = (days: number, unit: TickUnit) =>
  fixedStep(
    unit,
    days * DAY_MS,
    (date, locale) =>
      dateText(locale.code, date.getUTCDate() === 1 || days >= 7 ? { month: 'short', day: 'numeric' } : { day: 'numeric' }, date),
    (date) => date.getUTCDate() === 1,
  );

/**
 * Months, counted from January of year 0; a new year's tick is labelled with the year, the
 * others (quarters too) with their month: a tick marks the day a month begins.
 */
function monthStep(months: number, unit: TickUnit): Step {
  const year = (count: number) => Math.floor((count * months) / 12);
  const month = (count: number) => count * months - year(count) * 12;
  const time = (count: number) => firstDay({ year: year(count), month: month(count) + 1, precision: 'month', approximate: false }) * DAY_MS;
  return {
    unit,
    days: 30.44 * months,
    years: 0,
    count: (at) => {
      const date = utc(at);
      return Math.floor((date.getUTCFullYear() * 12 + date.getUTCMonth()) / months);
    },
    time,
    label: (count, locale) =>
      month(count) ? dateText(locale.code, { month: 'short' }, utc(time(count))) : yearLabel(year(count), locale),
    major: (count) => !month(count),
  };
}

/** The year a reader counts, signed: −44 for 44 BCE (astronomical −43), 2019 for 2019. */
const countedYear = (year: number) => (year <= 0 ? year - 1 : year);

/** The astronomical year where a counted year begins; the counted 0 is where 1 CE begins. */
const astronomicalYear = (counted: number) => (counted > 0 ? counted : counted === 0 ? 1 : counted + 1);

/**
 * Every `years` years, at the years readers count: 500 BCE, not the astronomical −500
 * (501 BCE); 4,000,000,000 BCE, not 4,000,000,001 BCE. Plain arithmetic, no Date, so deep
 * time works as 2019 does.
 */
function yearStep(years: number, unit: TickUnit): Step {
  const year = (count: number) => astronomicalYear(count * years);
  return {
    unit,
    days: 365.2425 * years,
    years,
    count: (time) => Math.floor(countedYear(yearAt(time)) / years),
    time: (count) => yearStart(year(count)),
    label: (count, locale) => yearLabel(year(count), locale),
    major: (count) => count % 10 === 0,
  };
}

/** 1, 2 and 5 times each power of ten from 1,000 years to 5 × 10^12. */
function deepSteps(): Step[] {
  const steps: Step[] = [];
  for (let power = 3; power < 13; power++) {
    for (const factor of [1, 2, 5]) {
      steps.push(yearStep(factor * 10 ** power, power < 6 ? 'millennium' : power < 9 ? 'million-years' : 'billion-years'));
    }
  }
  return steps;
}

/** Ten trillion years: more than the years of the grammar (13 digits) span. */
const LONGEST = yearStep(1e13, 'billion-years');

const STEPS: Step[] = [
  hourStep(1),
  hourStep(6),
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
  ...deepSteps(),
  LONGEST,
];

/** Timeline milliseconds a JavaScript Date can hold. */
const DATE_LIMIT_MS = 8.64e15;

/**
 * Ticks for a window: the finest unit (hours, days, weeks, months, quarters, years,
 * decades, centuries, then thousands, millions and billions of years) that gives at most
 * `maxTicks` (a width over {@link TICK_SPACING_PX}, a label wider than that counting for
 * more), labelled in the locale as `formatWhen` writes a year: "2019", "500 BCE",
 * "13,000,000,000 BCE". Outside the range of JavaScript dates the finest unit is a year.
 *
 * @example
 * timeTicks([Date.UTC(2016, 0), Date.UTC(2020, 0)], 8) // yearly ticks "2016" … "2020"
 */
export function timeTicks(domain: readonly [number, number], maxTicks: number, locale: DateLocale = EN_US): { unit: TickUnit; ticks: Tick[] } {
  const [first, last] = domain[1] > domain[0] ? domain : [domain[0], domain[0] + DAY_MS];
  const start = Math.max(-FAR_MS, first);
  const end = Math.min(FAR_MS, last);
  const limit = Math.max(1, Math.floor(maxTicks));
  const spanDays = (end - start) / DAY_MS;
  const calendar = Math.abs(start) <= DATE_LIMIT_MS && Math.abs(end) <= DATE_LIMIT_MS;
  let ticks: Tick[] = [];
  for (const step of STEPS) {
    if ((!calendar && !step.years) || (spanDays / step.days > limit && step !== LONGEST)) continue;
    ticks = [];
    // Yearly ticks meet the counted years 0 and 1 in one year, 1 CE: `previous` skips the second.
    let previous: number | undefined;
    for (let count = step.count(start), guard = 0; guard < limit * 3 + 4; count++, guard++) {
      const time = step.time(count);
      if (!(time <= end)) break;
      if (time >= start && time !== previous) ticks.push({ time, label: step.label(count, locale), major: step.major(count) });
      previous = time;
    }
    if (step.years === 0 || spanDays / step.days <= limit / labelRoom(ticks)) return { unit: step.unit, ticks };
  }
  return { unit: LONGEST.unit, ticks };
}

/** How many tick spacings the widest label needs (1 for "2019", about 1.6 for "13,000,000,000 BCE"). */
function labelRoom(ticks: readonly Tick[]): number {
  let widest = 0;
  for (const tick of ticks) widest = Math.max(widest, estimateTextWidth(tick.label, TICK_FONT_PX));
  return Math.max(1, (widest + TICK_GAP_PX) / TICK_SPACING_PX);
}

/** Characters drawn about one em wide: Han, Hangul, kana, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A label's width in pixels without measuring it (so layout runs anywhere, server too). */
export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : /[A-Z0-9MW]/.test(char) ? 0.64 : 0.52;
  return Math.ceil(ems * fontPx);
}
