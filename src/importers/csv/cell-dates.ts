/**
 * Dates as spreadsheets write them. A cell in the date grammar (`2019-06-20`, `2019-06`,
 * `~2018`) is read as it is. Forms a spreadsheet produces are read only when they cannot mean
 * two days (`June 12, 2018`, a serial number, `2018/06/12`), each with a warning that says what
 * was read and what to write; `6/12/2018` is refused with both readings shown, unless the
 * caller says which order the file uses. Nothing is ever guessed silently.
 */
import { parsePartialDate } from '../../model/index.js';
import { timelineJSDate } from '../timelinejs.js';

/** Which comes first in slash dates like `6/12/2018`: the day (`dmy`) or the month (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

export type CellDate =
  /** `value` is in the date grammar; `note`, when present, says what was read and how to write it. */
  | { ok: true; value: string; note?: string }
  | { ok: false; reason: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `June`, `jun`, `Jun.`, `Sept` → 6, 6, 6, 9. */
export function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(name) || (name === 'sept' && month === 'september'));
  return index < 0 ? undefined : index + 1;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A year, month and day as grammar text, if that day exists. */
function dayText(year: number, month: number, day: number): string | undefined {
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return parsePartialDate(text).ok ? text : undefined;
}

/** The readable form of a day, for messages: "12 June 2018". */
function spoken(year: number, month: number, day: number): string {
  return `${day} ${(MONTHS[month - 1] ?? '').replace(/^./, (c) => c.toUpperCase())} ${year}`;
}

const read = (value: string, original: string, how: string): CellDate => ({
  ok: true,
  value,
  note: `${JSON.stringify(original)} ${how}; read as ${value} — write ${value} so that no spreadsheet or reader can take it otherwise`,
});

/** Excel's and Google Sheets' day 0 is 30 December 1899 (serials above 60 agree in both). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function serialDate(serial: number): string {
  const date = new Date(SERIAL_EPOCH + Math.floor(serial) * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `June 12, 2018`, `Tue, June 12th 2018`, `12 June 2018`, `12-Jun-2018`, `June 2018`. */
function namedMonth(text: string): CellDate | undefined {
  const words = text
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .split(/[\s,-]+/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 3) return undefined;
  const monthAt = words.findIndex((word) => /^[a-z]+\.?$/i.test(word));
  const month = monthAt < 0 ? undefined : monthNumber(words[monthAt] ?? '');
  if (month === undefined) return undefined;
  const numbers = words.filter((_, i) => i !== monthAt);
  if (!numbers.every((word) => /^\d+$/.test(word))) return undefined;
  const yearText = numbers[numbers.length - 1] ?? '';
  if (yearText.length !== 4) {
    return { ok: false, reason: `${JSON.stringify(text)} has a two-digit year (which century?); write the year in four digits, as YYYY-MM-DD` };
  }
  const year = Number(yearText);
  if (numbers.length === 1) return read(`${yearText}-${pad(month)}`, text, 'names its month in words');
  const day = Number(numbers[0]);
  const value = dayText(year, month, day);
  if (!value) return { ok: false, reason: `${JSON.stringify(text)}: ${MONTHS[month - 1] ?? ''} ${yearText} has no day ${numbers[0] ?? ''}` };
  return read(value, text, 'names its month in words');
}

/** `6/12/2018`, `12.06.2018`, `2018/06/12`, `6/2018`. */
function numericDate(text: string, order: DateOrder | undefined): CellDate | undefined {
  // Month and year: `6/2018` cannot mean anything else.
  const monthYear = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(text);
  if (monthYear) {
    const month = Number(monthYear[1]);
    if (month < 1 || month > 12) return { ok: false, reason: `${JSON.stringify(text)}: month ${monthYear[1] ?? ''} does not exist` };
    return read(`${monthYear[2] ?? ''}-${pad(month)}`, text, 'is a month and year');
  }
  const match = /^(\d{1,4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,4})\.?$/.exec(text);
  if (!match) return undefined;
  const [, a = '', b = '', c = ''] = match;
  if (a.length === 4) {
    const value = dayText(Number(a), Number(b), Number(c));
    return value ? read(value, text, 'puts the year first (year, month, day)') : { ok: false, reason: `${JSON.stringify(text)} is not a day that exists` };
  }
  if (c.length !== 4) {
    return { ok: false, reason: `${JSON.stringify(text)} has a two-digit year (which century?); write the year in four digits, as YYYY-MM-DD` };
  }
  const year = Number(c);
  const monthFirst = dayText(year, Number(a), Number(b));
  const dayFirst = dayText(year, Number(b), Number(a));
  if (order) {
    const value = order === 'mdy' ? monthFirst : dayFirst;
    return value ? { ok: true, value } : { ok: false, reason: `${JSON.stringify(text)} is not a day that exists (read ${order === 'mdy' ? 'month' : 'day'} first)` };
  }
  const fix = 'write YYYY-MM-DD (in Google Sheets, Format → Number → Plain text first, so it stays as written)';
  if (monthFirst && dayFirst && monthFirst !== dayFirst) {
    return {
      ok: false,
      reason:
        `${JSON.stringify(text)} is ambiguous: ${spoken(year, Number(a), Number(b))} if the month comes first (as in the US), ` +
        `${spoken(year, Number(b), Number(a))} if the day comes first (as in most other countries); ${fix}: ${monthFirst} or ${dayFirst}`,
    };
  }
  const only = monthFirst ?? dayFirst;
  if (!only) return { ok: false, reason: `${JSON.stringify(text)} is not a day that exists in either order` };
  const [, month, day] = only.split('-').map(Number);
  return {
    ok: false,
    reason: `${JSON.stringify(text)} can only be ${spoken(year, month ?? 1, day ?? 1)}, but slash dates are read in one order for the whole file; ${fix}: ${only}`,
  };
}

