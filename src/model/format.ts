import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format, type Locale } from 'date-fns';
import type { DateLocale } from './date-locale.js';
import { datePatternsFor } from './date-patterns.js';
import { isCalendarYear, toWhen, type PartialDate, type When } from './dates.js';
import { intlDateFnsLocale } from './intl-locale.js';
import { enUS } from './locales/en-US.js';

export interface FormatWhenOptions {
  /**
   * The language, English (US) when absent. One of:
   * - a pack from `diplo-timeline/model/locales/*` (`ko`, `enGB`, …): our patterns with
   *   date-fns's wording;
   * - a date-fns locale (`import { ko } from 'date-fns/locale'`): the patterns for its code;
   * - a BCP 47 tag (`'ko'`, `'en-GB'`, `'fr'`): the closest patterns, with month names
   *   and day periods from the platform's Intl data, so no extra tables are loaded.
   */
  locale?: DateLocale | Locale | string;
  /**
   * Write the date as a deadline: a year or month reads "by the end of …", a day
   * "by …". A range reads as a deadline on its end.
   */
  deadline?: boolean;
}

/**
 * The wall-clock fields of a partial date in a Date whose getters are UTC, so that
 * date-fns formats exactly the fields written, whatever the reader's time zone (and no
 * daylight-saving gap can move a time).
 */
function wallClock(date: PartialDate): Date {
  const value = new UTCDateMini(0);
  value.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  value.setUTCHours(date.hour ?? 12, date.minute ?? 0, date.second ?? 0, 0);
  return value;
}

/** The year as a reader counts it: 44 for 44 BCE (astronomical −43). */
const eraYear = (year: number) => (year <= 0 ? 1 - year : year);

/** Years from 10,000 on are written with the language's digit grouping: "13,800,000,000". */
const isLongYear = (year: number) => eraYear(year) >= 10_000;

// Intl.NumberFormat instances are expensive to create; reuse them.
const groupings = new Map<string, Intl.NumberFormat>();

/**
 * A long year's number in the language's grouping ("13,800,000,000", German
 * "13.800.000.000"), in Latin digits like every other date date-fns writes.
 */
function groupedYear(year: number, locale: DateLocale): string {
  let grouping = groupings.get(locale.code);
  if (!grouping) {
    grouping = new Intl.NumberFormat(locale.code, { numberingSystem: 'latn', useGrouping: true, maximumFractionDigits: 0 });
    groupings.set(locale.code, grouping);
  }
  return grouping.format(eraYear(year));
}

/** A date-fns pattern's quoted text, and its runs of letters (fields, like `y` or `MMMM`). */
const TOKENS = /'(?:[^']|'')*'|[a-zA-Z]+/g;

/** Formats a date with a date-fns pattern; a long year is written in the language's grouping. */
function formatDate(date: PartialDate, pattern: string, locale: DateLocale): string {
  const options = { locale: locale.dateFns };
  if (!isLongYear(date.year)) return format(wallClock(date), pattern, options);
  const year = groupedYear(date.year, locale);
  // Beyond JavaScript dates the pattern is a year's alone ("y", "y년"), written without
  // date-fns, which could not hold the date.
  if (!isCalendarYear(date.year)) return pattern.replace(/y+/g, year);
  // Within them the year goes in as quoted text, which date-fns copies as it is.
  const quoted = `'${year.replace(/'/g, "''")}'`;
  return format(wallClock(date), pattern.replace(TOKENS, (token) => (/^y+$/.test(token) ? quoted : token)), options);
}

function patternFor(date: PartialDate, locale: DateLocale): string {
  // Beyond JavaScript dates a date is a year alone (the parser allows nothing finer there).
  if (!isCalendarYear(date.year)) return locale.year;
  switch (date.precision) {
    case 'year':
      return locale.year;
    case 'month':
      return locale.month;
    default:
      return locale.day;
  }
}

