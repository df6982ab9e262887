/**
 * Date patterns for the languages diplo-timeline writes well. Small on purpose: the
 * heavy part of a language, its date-fns locale, lives in `locales/*` and loads only
 * when imported.
 */
import type { DatePatterns } from './date-locale.js';

const yearOrMonth = (precision: string) => precision === 'year' || precision === 'month';

const english = {
  year: 'y',
  month: 'LLLL y',
  yearRange: ['y', '–y'],
  monthRange: ['LLLL', '–LLLL y'],
  rangeSeparator: ' – ',
  timeSeparator: '–',
  dateTime: (date: string, time: string, offset: string) => `${date}, ${time} ${offset}`,
  approximate: (text: string) => `c. ${text}`,
  beforeCommonEra: (text: string) => `${text} BCE`,
  deadline: (text: string, precision: string) => (yearOrMonth(precision) ? `by the end of ${text}` : `by ${text}`),
} as const;

/** American English, in the style of US news copy: "June 20–21, 2019", "9:30 a.m.". */
export const EN_US: DatePatterns = {
  ...english,
  code: 'en-US',
  day: 'MMMM d, y',
  time: 'h:mm aaaa',
  timeWithSeconds: 'h:mm:ss aaaa',
  dayRangeSameMonth: ['MMMM d', '–d, y'],
  dayRangeSameYear: ['MMMM d', ' – MMMM d, y'],
};

/** British English: "20–21 June 2019", 24-hour times. */
export const EN_GB: DatePatterns = {
  ...english,
  code: 'en-GB',
  day: 'd MMMM y',
  time: 'HH:mm',
  timeWithSeconds: 'HH:mm:ss',
  dayRangeSameMonth: ['d', '–d MMMM y'],
  dayRangeSameYear: ['d MMMM', ' – d MMMM y'],
};

/** Korean: "2019년 6월 20~21일", "2019년 말까지". */
export const KO: DatePatterns = {
  code: 'ko',
  year: 'y년',
  month: 'y년 M월',
  day: 'y년 M월 d일',
  time: 'a h:mm',
  timeWithSeconds: 'a h:mm:ss',
  yearRange: ['y', '~y년'],
  monthRange: ['y년 M월', '~M월'],
  dayRangeSameMonth: ['y년 M월 d', '~d일'],
  dayRangeSameYear: ['y년 M월 d일', ' ~ M월 d일'],
  rangeSeparator: ' ~ ',
  timeSeparator: '~',
  dateTime: (date, time, offset) => `${date} ${time} (${offset})`,
  approximate: (text) => `${text}경`,
  beforeCommonEra: (text) => `기원전 ${text}`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `${text} 말까지` : `${text}까지`),
};

/** Simplified Chinese: "2019年6月20日至21日", "2019年底前". */
export const ZH_CN: DatePatterns = {
  code: 'zh-CN',
  year: 'y年',
  month: 'y年M月',
  day: 'y年M月d日',
  time: 'HH:mm',
  timeWithSeconds: 'HH:mm:ss',
  yearRange: ['y', '–y年'],
  monthRange: ['y年M月', '至M月'],
  dayRangeSameMonth: ['y年M月d日', '至d日'],
  dayRangeSameYear: ['y年M月d日', '至M月d日'],
  rangeSeparator: '至',
  timeSeparator: '–',
  dateTime: (date, time, offset) => `${date} ${time}（${offset}）`,
  approximate: (text) => `约${text}`,
  beforeCommonEra: (text) => `公元前${text}`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `${text}底前` : `${text}前`),
};

/**
 * Traditional Chinese, Taiwan usage (for zh-HK, zh-MO and zh-Hant too): the same forms as
 * Simplified, with 約 for "c.", 西元前 for BCE and a 12-hour clock: "下午3:30".
 */
export const ZH_TW: DatePatterns = {
  ...ZH_CN,
  code: 'zh-TW',
  time: 'ah:mm',
  timeWithSeconds: 'ah:mm:ss',
  approximate: (text) => `約${text}`,
  beforeCommonEra: (text) => `西元前${text}`,
};

