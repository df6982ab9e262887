import { EN_US, type DateLocale } from '../date-locale.js';

/** Dates in American English, the default. */
export const enUS: DateLocale = EN_US;
