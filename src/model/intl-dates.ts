/**
 * Dates as the platform writes them: Intl.DateTimeFormat, in the Gregorian calendar, Latin
 * digits and UTC. UTC because what is formatted is a date's own fields (see `wallClock`),
 * never an instant in the reader's zone; Gregorian and Latin digits because that is how the
 * data is written, whatever calendar or digits a reader's locale prefers (`ar-SA`, `ar-EG`).
 */
import type { DateLocale } from './date-locale.js';
import type { PartialDate } from './dates.js';

// Intl.DateTimeFormat instances are expensive to create; one per language and shape, reused.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(code: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = code + JSON.stringify(options);
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(code, { ...options, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    formats.set(key, found);
  }
  return found;
}

/**
 * The parts of a date as `code` writes it. Thin and narrow no-break spaces become plain
 * spaces: Chromium writes plain ones where Node's ICU writes those, and a page rendered on
 * the server must read the same once the browser takes over.
 */
export function dateParts(code: string, options: Intl.DateTimeFormatOptions, date: Date): Intl.DateTimeFormatPart[] {
  const parts = dateFormat(code, options).formatToParts(date);
  for (const part of parts) part.value = part.value.replace(/[\u2009\u202f]/g, ' ');
  return parts;
}

/** The text of a date as `code` writes it. */
export const dateText = (code: string, options: Intl.DateTimeFormatOptions, date: Date): string =>
  dateParts(code, options, date)
    .map((part) => part.value)
    .join('');

/**
 * A partial date's written fields (year, month, day, time) in a Date read as UTC: formatted
 * in UTC they come out exactly as written, whatever the reader's time zone, and no
 * daylight-saving gap can move a time. A year beyond the Date range stands in as 2000:
 * the caller writes the year itself.
 */
export function wallClock(date: PartialDate, year = date.year): Date {
  const value = new Date(0);
  value.setUTCFullYear(year, (date.month ?? 1) - 1, date.day ?? 1);
  value.setUTCHours(date.hour ?? 12, date.minute ?? 0, date.second ?? 0, 0);
  return value;
}

/** A time in the language's short (or, with seconds, medium) style, its day periods as its news copy writes them: "9:30 a.m.". */
export function clockText(date: Date, locale: DateLocale, seconds = false): string {
  return dateParts(locale.code, { timeStyle: seconds ? 'medium' : 'short' }, date)
    .map((part) => (part.type === 'dayPeriod' ? (locale.dayPeriods?.[part.value] ?? part.value) : part.value))
    .join('');
}
