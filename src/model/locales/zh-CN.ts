import { zhCN as dateFns } from 'date-fns/locale/zh-CN';
import type { DateLocale } from '../date-locale.js';
import { ZH_CN } from '../date-patterns.js';

/** Dates in zh-CN, with date-fns's zh-CN locale for month names and day periods. */
export const zhCN: DateLocale = { ...ZH_CN, dateFns };
