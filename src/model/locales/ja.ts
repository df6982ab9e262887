import { ja as dateFns } from 'date-fns/locale/ja';
import type { DateLocale } from '../date-locale.js';
import { JA } from '../date-patterns.js';

/** Dates in ja, with date-fns's ja locale for month names and day periods. */
export const ja: DateLocale = { ...JA, dateFns };
