import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in ko: the same as `formatWhen(when, { locale: 'ko' })`. */
export const ko: DateLocale = dateLocaleForTag('ko');
