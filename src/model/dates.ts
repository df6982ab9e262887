/**
 * Partial dates: a date kept at the precision the facts have.
 *
 * The grammar is a documented subset of ISO 8601 (see README, "Dates"):
 *
 *   [~]YYYY                          year          "2019", "~2018" (approximate)
 *   [~]YYYY-MM                       month         "2019-06"
 *   [~]YYYY-MM-DD                    day           "2019-06-20"
 *   YYYY-MM-DDTHH:MM(Z|±HH:MM)       minute        "2018-04-27T09:30+08:30"
 *   YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)    second        "2018-06-12T09:04:30+08:00"
 *   ±YYYYYY[-MM[-DD]]                expanded year "-000043-03-15" (44 BCE)
 *   [~]±YYYYYYY… (7 to 13 digits)    deep year     "-13799999999" (13,800,000,000 BCE)
 *
 * Years are astronomical: 0000 is 1 BCE, -000043 is 44 BCE. A year of any size up to
 * {@link MAX_YEAR_DIGITS} digits is a date at year precision; months, days and times only
 * exist within {@link CALENDAR_YEARS}, the whole years a JavaScript Date can hold.
 *
 * A value without a time is a calendar date, not an instant: it is never turned into
 * UTC midnight, so 2018-04-27 reads as 27 April in every time zone. A value with a time
 * must carry its UTC offset, and it is shown in that offset (events are dated where
 * they happened), while ordering uses the instant.
 */

export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute', 'second'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** Astronomical year: 0 is 1 BCE, -43 is 44 BCE. */
  year: number;
  /** 1–12. */
  month?: number;
  /** 1–31. */
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, present exactly when the date has a time. */
  offsetMinutes?: number;
  precision: DatePrecision;
  /** Written with a leading `~`: "circa". */
  approximate: boolean;
}

/** The parsed `when` of an event: a point (start only) or a range. */
export interface When {
  start: PartialDate;
  end?: PartialDate;
}

export type PartialDateResult =
  | { ok: true; date: PartialDate }
  | { ok: false; reason: string };

/**
 * A JSON Schema `pattern` for date strings: the shape only. Calendar checks (month
 * lengths, leap years, offsets in range) happen in {@link parsePartialDate}.
 */
export const DATE_PATTERN =
  '^~?(?:\\d{4}|[+-]\\d{6}|[+-][1-9]\\d{6,12})(?:-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2}))?)?)?$';

/**
 * The most digits a year may have: 9,999,999,999,999 years, some 700 times the age of the
 * universe. Up to there a date's day count stays a safe integer, so ordering by day is exact,
 * and its timeline milliseconds (floats beyond 2^53) still tell one day from the next.
 */
export const MAX_YEAR_DIGITS = 13;

/**
 * The whole years a JavaScript Date can hold (±100,000,000 days around 1970): months, days
 * and times exist only within them; beyond them a date is a year alone.
 */
export const CALENDAR_YEARS = { min: -271_820, max: 275_759 } as const;

/** True when a year lies within {@link CALENDAR_YEARS}. */
export const isCalendarYear = (year: number): boolean => year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max;

