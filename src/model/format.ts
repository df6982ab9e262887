import { dateLocaleForTag, EN_US, type DateLocale } from './date-locale.js';
import { isCalendarYear, toWhen, type PartialDate, type When } from './dates.js';
import { clockText, dateParts, wallClock } from './intl-dates.js';

export interface FormatWhenOptions {
  /**
   * The language, English (US) when absent: a BCP 47 tag (`'ko'`, `'en-GB'`, `'fr'`), whose
   * dates the platform's Intl data writes; a pack from `diplo-timeline/model/locales/*`; or
   * any object with a `code` (a date-fns locale), taken as its tag.
   */
  locale?: DateLocale | { code?: string } | string;
  /**
   * Write the date as a deadline: a year or month reads "by the end of …", a day
   * "by …". A range reads as a deadline on its end.
   */
  deadline?: boolean;
}

/** The words and language `formatWhen` writes with, for any form of its `locale` option. */
export function resolveDateLocale(locale: FormatWhenOptions['locale']): DateLocale {
  if (locale === undefined) return EN_US;
  if (typeof locale === 'string') return dateLocaleForTag(locale);
  return 'dateTime' in locale ? locale : dateLocaleForTag(locale.code ?? 'en-US');
}

/** The year as a reader counts it: 44 for 44 BCE (astronomical −43). */
const eraYear = (year: number) => (year <= 0 ? 1 - year : year);

/** Years from 10,000 on are written with the language's digit grouping: "13,800,000,000". */
const isLongYear = (year: number) => eraYear(year) >= 10_000;

// Intl.NumberFormat instances are expensive to create; reuse them.
const groupings = new Map<string, Intl.NumberFormat>();

/** A long year's number in the language's grouping ("13,800,000,000", German "13.800.000.000"), in Latin digits as dates are. */
function groupedYear(year: number, code: string): string {
  let grouping = groupings.get(code);
  if (!grouping) {
    grouping = new Intl.NumberFormat(code, { numberingSystem: 'latn', useGrouping: true, maximumFractionDigits: 0 });
    groupings.set(code, grouping);
  }
  return grouping.format(eraYear(year));
}

const SHAPES: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * A date's calendar part (no time) as parts, at its precision: "2019", "June 2019", "June 20,
 * 2019". A long year is written with grouping; beyond the Date range a date is a year alone,
 * written into the language's pattern for a year (formatted for a stand-in year: 2000, or
 * 2001 BCE where the platform writes the era).
 */
function calendarParts(date: PartialDate, locale: DateLocale): Intl.DateTimeFormatPart[] {
  const calendar = isCalendarYear(date.year);
  const shape = SHAPES[calendar ? (date.precision === 'year' || date.precision === 'month' ? date.precision : 'day') : 'year'];
  const era = date.year <= 0 && !locale.beforeCommonEra;
  const parts = dateParts(locale.code, era ? { ...shape, era: 'short' } : shape, wallClock(date, calendar ? date.year : era ? -2000 : 2000));
  if (isLongYear(date.year)) for (const part of parts) if (part.type === 'year') part.value = groupedYear(date.year, locale.code);
  return parts;
}

const text = (parts: readonly Intl.DateTimeFormatPart[]) => parts.map((part) => part.value).join('');

