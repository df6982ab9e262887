import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in zh-TW: the same as `formatWhen(when, { locale: 'zh-TW' })`. */
export const zhTW: DateLocale = dateLocaleForTag('zh-TW');