/** "UTC", "UTC+9", "UTC+8:30", "UTC−5". */
function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '\u2212' : '+';
  const total = Math.abs(offsetMinutes);
  const minutes = total % 60;
  return `UTC${sign}${Math.floor(total / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

function hasTime(date: PartialDate): boolean {
  return date.precision === 'minute' || date.precision === 'second';
}

function timeOf(date: PartialDate, locale: DateLocale): string {
  return formatDate(date, date.precision === 'second' ? locale.timeWithSeconds : locale.time, locale);
}

function withEra(text: string, date: PartialDate, locale: DateLocale): string {
  return date.year <= 0 ? locale.beforeCommonEra(text) : text;
}

/** One date, without its "c." marker. */
function formatOne(date: PartialDate, locale: DateLocale): string {
  const text = withEra(formatDate(date, patternFor(date, locale), locale), date, locale);
  if (!hasTime(date)) return text;
  return locale.dateTime(text, timeOf(date, locale), offsetLabel(date.offsetMinutes ?? 0));
}

function approximately(text: string, date: PartialDate, locale: DateLocale): string {
  return date.approximate ? locale.approximate(text) : text;
}

function collapsePattern(start: PartialDate, end: PartialDate, locale: DateLocale): readonly [string, string] | undefined {
  if (start.precision !== end.precision || start.approximate !== end.approximate) return undefined;
  // Both sides of the same era, or the era marker would be attached to only one of them.
  if (start.year <= 0 || end.year <= 0) return undefined;
  if (start.year !== end.year) return undefined;
  if (start.precision === 'month') return start.month === end.month ? undefined : locale.monthRange;
  if (start.precision === 'day') {
    if (start.month !== end.month) return locale.dayRangeSameYear;
    return start.day === end.day ? undefined : locale.dayRangeSameMonth;
  }
  return undefined;
}

/**
 * Two years of one era, the era written once: "2016–2019", "500–480 BCE", and with long
 * numbers a spaced dash between whole years, "4,600,000,000 – 4,500,000,000 BCE".
 */
function yearRange(start: PartialDate, end: PartialDate, locale: DateLocale): string | undefined {
  if (start.precision !== 'year' || end.precision !== 'year' || start.approximate !== end.approximate) return undefined;
  if (start.year === end.year || start.year <= 0 !== end.year <= 0) return undefined;
  const text =
    isLongYear(start.year) || isLongYear(end.year)
      ? formatDate(start, locale.year, locale) + locale.rangeSeparator + formatDate(end, locale.year, locale)
      : formatDate(start, locale.yearRange[0], locale) + formatDate(end, locale.yearRange[1], locale);
  return approximately(withEra(text, start, locale), start, locale);
}

function sameCalendarDay(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function formatRange(start: PartialDate, end: PartialDate, locale: DateLocale): string {
  const years = yearRange(start, end, locale);
  if (years) return years;
  const pair = collapsePattern(start, end, locale);
  if (pair) {
    const text = formatDate(start, pair[0], locale) + formatDate(end, pair[1], locale);
    return approximately(text, start, locale);
  }
  if (
    hasTime(start) &&
    hasTime(end) &&
    sameCalendarDay(start, end) &&
    start.offsetMinutes === end.offsetMinutes
  ) {
    const day = withEra(formatDate(start, locale.day, locale), start, locale);
    const times = `${timeOf(start, locale)}${locale.timeSeparator}${timeOf(end, locale)}`;
    return locale.dateTime(day, times, offsetLabel(start.offsetMinutes ?? 0));
  }
  const startText = approximately(formatOne(start, locale), start, locale);
  if (isSameDate(start, end)) return startText;
  return `${startText}${locale.rangeSeparator}${approximately(formatOne(end, locale), end, locale)}`;
}

function isSameDate(a: PartialDate, b: PartialDate): boolean {
  return (
    a.precision === b.precision &&
    a.approximate === b.approximate &&
    sameCalendarDay(a, b) &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second &&
    a.offsetMinutes === b.offsetMinutes
  );
}

const resolved = new Map<string, DateLocale>();

function isPack(locale: DateLocale | Locale): locale is DateLocale {
  return 'dayRangeSameMonth' in locale && 'dateFns' in locale;
}

/** The pack `formatWhen` writes with, for any form of its `locale` option. */
export function resolveDateLocale(locale: DateLocale | Locale | string | undefined): DateLocale {
  if (locale === undefined) return enUS;
  if (typeof locale !== 'string') {
    return isPack(locale) ? locale : { ...datePatternsFor(locale.code ?? 'en-US'), dateFns: locale };
  }
  let pack = resolved.get(locale);
  if (!pack) {
    const patterns = datePatternsFor(locale);
    pack = patterns.code === 'en-US' ? enUS : { ...patterns, dateFns: intlDateFnsLocale(patterns.code) };
    resolved.set(locale, pack);
  }
  return pack;
}

/**
 * Writes a date or range at its own precision, in the given language.
 *
 * @example
 * formatWhen(parsed('2019-06-20', '2019-06-21'))          // "June 20–21, 2019"
 * formatWhen(parsed('~2018'))                             // "c. 2018"
 * formatWhen(parsed('2019'), { deadline: true })          // "by the end of 2019"
 * formatWhen(parsed('2019-06-20'), { locale: 'ko' })      // "2019년 6월 20일"
 */
export function formatWhen(when: When | PartialDate, options: FormatWhenOptions = {}): string {
  const locale = resolveDateLocale(options.locale);
  const { start, end } = toWhen(when);
  if (options.deadline) {
    const target = end ?? start;
    return approximately(locale.deadline(formatOne(target, locale), target.precision), target, locale);
  }
  if (!end) return approximately(formatOne(start, locale), start, locale);
  return formatRange(start, end, locale);
}
