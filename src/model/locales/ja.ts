import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in ja: the same as `formatWhen(when, { locale: 'ja' })`. */
export const ja: DateLocale = dateLocaleForTag('ja');
