/**
 * Years on a time axis, for any year of the grammar: where a year begins in timeline
 * milliseconds, which year a millisecond falls in, and the date a reader is shown for a
 * moment. Plain arithmetic on day counts: no Date, so the Big Bang works as 2019 does.
 */
import { DAY_MS, firstDay, isCalendarYear, type PartialDate } from './dates.js';

/** Past the deepest year of the grammar and the margin around it: nothing lies further out. */
export const FAR_MS = 2e13 * 365.2425 * DAY_MS;

/** Where a year begins, in timeline milliseconds. */
export function yearStart(year: number): number {
  return firstDay({ year, precision: 'year', approximate: false }) * DAY_MS;
}

/** The (astronomical) year a timeline millisecond falls in, for any year of the grammar. */
export function yearAt(time: number): number {
  let year = Math.floor(time / DAY_MS / 365.2425) + 1970;
  // The estimate is off by at most one. Compared in milliseconds, rounded as yearStart rounds
  // them (past 2^53 a division back to days could land a day early); the guards only stop a
  // loop on floats too coarse to count years.
  for (let guard = 0; guard < 4 && yearStart(year) > time; guard++) year--;
  for (let guard = 0; guard < 4 && yearStart(year + 1) <= time; guard++) year++;
  return year;
}

/**
 * The date at a timeline millisecond: its calendar day, or beyond the range of JavaScript
 * dates its year alone (as a date there is written). With `before`, the date of the moment
 * just before it: the last date a window ending there shows.
 */
export function dateAt(time: number, before = false): PartialDate {
  const at = Number.isFinite(time) ? Math.max(-FAR_MS, Math.min(FAR_MS, time)) : 0;
  let year = yearAt(at);
  // Past 2^53 a millisecond less is the same float: step back a year by its start instead.
  if (before && yearStart(year) >= at) year--;
  if (!isCalendarYear(year)) return { year, precision: 'year', approximate: false };
  const date = new Date(Math.floor((before ? at - 1 : at) / DAY_MS) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), precision: 'day', approximate: false };
}