function withEra(written: string, date: PartialDate, locale: DateLocale): string {
  return date.year <= 0 && locale.beforeCommonEra ? locale.beforeCommonEra(written) : written;
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

/** The time on the date's own clock. */
const timeOf = (date: PartialDate, locale: DateLocale) => clockText(wallClock(date), locale, date.precision === 'second');

/** One date, without its "c." marker. */
function formatOne(date: PartialDate, locale: DateLocale): string {
  const written = withEra(text(calendarParts(date, locale)), date, locale);
  if (!hasTime(date)) return written;
  return locale.dateTime(written, timeOf(date, locale), offsetLabel(date.offsetMinutes ?? 0));
}

function approximately(written: string, date: PartialDate, locale: DateLocale): string {
  return date.approximate ? locale.approximate(written) : written;
}

/** How much a field says: a range collapses down to the largest field its ends differ in. */
const WEIGHT: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = { day: 1, month: 2, year: 3 };

/**
 * A date's parts with the letters of each literal moved onto the field they touch (Korean
 * and Chinese write counters after a number, "2019년", "6月"; Hebrew writes ב before a
 * month): what stays literal is spaces and punctuation between fields ("June 20, 2019").
 */
function fieldsOf(parts: readonly Intl.DateTimeFormatPart[]): Intl.DateTimeFormatPart[] {
  const pieces: Intl.DateTimeFormatPart[] = [];
  let prefix = '';
  for (const part of parts) {
    if (part.type !== 'literal') {
      pieces.push({ type: part.type, value: prefix + part.value });
      prefix = '';
      continue;
    }
    const [, after = '', gap = '', before = ''] = /^([\p{L}\p{M}]*)([^]*?)([\p{L}\p{M}]*)$/u.exec(part.value) ?? [];
    const field = pieces.at(-1);
    if (field) field.value += after;
    const between = field ? gap : after + gap;
    if (between) pieces.push({ type: 'literal', value: between });
    prefix += before;
  }
  const field = pieces.at(-1);
  if (field && prefix) field.value += prefix;
  return pieces;
}

/**
 * Two calendar dates of one shape written as a range, what they share written once: "June
 * 20–21, 2019", "20–21 June 2019", "2019년 6월 20일~21일", "2019年6月28日至7月2日",
 * "March–May 2018". The fields from the largest one the ends differ in down are written on
 * both sides; the larger ones once, where the language puts them. A single field on each
 * side takes the language's closed dash, more its spaced one. Undefined when the two do not
 * line up (another shape, fields the platform writes out of order).
 */
function collapse(start: readonly Intl.DateTimeFormatPart[], end: readonly Intl.DateTimeFormatPart[], locale: DateLocale): string | undefined {
  if (start.length !== end.length || start.some((part, i) => part.type !== end[i]?.type)) return undefined;
  const weight = (part: Intl.DateTimeFormatPart) => (part.type === 'literal' ? 0 : (WEIGHT[part.type] ?? Infinity));
  let top = 0;
  start.forEach((part, i) => {
    if (part.value !== end[i]?.value) top = Math.max(top, weight(part));
  });
  const both = start.flatMap((part, i) => (part.type !== 'literal' && weight(part) <= top ? [i] : []));
  const first = both[0];
  const last = both.at(-1);
  if (first === undefined || last === undefined) return undefined;
  // A shared field between two written on both sides: no order of the two ends reads right.
  if (start.some((part, i) => i > first && i < last && part.type !== 'literal' && !both.includes(i))) return undefined;
  const dash = both.length === 1 ? locale.dash : locale.spacedDash;
  return text(start.slice(0, last + 1)) + dash + text(end.slice(first));
}

/** Can the two ends share what they have in common? Same precision, both marked "c." or neither, no time, one era. */
function collapsible(start: PartialDate, end: PartialDate): boolean {
  if (start.precision !== end.precision || start.approximate !== end.approximate || hasTime(start)) return false;
  // BCE days and months are written in full, the era on both (it goes around the whole date).
  if (start.precision !== 'year') return start.year > 0 && end.year > 0;
  return start.year <= 0 === end.year <= 0;
}

function sameCalendarDay(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
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

function formatRange(start: PartialDate, end: PartialDate, locale: DateLocale): string {
  if (isSameDate(start, end)) return approximately(formatOne(start, locale), start, locale);
  if (collapsible(start, end)) {
    // Long years stand apart: "4,600,000,000 – 4,500,000,000 BCE", never "…000–4,500…".
    const longYears = start.precision === 'year' && (isLongYear(start.year) || isLongYear(end.year));
    const spaced = longYears ? { ...locale, dash: locale.spacedDash } : locale;
    const written = collapse(fieldsOf(calendarParts(start, locale)), fieldsOf(calendarParts(end, locale)), spaced);
    if (written !== undefined) return approximately(withEra(written, start, locale), start, locale);
  }
  if (hasTime(start) && hasTime(end) && sameCalendarDay(start, end) && start.offsetMinutes === end.offsetMinutes) {
    const day = withEra(text(calendarParts(start, locale)), start, locale);
    const times = timeOf(start, locale) + locale.timeDash + timeOf(end, locale);
    return locale.dateTime(day, times, offsetLabel(start.offsetMinutes ?? 0));
  }
  return approximately(formatOne(start, locale), start, locale) + locale.spacedDash + approximately(formatOne(end, locale), end, locale);
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
