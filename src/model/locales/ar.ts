import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in ar: the same as `formatWhen(when, { locale: 'ar' })`. */
export const ar: DateLocale = dateLocaleForTag('ar');
