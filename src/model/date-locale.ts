import type { Locale } from 'date-fns';
import type { DatePrecision } from './dates.js';

/**
 * How one language writes dates beyond what date-fns carries: patterns per precision,
 * collapsed ranges, "c.", "by the end of", BCE. Patterns are date-fns `format`
 * patterns. A range pattern is a pair: the first is applied to the start, the second
 * to the end, and the two are joined as they are (so the second carries its own dash).
 */
export interface DatePatterns {
  /** BCP 47 tag these patterns write, e.g. "en-US". */
  code: string;
  year: string;
  month: string;
  day: string;
  time: string;
  timeWithSeconds: string;
  /** 2016–2017 */
  yearRange: readonly [string, string];
  /** March–May 2018 */
  monthRange: readonly [string, string];
  /** June 20–21, 2019 */
  dayRangeSameMonth: readonly [string, string];
  /** June 28 – July 2, 2019 */
  dayRangeSameYear: readonly [string, string];
  /** Between two dates that share nothing: " – " */
  rangeSeparator: string;
  /** Between two times of one day: "–" */
  timeSeparator: string;
  dateTime(date: string, time: string, offset: string): string;
  approximate(text: string): string;
  beforeCommonEra(text: string): string;
  /** "by the end of 2019" (year or month precision), "by June 20, 2019" (finer). */
  deadline(text: string, precision: DatePrecision): string;
}

/** Patterns plus the date-fns locale that supplies month names and day periods. */
export interface DateLocale extends DatePatterns {
  dateFns: Locale;
}