/**
 * Reads one date cell.
 *
 * @example
 * readDateCell('2019-06-20') // { ok: true, value: '2019-06-20' }
 * readDateCell('June 12, 2018') // { ok: true, value: '2018-06-12', note: '… read as 2018-06-12 …' }
 * readDateCell('6/12/2018') // { ok: false, reason: '"6/12/2018" is ambiguous: 12 June 2018 … or 6 December 2018 …' }
 */
export function readDateCell(cell: string, options: { dateOrder?: DateOrder } = {}): CellDate {
  const text = cell.trim();
  const direct = parsePartialDate(text);
  if (direct.ok) return { ok: true, value: text };

  const circa = /^(?:c\.|ca\.|circa|about)\s*(.+)$/i.exec(text);
  if (circa) {
    const inner = readDateCell(circa[1] ?? '', options);
    if (!inner.ok || inner.value.includes('T')) return inner;
    return read(`~${inner.value.replace(/^~/, '')}`, text, 'is approximate');
  }

  // A serial number: days since 30 December 1899 (5 digits: 1927 to 2173).
  const serial = /^(\d{5})(\.\d+)?$/.exec(text);
  if (serial) {
    const value = serialDate(Number(serial[1]));
    const time = serial[2] && Number(serial[2]) > 0 ? ', without its time of day (a time needs a UTC offset)' : '';
    return {
      ok: true,
      value,
      note: `${JSON.stringify(text)} is a spreadsheet serial number; read as ${value}${time} — format the column as plain text and write ${value}`,
    };
  }

  // A date with a time but no UTC offset, as spreadsheets export date cells.
  const timed = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (timed) {
    const [, day = '', hour = '', minute = '', second, offset] = timed;
    if (offset) {
      const value = `${day}T${pad(Number(hour))}:${minute}${second ? `:${second}` : ''}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
      if (parsePartialDate(value).ok) return read(value, text, 'is not written in the date grammar');
    } else if (parsePartialDate(day).ok) {
      const midnight = Number(hour) === 0 && minute === '00' && (second ?? '00') === '00';
      return {
        ok: true,
        value: day,
        note: midnight
          ? `${JSON.stringify(text)} has a time the spreadsheet added; read as the day ${day} — write ${day}`
          : `${JSON.stringify(text)} has a time without a UTC offset; read as the day ${day} — to keep the time, write it with its offset, like ${day}T${pad(Number(hour))}:${minute}+09:00`,
      };
    }
  }

  return numericDate(text, options.dateOrder) ?? namedMonth(text) ?? { ok: false, reason: direct.reason };
}

/** One end of a date written across TimelineJS's Year, Month, Day and Time columns. */
export interface DateParts {
  year: string;
  month: string;
  day: string;
  time: string;
}

export type PartsDate =
  | { ok: true; value: string; untimed?: boolean }
  | { ok: false; part: keyof DateParts; reason: string };

/** `10:30`, `10:30:15`, `3:05 PM`, `12 am` → hour, minute, second. */
function readTime(text: string): { hour: number; minute: number; second?: number } | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const minute = Number(match[2] ?? 0);
  const second = match[3] === undefined ? undefined : Number(match[3]);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined;
  if (!meridiem && match[2] === undefined) return undefined;
  return second === undefined ? { hour, minute } : { hour, minute, second };
}

/**
 * TimelineJS's date columns as one date of ours. Years below zero count back without a year
 * zero, as TimelineJS counts them (-500 is 500 BCE); a time carries no time zone there, so it is
 * kept on the same clock as UTC (`untimed`: the caller warns).
 */
export function readDateParts(parts: DateParts): PartsDate {
  // Sheets may show 2019 as "2,019" or "2 019".
  const year = parts.year.replace(/[\s,\u00a0\u202f]/g, '');
  if (year === '') return { ok: false, part: 'year', reason: 'is empty, but the date has a month, day or time: write its year' };
  if (!/^-?\d+$/.test(year)) return { ok: false, part: 'year', reason: `${JSON.stringify(parts.year)} is not a year (write a whole number: 2019, or -500 for 500 BCE)` };
  const monthText = parts.month.trim();
  const month = monthText === '' ? undefined : /^\d{1,2}$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
  if (monthText !== '' && (month === undefined || month < 1 || month > 12)) {
    return { ok: false, part: 'month', reason: `${JSON.stringify(monthText)} is not a month (1–12)` };
  }
  const dayText = parts.day.trim();
  if (dayText !== '' && (!/^\d{1,2}$/.test(dayText) || month === undefined)) {
    return { ok: false, part: 'day', reason: month === undefined ? 'a day needs a month' : `${JSON.stringify(dayText)} is not a day of the month` };
  }
  const timeText = parts.time.trim();
  const time = timeText === '' ? undefined : readTime(timeText);
  if (timeText !== '' && (!time || dayText === '')) {
    return { ok: false, part: 'time', reason: time ? 'a time needs a day' : `${JSON.stringify(timeText)} is not a time (write 14:30 or 2:30 PM)` };
  }
  const result = timelineJSDate({ year, month, day: dayText || undefined, ...time });
  if ('error' in result) return { ok: false, part: 'year', reason: result.error };
  const parsed = parsePartialDate(result.date);
  if (!parsed.ok) return { ok: false, part: dayText ? 'day' : monthText ? 'month' : 'year', reason: parsed.reason };
  return result.untimed ? { ok: true, value: result.date, untimed: true } : { ok: true, value: result.date };
}
