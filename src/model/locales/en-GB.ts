import { enGB as dateFns } from 'date-fns/locale/en-GB';
import type { DateLocale } from '../date-locale.js';

/** British English: "20–21 June 2019", 24-hour times. */
export const enGB: DateLocale = {
  code: 'en-GB',
  dateFns,
  year: 'y',
  month: 'LLLL y',
  day: 'd MMMM y',
  time: 'HH:mm',
  timeWithSeconds: 'HH:mm:ss',
  yearRange: ['y', '–y'],
  monthRange: ['LLLL', '–LLLL y'],
  dayRangeSameMonth: ['d', '–d MMMM y'],
  dayRangeSameYear: ['d MMMM', ' – d MMMM y'],
  rangeSeparator: ' – ',
  timeSeparator: '–',
  dateTime: (date, time, offset) => `${date}, ${time} ${offset}`,
  approximate: (text) => `c. ${text}`,
  beforeCommonEra: (text) => `${text} BCE`,
  deadline: (text, precision) =>
    precision === 'year' || precision === 'month' ? `by the end of ${text}` : `by ${text}`,
};
