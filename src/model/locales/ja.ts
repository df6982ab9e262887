import { ja as dateFns } from 'date-fns/locale/ja';
import type { DateLocale } from '../date-locale.js';

/** Japanese: "2019年6月20日～21日", "2019年末まで". */
export const ja: DateLocale = {
  code: 'ja',
  dateFns,
  year: 'y年',
  month: 'y年M月',
  day: 'y年M月d日',
  time: 'H:mm',
  timeWithSeconds: 'H:mm:ss',
  yearRange: ['y', '～y年'],
  monthRange: ['y年M月', '～M月'],
  dayRangeSameMonth: ['y年M月d日', '～d日'],
  dayRangeSameYear: ['y年M月d日', '～M月d日'],
  rangeSeparator: '～',
  timeSeparator: '～',
  dateTime: (date, time, offset) => `${date} ${time}（${offset}）`,
  approximate: (text) => `${text}頃`,
  beforeCommonEra: (text) => `紀元前${text}`,
  deadline: (text, precision) =>
    precision === 'year' || precision === 'month' ? `${text}末まで` : `${text}まで`,
};
