import { enGB as dateFns } from 'date-fns/locale/en-GB';
import type { DateLocale } from '../date-locale.js';
import { EN_GB } from '../date-patterns.js';

/** Dates in en-GB, with date-fns's en-GB locale for month names and day periods. */
export const enGB: DateLocale = { ...EN_GB, dateFns };
