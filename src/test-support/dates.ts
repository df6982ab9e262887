// Helpers for tests: dates from strings, failing loudly when a string does not parse.
import { parsePartialDate, type PartialDate, type When } from '../model/dates.js';

export function date(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.date;
}

export function when(start: string, end?: string): When {
  return end === undefined ? { start: date(start) } : { start: date(start), end: date(end) };
}
