import { zhCN as dateFns } from 'date-fns/locale/zh-CN';
import type { DateLocale } from '../date-locale.js';

/** Simplified Chinese: "2019年6月20日至21日", "2019年底前". */
export const zhCN: DateLocale = {
  code: 'zh-CN',
  dateFns,
  year: 'y年',
  month: 'y年M月',
  day: 'y年M月d日',
  time: 'HH:mm',
  timeWithSeconds: 'HH:mm:ss',
  yearRange: ['y', '–y年'],
  monthRange: ['y年M月', '至M月'],
  dayRangeSameMonth: ['y年M月d日', '至d日'],
  dayRangeSameYear: ['y年M月d日', '至M月d日'],
  rangeSeparator: '至',
  timeSeparator: '–',
  dateTime: (date, time, offset) => `${date} ${time}（${offset}）`,
  approximate: (text) => `约${text}`,
  beforeCommonEra: (text) => `公元前${text}`,
  deadline: (text, precision) =>
    precision === 'year' || precision === 'month' ? `${text}底前` : `${text}前`,
};
