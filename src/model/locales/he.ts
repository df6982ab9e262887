import { he as dateFns } from 'date-fns/locale/he';
import type { DateLocale } from '../date-locale.js';
import { HE } from '../date-patterns.js';

/** Dates in he, with date-fns's he locale for month names and day periods. */
export const he: DateLocale = { ...HE, dateFns };
