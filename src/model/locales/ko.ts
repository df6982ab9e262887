import { ko as dateFns } from 'date-fns/locale/ko';
import type { DateLocale } from '../date-locale.js';
import { KO } from '../date-patterns.js';

/** Dates in ko, with date-fns's ko locale for month names and day periods. */
export const ko: DateLocale = { ...KO, dateFns };
