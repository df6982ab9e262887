import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in en-GB: the same as `formatWhen(when, { locale: 'en-GB' })`. */
export const enGB: DateLocale = dateLocaleForTag('en-GB');
