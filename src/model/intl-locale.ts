/**
 * A date-fns locale whose month names, weekdays, day periods and eras come from the
 * browser's (or Node's) own Intl data. It lets `formatWhen` write any language given
 * as a tag without shipping that language's date-fns tables; pass a date-fns locale
 * (or a pack from `locales/*`) for date-fns's own wording.
 */
import type { Locale } from 'date-fns';

type Width = 'narrow' | 'short' | 'abbreviated' | 'wide' | undefined;

// Intl.DateTimeFormat instances are expensive to create; reuse them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
    formatters.set(key, found);
  }
  return found;
}

function part(tag: string, options: Intl.DateTimeFormatOptions, date: Date, type: Intl.DateTimeFormatPartTypes): string {
  return formatter(tag, options).formatToParts(date).find((p) => p.type === type)?.value ?? '';
}

const intlWidth = (width: Width): 'narrow' | 'short' | 'long' =>
  width === 'narrow' ? 'narrow' : width === 'short' || width === 'abbreviated' ? 'short' : 'long';

const utc = (year: number, month: number, day: number, hour = 12) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour);
  return date;
};

const cache = new Map<string, Locale>();

/** A date-fns `Locale` for a BCP 47 tag, backed by Intl. */
export function intlDateFnsLocale(tag: string): Locale {
  const cached = cache.get(tag);
  if (cached) return cached;
  const localize = {
    ordinalNumber: (value: unknown) => String(value),
    era: (era: number, options?: { width?: Width }) =>
      part(tag, { era: intlWidth(options?.width), year: 'numeric' }, utc(era ? 2000 : -100, 0, 1), 'era'),
    quarter: (quarter: number) => String(quarter),
    month: (month: number, options?: { width?: Width; context?: 'formatting' | 'standalone' }) => {
      const width = intlWidth(options?.width);
      const date = utc(2000, month, 15);
      return options?.context === 'standalone'
        ? formatter(tag, { month: width }).format(date)
        : part(tag, { month: width, day: 'numeric' }, date, 'month');
    },
    // 2000-01-02 was a Sunday, date-fns's day 0.
    day: (day: number, options?: { width?: Width }) =>
      formatter(tag, { weekday: intlWidth(options?.width) }).format(utc(2000, 0, 2 + day)),
    dayPeriod: (period: string) =>
      part(tag, { hour: 'numeric', hour12: true }, utc(2000, 0, 1, period === 'pm' ? 15 : 9), 'dayPeriod'),
  };
  const formatLong = { date: () => 'y-MM-dd', time: () => 'HH:mm', dateTime: () => '{{date}} {{time}}' };
  // Only what `format` reads: the parsing and distance functions are never called.
  const locale = { code: tag, localize, formatLong } as unknown as Locale;
  cache.set(tag, locale);
  return locale;
}
