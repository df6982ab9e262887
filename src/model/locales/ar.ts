import { ar as dateFns } from 'date-fns/locale/ar';
import type { DateLocale } from '../date-locale.js';
import { AR } from '../date-patterns.js';

/** Dates in ar, with date-fns's ar locale for month names and day periods. */
export const ar: DateLocale = { ...AR, dateFns };
