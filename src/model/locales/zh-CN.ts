import { dateLocaleForTag, type DateLocale } from '../date-locale.js';

/** Dates in zh-CN: the same as `formatWhen(when, { locale: 'zh-CN' })`. */
export const zhCN: DateLocale = dateLocaleForTag('zh-CN');
