import { enUS as dateFns } from 'date-fns/locale/en-US';
import type { DateLocale } from '../date-locale.js';

/** American English, in the style of US news copy: "June 20–21, 2019", "9:30 a.m.". */
export const enUS: DateLocale = {
  code: 'en-US',
  dateFns,
  year: 'y',
  month: 'LLLL y',
  day: 'MMMM d, y',
  time: 'h:mm aaaa',
  timeWithSeconds: 'h:mm:ss aaaa',
  yearRange: ['y', '–y'],
  monthRange: ['LLLL', '–LLLL y'],
  dayRangeSameMonth: ['MMMM d', '–d, y'],
  dayRangeSameYear: ['MMMM d', ' – MMMM d, y'],
  rangeSeparator: ' – ',
  timeSeparator: '–',
  dateTime: (date, time, offset) => `${date}, ${time} ${offset}`,
  approximate: (text) => `c. ${text}`,
  beforeCommonEra: (text) => `${text} BCE`,
  deadline: (text, precision) =>
    precision === 'year' || precision === 'month' ? `by the end of ${text}` : `by ${text}`,
};
