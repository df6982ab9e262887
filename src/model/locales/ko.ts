import { ko as dateFns } from 'date-fns/locale/ko';
import type { DateLocale } from '../date-locale.js';

/** Korean: "2019년 6월 20~21일", "2019년 말까지". */
export const ko: DateLocale = {
  code: 'ko',
  dateFns,
  year: 'y년',
  month: 'y년 M월',
  day: 'y년 M월 d일',
  time: 'a h:mm',
  timeWithSeconds: 'a h:mm:ss',
  yearRange: ['y', '~y년'],
  monthRange: ['y년 M월', '~M월'],
  dayRangeSameMonth: ['y년 M월 d', '~d일'],
  dayRangeSameYear: ['y년 M월 d일', ' ~ M월 d일'],
  rangeSeparator: ' ~ ',
  timeSeparator: '~',
  dateTime: (date, time, offset) => `${date} ${time} (${offset})`,
  approximate: (text) => `${text}경`,
  beforeCommonEra: (text) => `기원전 ${text}`,
  deadline: (text, precision) =>
    precision === 'year' || precision === 'month' ? `${text} 말까지` : `${text}까지`,
};