/** Japanese: "2019年6月20日～21日", "2019年末まで". */
export const JA: DatePatterns = {
  code: 'ja',
  year: 'y年',
  month: 'y年M月',
  day: 'y年M月d日',
  time: 'H:mm',
  timeWithSeconds: 'H:mm:ss',
  yearRange: ['y', '～y年'],
  monthRange: ['y年M月', '～M月'],
  dayRangeSameMonth: ['y年M月d日', '～d日'],
  dayRangeSameYear: ['y年M月d日', '～M月d日'],
  rangeSeparator: '～',
  timeSeparator: '～',
  dateTime: (date, time, offset) => `${date} ${time}（${offset}）`,
  approximate: (text) => `${text}頃`,
  beforeCommonEra: (text) => `紀元前${text}`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `${text}末まで` : `${text}まで`),
};

/** Arabic: "20–21 يونيو 2019", "بحلول نهاية 2019". */
export const AR: DatePatterns = {
  code: 'ar',
  year: 'y',
  month: 'LLLL y',
  day: 'd MMMM y',
  time: 'h:mm a',
  timeWithSeconds: 'h:mm:ss a',
  yearRange: ['y', '–y'],
  monthRange: ['LLLL', '–LLLL y'],
  dayRangeSameMonth: ['d', '–d MMMM y'],
  dayRangeSameYear: ['d MMMM', ' – d MMMM y'],
  rangeSeparator: ' – ',
  timeSeparator: '–',
  dateTime: (date, time, offset) => `${date}، ${time} ${offset}`,
  approximate: (text) => `حوالي ${text}`,
  beforeCommonEra: (text) => `${text} ق.م`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `بحلول نهاية ${text}` : `بحلول ${text}`),
};

/** Hebrew: "20–21 ביוני 2019", "עד סוף 2019". */
export const HE: DatePatterns = {
  code: 'he',
  year: 'y',
  month: 'LLLL y',
  day: 'd בMMMM y',
  time: 'H:mm',
  timeWithSeconds: 'H:mm:ss',
  yearRange: ['y', '–y'],
  monthRange: ['LLLL', '–LLLL y'],
  dayRangeSameMonth: ['d', '–d בMMMM y'],
  dayRangeSameYear: ['d בMMMM', ' – d בMMMM y'],
  rangeSeparator: ' – ',
  timeSeparator: '–',
  dateTime: (date, time, offset) => `${date}, ${time} ${offset}`,
  approximate: (text) => `בערך ${text}`,
  beforeCommonEra: (text) => `${text} לפנה״ס`,
  deadline: (text, precision) => (yearOrMonth(precision) ? `עד סוף ${text}` : `עד ${text}`),
};

const BY_CODE: Record<string, DatePatterns> = {
  'en-US': EN_US,
  'en-GB': EN_GB,
  ko: KO,
  'zh-CN': ZH_CN,
  'zh-TW': ZH_TW,
  ja: JA,
  ar: AR,
  he: HE,
};

/** English variants that write the day first, as British English does. */
const DAY_FIRST_ENGLISH = new Set(['GB', 'IE', 'AU', 'NZ', 'IN', 'ZA']);

/**
 * The patterns for a language tag: an exact match, else the closest one ("ko-KR" → ko,
 * "en-AU" → en-GB, "zh-Hans-SG" → zh-CN, "zh-HK" → zh-TW, "en" → en-US). Languages
 * without patterns of their own get day-month-year ("20 June 2019") in their own month
 * names, and the returned `code` says which tag to take month names from.
 */
export function datePatternsFor(tag: string): DatePatterns {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return EN_US;
  }
  const exact = BY_CODE[locale.baseName];
  if (exact) return exact;
  switch (locale.language) {
    case 'en':
      return DAY_FIRST_ENGLISH.has(locale.region ?? '') ? EN_GB : EN_US;
    case 'ko':
      return KO;
    case 'ja':
      return JA;
    case 'zh':
      // The script the platform's likely-subtags data gives: zh-HK, zh-MO and zh-Hant-* are Traditional.
      return locale.maximize().script === 'Hant' ? ZH_TW : ZH_CN;
    case 'ar':
      return AR;
    case 'he':
    case 'iw':
      return HE;
    default:
      // Neutral marks rather than English words in another language's text.
      return { ...EN_GB, code: locale.baseName, approximate: (text) => `~${text}`, deadline: (text) => text };
  }
}