// Looser than DATE_PATTERN in the year, so that too many digits or leading zeros get a reason of their own.
const GRAMMAR =
  /^(~)?(\d{4}|[+-]\d{6,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const ACCEPTED =
  'use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with Z or ±HH:MM (other years signed, of 6 to 13 digits: -000043, -13799999999), optionally prefixed with ~ for "circa"';

const MS_PER_DAY = 86_400_000;

/** Latest offsets in use: UTC−12:00 to UTC+14:00. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

/**
 * Days since 1970-01-01 of a proleptic Gregorian calendar date, or NaN when the date
 * does not exist (2019-02-30) or lies outside what ECMAScript dates can hold.
 * Uses UTC arithmetic only, so the reader's time zone never enters.
 */
export function epochDay(year: number, month: number, day: number): number {
  const days = civilDay(year, month, day);
  // The range of a JavaScript Date: ±100,000,000 days around 1970.
  return Math.abs(days) > 1e8 ? Number.NaN : days;
}

/** {@link epochDay} without the bounds of a JavaScript Date: deep years count too. */
function civilDay(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return Number.NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  // Days from the civil calendar without a Date object (H. Hinnant's days_from_civil):
  // called for every event on every render, and a Date per call was a tenth of the work.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function describe(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Parses one date string of the grammar above.
 *
 * @example
 * parsePartialDate('2019-06') // { ok: true, date: { year: 2019, month: 6, precision: 'month', approximate: false } }
 * parsePartialDate('06/20/2019') // { ok: false, reason: '"06/20/2019" is ambiguous ...' }
 */
export function parsePartialDate(text: string): PartialDateResult {
  if (typeof text !== 'string') {
    return { ok: false, reason: `expected a date string, got ${text === null ? 'null' : typeof text}` };
  }
  if (text.trim() === '') return { ok: false, reason: 'the date is empty' };
  if (text !== text.trim()) {
    return { ok: false, reason: `${describe(text)} has spaces around it` };
  }
  if (/[\uFF10-\uFF19]/.test(text)) {
    return { ok: false, reason: `${describe(text)} uses full-width digits; write ASCII digits 0–9` };
  }
  if (/[^\x20-\x7E]/.test(text)) {
    return { ok: false, reason: `${describe(text)} has characters outside the date grammar; ${ACCEPTED}` };
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text) || /^\d{1,4}\.\d+$/.test(text)) {
    return {
      ok: false,
      reason: `${describe(text)} looks like a spreadsheet serial number; format the cell as text and write YYYY-MM-DD`,
    };
  }
  if (/^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$/.test(text) || /^\d{1,2}[/.]\d{4}$/.test(text)) {
    return {
      ok: false,
      reason: `${describe(text)} is ambiguous (day and month order differ between countries); write YYYY-MM-DD`,
    };
  }

  const match = GRAMMAR.exec(text);
  if (!match) {
    if (/^~?\d{1,3}(?:-|$)/.test(text)) {
      return { ok: false, reason: `${describe(text)}: years have four digits (write 0800, not 800)` };
    }
    if (/T\d{2}:\d{2}(?::\d{2})?\.\d+/.test(text)) {
      return { ok: false, reason: `${describe(text)}: fractional seconds are not supported; round to the second` };
    }
    if (/^\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}/.test(text)) {
      return { ok: false, reason: `${describe(text)}: separate the date and the time with a capital T` };
    }
    return { ok: false, reason: `${describe(text)} is not a date in the accepted form; ${ACCEPTED}` };
  }

  const [, tilde, yearText = '', monthText, dayText, hourText, minuteText, secondText, offsetText] = match;
  const approximate = tilde === '~';
  if (yearText === '-000000') {
    return { ok: false, reason: `${describe(text)}: -000000 is not a year; write 0000 for 1 BCE` };
  }
  const year = Number(yearText);
  const digits = yearText.length - 1;
  if (digits > MAX_YEAR_DIGITS) {
    return { ok: false, reason: `${describe(text)}: a year has at most ${String(MAX_YEAR_DIGITS)} digits` };
  }
  if (digits > 6 && yearText[1] === '0') {
    return {
      ok: false,
      reason: `${describe(text)}: a year of more than six digits has no leading zeros; write ${yearOf(year)}`,
    };
  }
  const date: PartialDate = { year, precision: 'year', approximate };

  if (monthText !== undefined) {
    const month = Number(monthText);
    if (month < 1 || month > 12) {
      return { ok: false, reason: `${describe(text)}: month ${monthText} does not exist` };
    }
    if (!isCalendarYear(year)) {
      return {
        ok: false,
        reason: `${describe(text)}: months and days exist only in years ${yearOf(CALENDAR_YEARS.min)} to ${yearOf(CALENDAR_YEARS.max)}; write the year alone, ${(tilde ?? '') + yearText}`,
      };
    }
    date.month = month;
    date.precision = 'month';
  }
  if (dayText !== undefined) {
    const day = Number(dayText);
    if (Number.isNaN(epochDay(year, date.month ?? 1, day))) {
      return { ok: false, reason: `${describe(text)}: ${yearText}-${monthText ?? ''} has no day ${dayText}` };
    }
    date.day = day;
    date.precision = 'day';
  }

  if (hourText !== undefined && minuteText !== undefined) {
    if (approximate) {
      return { ok: false, reason: `${describe(text)}: an approximate date cannot have a time` };
    }
    if (offsetText === undefined) {
      return {
        ok: false,
        reason: `${describe(text)}: a time needs its UTC offset (Z or ±HH:MM), or the reader's time zone would move it`,
      };
    }
    const hour = Number(hourText);
    const minute = Number(minuteText);
    if (hour > 23) return { ok: false, reason: `${describe(text)}: hour ${hourText} does not exist (00–23)` };
    if (minute > 59) return { ok: false, reason: `${describe(text)}: minute ${minuteText} does not exist (00–59)` };
    date.hour = hour;
    date.minute = minute;
    date.precision = 'minute';
    if (secondText !== undefined) {
      const second = Number(secondText);
      if (second > 59) {
        return { ok: false, reason: `${describe(text)}: second ${secondText} does not exist (00–59)` };
      }
      date.second = second;
      date.precision = 'second';
    }
    let offset = 0;
    if (offsetText !== 'Z') {
      const sign = offsetText.startsWith('-') ? -1 : 1;
      const offsetHours = Number(offsetText.slice(1, 3));
      const offsetMins = Number(offsetText.slice(4, 6));
      offset = sign * (offsetHours * 60 + offsetMins);
      if (offsetMins > 59 || offset < MIN_OFFSET || offset > MAX_OFFSET) {
        return { ok: false, reason: `${describe(text)}: offset ${offsetText} is not in use (−12:00 to +14:00)` };
      }
      // Offsets in use are whole quarter hours (+08:30 Pyongyang 2015–18, +05:45 Nepal,
      // +13:45 Chatham); "+08:31" is a typo. A time kept in an older local mean time can be
      // written in UTC instead.
      if (offsetMins % 15 !== 0) {
        return {
          ok: false,
          reason: `${describe(text)}: offset ${offsetText} is not in use (offsets are whole quarter hours, like +05:45 or +08:30); write the time in UTC if unsure`,
        };
      }
    }
    date.offsetMinutes = offset;
  }
  return { ok: true, date };
}

/** Days in the month of a year (proleptic Gregorian). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The first calendar day a partial date covers, as an epoch day: an exact integer for
 * every year of the grammar, deep years too (the Big Bang's is about −5 × 10^12).
 */
export function firstDay(date: PartialDate): number {
  return civilDay(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last calendar day a partial date covers: 2019 → 2019-12-31, 2019-02 → 2019-02-28. */
export function lastDay(date: PartialDate): number {
  const month = date.month ?? 12;
  return civilDay(date.year, month, date.day ?? daysInMonth(date.year, month));
}

export const DAY_MS = 86_400_000;

/**
 * Where a date begins, in milliseconds: its instant, or the start (UTC) of its first day.
 * Beyond about 285,000 years from 1970 this is a float past 2^53 and no longer a whole
 * millisecond, but it keeps the order of days, which is all a scale needs.
 */
export function startMs(date: PartialDate): number {
  return instantOf(date) ?? firstDay(date) * DAY_MS;
}

/** Where a date ends: the end of its last day, or its instant. */
export function endMs(date: PartialDate): number {
  return instantOf(date) ?? (lastDay(date) + 1) * DAY_MS;
}

/** Milliseconds since the epoch of a timed date, or undefined for a calendar date. */
export function instantOf(date: PartialDate): number | undefined {
  if (date.hour === undefined || date.offsetMinutes === undefined) return undefined;
  const wallClock =
    firstDay(date) * MS_PER_DAY + ((date.hour * 60 + (date.minute ?? 0)) * 60 + (date.second ?? 0)) * 1000;
  return wallClock - date.offsetMinutes * 60_000;
}

function precisionRank(date: PartialDate): number {
  return DATE_PRECISIONS.indexOf(date.precision);
}

/** Accepts either a parsed `When` or a single partial date. */
export function toWhen(value: When | PartialDate): When {
  return 'start' in value ? value : { start: value };
}

function compareDates(a: PartialDate, b: PartialDate): number {
  return (
    firstDay(a) - firstDay(b) ||
    precisionRank(a) - precisionRank(b) ||
    (instantOf(a) ?? 0) - (instantOf(b) ?? 0)
  );
}

/**
 * Orders two dates or ranges for a timeline. The order, in this priority:
 *
 * 1. the first calendar day each covers, as written where the event happened
 *    ("2019" and "2019-01" begin on 1 January 2019);
 * 2. coarser precision first on the same day: a year, then a month, then a day, then
 *    the timed events of that day;
 * 3. timed events of the same day by their instant (offsets applied);
 * 4. a point before a range that starts with it; shorter ranges before longer ones.
 *
 * Anything still equal returns 0, so a stable sort keeps the data file's order.
 *
 * @example
 * [b, a].sort(compareWhen)
 */
export function compareWhen(a: When | PartialDate, b: When | PartialDate): number {
  const left = toWhen(a);
  const right = toWhen(b);
  const byStart = compareDates(left.start, right.start);
  if (byStart !== 0) return Math.sign(byStart);
  if (!left.end !== !right.end) return left.end ? 1 : -1;
  if (left.end && right.end) return Math.sign(compareDates(left.end, right.end));
  return 0;
}

/** True when a range's end begins before its start does. */
export function isReversedRange(start: PartialDate, end: PartialDate): boolean {
  const startInstant = instantOf(start);
  const endInstant = instantOf(end);
  if (startInstant !== undefined && endInstant !== undefined) return endInstant < startInstant;
  return firstDay(end) < firstDay(start);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A year as the grammar writes it: "2019", "-000043", "-13799999999". */
function yearOf(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

function offsetText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const total = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** The wall-clock part of a date, without the "~" marker: "2019-06-20", "2018-04-27T09:30+08:30". */
function isoText(date: PartialDate): string {
  let text = yearOf(date.year);
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  if (date.hour !== undefined) {
    text += `T${pad(date.hour)}:${pad(date.minute ?? 0)}`;
    if (date.precision === 'second') text += `:${pad(date.second ?? 0)}`;
    text += offsetText(date.offsetMinutes ?? 0);
  }
  return text;
}

/**
 * Writes a partial date back in the grammar: `serializePartialDate(parse(s))` gives `s`
 * for every accepted `s` (expanded years only where they are needed).
 *
 * @example
 * serializePartialDate({ year: -43, month: 3, day: 15, precision: 'day', approximate: false }) // "-000043-03-15"
 */
export function serializePartialDate(date: PartialDate): string {
  return `${date.approximate ? '~' : ''}${isoText(date)}`;
}

/**
 * A parsed date (a {@link PartialDate} object, perhaps handed back from elsewhere) written
 * as a string of the grammar, for {@link parsePartialDate} to check like any other; undefined
 * when the object is not shaped like one. Reads own properties only.
 */
export function partialDateText(value: Record<string, unknown>): string | undefined {
  const field = (key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined);
  const precision = field('precision');
  const approximate = field('approximate');
  if (typeof precision !== 'string' || !(DATE_PRECISIONS as readonly string[]).includes(precision)) return undefined;
  if (approximate !== undefined && typeof approximate !== 'boolean') return undefined;
  const rank = DATE_PRECISIONS.indexOf(precision as DatePrecision);
  const parts = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
  const numbers: Partial<Record<(typeof parts)[number], number>> = {};
  for (const key of parts) {
    const part = field(key);
    if (part === undefined) continue;
    if (typeof part !== 'number' || !Number.isSafeInteger(part) || part < (key === 'year' ? -Number.MAX_SAFE_INTEGER : 0)) return undefined;
    numbers[key] = part;
  }
  // Each precision has exactly its own fields ('minute' has an hour and a minute, 'second' a second too).
  const needed = { year: 1, month: 2, day: 3, minute: 5, second: 6 }[precision as DatePrecision];
  for (const [index, key] of parts.entries()) {
    if ((numbers[key] !== undefined) !== index < needed) return undefined;
  }
  const offset = field('offsetMinutes');
  if ((offset !== undefined) !== rank >= DATE_PRECISIONS.indexOf('minute')) return undefined;
  if (offset !== undefined && (typeof offset !== 'number' || !Number.isSafeInteger(offset))) return undefined;
  if (numbers.year === undefined) return undefined;
  return serializePartialDate({
    ...numbers,
    year: numbers.year,
    ...(offset !== undefined ? { offsetMinutes: offset } : {}),
    precision: precision as DatePrecision,
    approximate: approximate === true,
  });
}

/**
 * The value for an HTML `<time datetime>` at the date's own precision ("2019",
 * "2019-06", "2019-06-20", "2018-04-27T09:30+08:30"), or undefined where HTML has no
 * form for it (years before 1 CE, years past 9999).
 */
export function datetimeAttribute(date: PartialDate): string | undefined {
  if (date.year < 1 || date.year > 9999) return undefined;
  return isoText(date);
}
