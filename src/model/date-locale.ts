/**
 * The words a language puts around dates, which Intl does not have: "c.", "by the end of",
 * BCE, how a time and its offset join a date, the dashes of a range. The dates themselves
 * (month names, the order of the fields, the clock) come from the platform's Intl data, for
 * every language, so nothing here is a table of month names.
 */
import type { DatePrecision } from './dates.js';

export interface DateLocale {
  /** The BCP 47 tag Intl writes the dates in, e.g. "en-US". */
  code: string;
  /** Between two dates that differ in one field: "June 20–21", "March–May", "2016–2017". */
  dash: string;
  /** Between two dates that differ in more: "June 28 – July 2". */
  spacedDash: string;
  /** Between two times of one day: "9:00 a.m.–1:30 p.m.". */
  timeDash: string;
  dateTime(date: string, time: string, offset: string): string;
  approximate(text: string): string;
  /** Absent: the platform's own era ("44 av. J.-C."). */
  beforeCommonEra?(text: string): string;
  /** "by the end of 2019" (year or month precision), "by June 20, 2019" (finer). */
  deadline(text: string, precision: DatePrecision): string;
  /** The clock's day periods as the language's news copy writes them: "AM" → "a.m.". */
  dayPeriods?: Readonly<Record<string, string>>;
}

const yearOrMonth = (precision: string) => precision === 'year' || precision === 'month';

/** English in the style of news copy (AP, Chicago): "June 20–21, 2019", "9:30 a.m.". */
const ENGLISH: Omit<DateLocale, 'code'> = {
  dash: '–',
  spacedDash: ' – ',
  timeDash: '–',
  dateTime: (date, time, offset) => `${date}, ${time} ${offset}`,
  approximate: (text) => `c. ${text}`,
  beforeCommonEra: (text) => `${text} BCE`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `by the end of ${text}` : `by ${text}`),
  dayPeriods: { AM: 'a.m.', PM: 'p.m.' },
};

/** Korean: "2019년 6월 20일~21일", "2018년경", "2019년 말까지", "오전 9:30". */
const KOREAN: Omit<DateLocale, 'code'> = {
  dash: '~',
  spacedDash: ' ~ ',
  timeDash: '~',
  dateTime: (date, time, offset) => `${date} ${time} (${offset})`,
  approximate: (text) => `${text}경`,
  beforeCommonEra: (text) => `기원전 ${text}`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `${text} 말까지` : `${text}까지`),
  // Newer Intl data (ICU 78, in Node) writes "AM 9:30"; Korean copy writes 오전.
  dayPeriods: { AM: '오전', PM: '오후' },
};

/** Simplified Chinese: "2019年6月20日至21日", "约2018年", "2019年底前". */
const SIMPLIFIED: Omit<DateLocale, 'code'> = {
  dash: '至',
  spacedDash: '至',
  timeDash: '–',
  dateTime: (date, time, offset) => `${date} ${time}（${offset}）`,
  approximate: (text) => `约${text}`,
  beforeCommonEra: (text) => `公元前${text}`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `${text}底前` : `${text}前`),
};

/** Traditional Chinese (Taiwan, Hong Kong, Macao): 約 for "c.", 西元前 for BCE. */
const TRADITIONAL: Omit<DateLocale, 'code'> = {
  ...SIMPLIFIED,
  approximate: (text) => `約${text}`,
  beforeCommonEra: (text) => `西元前${text}`,
};

/** Japanese: "2019年6月20日～21日", "2018年頃", "2019年末まで". */
const JAPANESE: Omit<DateLocale, 'code'> = {
  dash: '～',
  spacedDash: '～',
  timeDash: '～',
  dateTime: (date, time, offset) => `${date} ${time}（${offset}）`,
  approximate: (text) => `${text}頃`,
  beforeCommonEra: (text) => `紀元前${text}`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `${text}末まで` : `${text}まで`),
};

/** Arabic: "20–21 يونيو 2019", "بحلول نهاية 2019". */
const ARABIC: Omit<DateLocale, 'code'> = {
  dash: '–',
  spacedDash: ' – ',
  timeDash: '–',
  dateTime: (date, time, offset) => `${date}، ${time} ${offset}`,
  approximate: (text) => `حوالي ${text}`,
  beforeCommonEra: (text) => `${text} ق.م`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `بحلول نهاية ${text}` : `بحلول ${text}`),
};

/** Hebrew: "20–21 ביוני 2019", "עד סוף 2019". */
const HEBREW: Omit<DateLocale, 'code'> = {
  dash: '–',
  spacedDash: ' – ',
  timeDash: '–',
  dateTime: (date, time, offset) => `${date}, ${time} ${offset}`,
  approximate: (text) => `בערך ${text}`,
  beforeCommonEra: (text) => `${text} לפנה״ס`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `עד סוף ${text}` : `עד ${text}`),
};

/** Any other language: its own dates and era from Intl, with neutral marks rather than English words. */
const OTHER: Omit<DateLocale, 'code'> = {
  dash: '–',
  spacedDash: ' – ',
  timeDash: '–',
  dateTime: (date, time, offset) => `${date}, ${time} ${offset}`,
  approximate: (text) => `~${text}`,
  deadline: (text) => text,
};

function wordsFor(locale: Intl.Locale): Omit<DateLocale, 'code'> {
  switch (locale.language) {
    case 'en':
      return ENGLISH;
    case 'ko':
      return KOREAN;
    case 'ja':
      return JAPANESE;
    case 'zh':
      // The script the platform's likely-subtags data gives: zh-HK, zh-MO and zh-Hant-* are Traditional.
      return locale.maximize().script === 'Hant' ? TRADITIONAL : SIMPLIFIED;
    case 'ar':
      return ARABIC;
    case 'he':
    case 'iw':
      return HEBREW;
    default:
      return OTHER;
  }
}

export const EN_US: DateLocale = { ...ENGLISH, code: 'en-US' };

const resolved = new Map<string, DateLocale>();

/**
 * The words for a language tag, writing dates as that tag does: "en-AU" gets the English
 * words and Australian dates, "zh-HK" Traditional words and Hong Kong's clock, "fr" French
 * dates with its own era. A tag that is not one falls back to American English.
 */
export function dateLocaleForTag(tag: string): DateLocale {
  let found = resolved.get(tag);
  if (!found) {
    let locale: Intl.Locale | undefined;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      // not a language tag
    }
    found = locale ? { ...wordsFor(locale), code: locale.baseName } : EN_US;
    resolved.set(tag, found);
  }
  return found;
}
