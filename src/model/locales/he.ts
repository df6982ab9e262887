import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in he: the same as `formatWhen(when, { locale: 'he' })`. */
export const he: DateLocale = dateLocaleForTag('he');
