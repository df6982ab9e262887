import { enUS as dateFns } from 'date-fns/locale/en-US';
import type { DateLocale } from '../date-locale.js';
import { EN_US } from '../date-patterns.js';

/** Dates in en-US, with date-fns's en-US locale for month names and day periods. */
export const enUS: DateLocale = { ...EN_US, dateFns };
