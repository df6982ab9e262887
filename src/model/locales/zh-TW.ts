import { zhTW as dateFns } from 'date-fns/locale/zh-TW';
import type { DateLocale } from '../date-locale.js';
import { ZH_TW } from '../date-patterns.js';

/** Dates in Traditional Chinese (Taiwan usage; for zh-HK and zh-Hant too), with date-fns's zh-TW locale for day periods. */
export const zhTW: DateLocale = { ...ZH_TW, dateFns };
