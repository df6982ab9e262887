import { expect } from '@open-wc/testing';
import { date, when } from '../test-support/dates.js';
import { formatWhen } from './format.js';
import { enGB } from './locales/en-GB.js';
import { enUS } from './locales/en-US.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { zhCN } from './locales/zh-CN.js';
import { zhTW } from './locales/zh-TW.js';

// These run in five time zones; each expectation is the same string in all of them.
describe('formatWhen', () => {
  it('writes a calendar date as that date in every time zone', () => {
    // A date-only string must never become UTC midnight, which is 26 April west of UTC.
    expect(formatWhen(when('2018-04-27'))).to.equal('April 27, 2018');
    expect(formatWhen(when('2018-01-01'))).to.equal('January 1, 2018');
    expect(formatWhen(when('2019-12-31'))).to.equal('December 31, 2019');
    expect(formatWhen(when('2020-01-01'), { locale: enGB })).to.equal('1 January 2020');
  });

  it('writes each precision as it is known', () => {
    expect(formatWhen(when('2019'))).to.equal('2019');
    expect(formatWhen(when('2019-06'))).to.equal('June 2019');
    expect(formatWhen(when('2019-06-20'))).to.equal('June 20, 2019');
    expect(formatWhen(date('2019-06-20'))).to.equal('June 20, 2019');
  });

  it('writes a time on the clock where it happened, with the offset', () => {
    // 09:30 in Panmunjom; the reader's zone must not move it.
    expect(formatWhen(when('2018-04-27T09:30+08:30'))).to.equal('April 27, 2018, 9:30 a.m. UTC+8:30');
    expect(formatWhen(when('2019-06-12T14:05:09-04:00'))).to.equal('June 12, 2019, 2:05:09 p.m. UTC\u22124');
    expect(formatWhen(when('2018-06-12T09:00Z'), { locale: enGB })).to.equal('12 June 2018, 09:00 UTC');
  });

  it('is unaffected by daylight-saving gaps in the reader\'s zone', () => {
    // 02:30 does not exist in Los Angeles on 2019-03-10; the event's clock still reads 2:30.
    expect(formatWhen(when('2019-03-10T02:30-08:00'))).to.equal('March 10, 2019, 2:30 a.m. UTC\u22128');
  });

  it('collapses ranges sensibly', () => {
    expect(formatWhen(when('2019-06-20', '2019-06-21'))).to.equal('June 20–21, 2019');
    expect(formatWhen(when('2019-06-28', '2019-07-02'))).to.equal('June 28 – July 2, 2019');
    expect(formatWhen(when('2017-12-30', '2018-01-02'))).to.equal('December 30, 2017 – January 2, 2018');
    expect(formatWhen(when('2018-03', '2018-05'))).to.equal('March–May 2018');
    expect(formatWhen(when('2016', '2017'))).to.equal('2016–2017');
    expect(formatWhen(when('2019-06-20', '2019-06-20'))).to.equal('June 20, 2019');
    expect(formatWhen(when('2018-06-12T09:00+08:00', '2018-06-12T13:30+08:00'))).to.equal(
      'June 12, 2018, 9:00 a.m.–1:30 p.m. UTC+8',
    );
  });

  it('writes ranges of mixed precision in full', () => {
    expect(formatWhen(when('2018-06', '2018-06-20'))).to.equal('June 2018 – June 20, 2018');
  });

  it('marks approximate dates', () => {
    expect(formatWhen(when('~2018'))).to.equal('c. 2018');
    expect(formatWhen(when('~2018-03'))).to.equal('c. March 2018');
    expect(formatWhen(when('~2016', '~2017'))).to.equal('c. 2016–2017');
    expect(formatWhen(when('~2018'), { locale: ko })).to.equal('2018년경');
  });

  it('writes deadlines as "by the end of" for months and years', () => {
    expect(formatWhen(when('2019'), { deadline: true })).to.equal('by the end of 2019');
    expect(formatWhen(when('2019-06'), { deadline: true })).to.equal('by the end of June 2019');
    expect(formatWhen(when('2019-12-31'), { deadline: true })).to.equal('by December 31, 2019');
    expect(formatWhen(when('2019-01', '2019-12'), { deadline: true })).to.equal('by the end of December 2019');
  });

  it('writes years before the common era', () => {
    expect(formatWhen(when('-000043-03-15'))).to.equal('March 15, 44 BCE');
    expect(formatWhen(when('0000'))).to.equal('1 BCE');
    // A range of years within one era says the era once.
    expect(formatWhen(when('-000499', '-000479'))).to.equal('500–480 BCE');
    expect(formatWhen(when('-000499', '-000479'), { locale: ko })).to.equal('기원전 500년~480년');
    expect(formatWhen(when('-000099', '0050'))).to.equal('100 BCE – 50');
    expect(formatWhen(when('-000043-03-15'), { locale: ko })).to.equal('기원전 44년 3월 15일');
    expect(formatWhen(when('0079-08-24'))).to.equal('August 24, 79');
  });

  describe('deep time', () => {
    it('groups the digits of years from 10,000 on, and not of 2019', () => {
      expect(formatWhen(when('-13799999999'))).to.equal('13,800,000,000 BCE'); // astronomical: year 0 is 1 BCE
      expect(formatWhen(when('-009999'))).to.equal('10,000 BCE');
      expect(formatWhen(when('-009998'))).to.equal('9999 BCE');
      expect(formatWhen(when('+012019'))).to.equal('12,019');
      expect(formatWhen(when('2019'))).to.equal('2019');
      expect(formatWhen(when('+9999999999999'))).to.equal('9,999,999,999,999');
    });

    it('writes them in each language, with its era and its grouping, in Latin digits', () => {
      expect(formatWhen(when('-13799999999'), { locale: ko })).to.equal('기원전 13,800,000,000년');
      expect(formatWhen(when('-13799999999'), { locale: ja })).to.equal('紀元前13,800,000,000年');
      expect(formatWhen(when('-13799999999'), { locale: enGB })).to.equal('13,800,000,000 BCE');
      expect(formatWhen(when('-13799999999'), { locale: 'ar' })).to.equal('13,800,000,000 ق.م');
      expect(formatWhen(when('-13799999999'), { locale: 'de' })).to.contain('13.800.000.000');
    });

    it('marks circa', () => {
      expect(formatWhen(when('~-13799999999'))).to.equal('c. 13,800,000,000 BCE');
      expect(formatWhen(when('~-13799999999'), { locale: ko })).to.equal('기원전 13,800,000,000년경');
    });

    it('writes ranges of deep years with the era once, and mixed eras in full', () => {
      expect(formatWhen(when('-4599999999', '-4499999999'))).to.equal('4,600,000,000 – 4,500,000,000 BCE');
      expect(formatWhen(when('~-4599999999', '~-4499999999'))).to.equal('c. 4,600,000,000 – 4,500,000,000 BCE');
      expect(formatWhen(when('-4599999999', '-4499999999'), { locale: ko })).to.equal('기원전 4,600,000,000년 ~ 4,500,000,000년');
      expect(formatWhen(when('-4599999999', '2019'))).to.equal('4,600,000,000 BCE – 2019');
      expect(formatWhen(when('-009999', '-004999'))).to.equal('10,000 – 5000 BCE');
    });

    it('groups the year of a month or a day in the years a Date holds', () => {
      expect(formatWhen(when('-043000-03-15'))).to.equal('March 15, 43,001 BCE');
      expect(formatWhen(when('+012019-06'), { locale: ko })).to.equal('12,019년 6월');
      expect(formatWhen(when('+012019-06-20', '+012019-06-21'))).to.equal('June 20–21, 12,019');
    });

    it('writes a deep deadline', () => {
      expect(formatWhen(when('-13799999999'), { deadline: true })).to.equal('by the end of 13,800,000,000 BCE');
    });
  });

  describe('in each language', () => {
    const cases: [string, string[]][] = [
      ['2019-06-20', ['June 20, 2019', '20 June 2019', '2019년 6월 20일', '2019年6月20日', '2019年6月20日']],
      ['2019-06', ['June 2019', 'June 2019', '2019년 6월', '2019年6月', '2019年6月']],
      ['2019', ['2019', '2019', '2019년', '2019年', '2019年']],
    ];
    const locales = [enUS, enGB, ko, zhCN, ja];
    for (const [text, expected] of cases) {
      it(`writes ${text}`, () => {
        expect(locales.map((locale) => formatWhen(when(text), { locale }))).to.deep.equal(expected);
      });
    }

    it('collapses ranges the way each language does', () => {
      const range = when('2019-06-20', '2019-06-21');
      expect(locales.map((locale) => formatWhen(range, { locale }))).to.deep.equal([
        'June 20–21, 2019',
        '20–21 June 2019',
        '2019년 6월 20일~21일',
        '2019年6月20日至21日',
        '2019年6月20日～21日',
      ]);
    });

    it('writes deadlines in each language', () => {
      expect(locales.map((locale) => formatWhen(when('2019'), { locale, deadline: true }))).to.deep.equal([
        'by the end of 2019',
        'by the end of 2019',
        '2019년 말까지',
        '2019年底前',
        '2019年末まで',
      ]);
    });

    it('writes times in each language', () => {
      expect(locales.map((locale) => formatWhen(when('2018-04-27T09:30+08:30'), { locale }))).to.deep.equal([
        'April 27, 2018, 9:30 a.m. UTC+8:30',
        '27 April 2018, 09:30 UTC+8:30',
        '2018년 4월 27일 오전 9:30 (UTC+8:30)',
        '2018年4月27日 09:30（UTC+8:30）',
        '2018年4月27日 9:30（UTC+8:30）',
      ]);
    });
  });

  describe('the locale option', () => {
    const range = when('2019-06-20', '2019-06-21');
    const timed = when('2018-04-27T15:30+08:30');

    it('takes a language tag, with the same result as the pack', () => {
      for (const [tag, pack] of [['en-US', enUS], ['en-GB', enGB], ['ko', ko], ['zh-CN', zhCN], ['zh-TW', zhTW], ['ja', ja]] as const) {
        for (const value of [range, timed, when('2019-06'), when('~2018')]) {
          expect(formatWhen(value, { locale: tag }), tag).to.equal(formatWhen(value, { locale: pack }));
        }
      }
    });

    it('takes an object with a code, as a date-fns locale is', () => {
      expect(formatWhen(range, { locale: { code: 'ko' } })).to.equal('2019년 6월 20일~21일');
      expect(formatWhen(timed, { locale: { code: 'ko' } })).to.equal('2018년 4월 27일 오후 3:30 (UTC+8:30)');
      expect(formatWhen(range, { locale: { code: 'en-GB' } })).to.equal('20–21 June 2019');
    });

    it('picks the closest language for regional tags', () => {
      expect(formatWhen(range, { locale: 'ko-KR' })).to.equal('2019년 6월 20일~21일');
      expect(formatWhen(range, { locale: 'en-AU' })).to.equal('20–21 June 2019');
      expect(formatWhen(range, { locale: 'en' })).to.equal('June 20–21, 2019');
      expect(formatWhen(range, { locale: 'zh-Hans-CN' })).to.equal('2019年6月20日至21日');
      // Chinese by the script the region writes: 約 in Taiwan, Hong Kong and Macao, 约 elsewhere.
      for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) expect(formatWhen(when('~2018'), { locale: tag }), tag).to.equal('約2018年');
      for (const tag of ['zh', 'zh-SG', 'zh-Hans-HK']) expect(formatWhen(when('~2018'), { locale: tag }), tag).to.equal('约2018年');
    });

    it('writes every other language as the platform does, its era too, with neutral marks', () => {
      expect(formatWhen(when('2019-06-20'), { locale: 'fr' })).to.equal('20 juin 2019');
      expect(formatWhen(when('2019-06-20'), { locale: 'de' })).to.equal('20. Juni 2019');
      expect(formatWhen(range, { locale: 'es' })).to.equal('20–21 de junio de 2019');
      expect(formatWhen(when('-000043-03-15'), { locale: 'fr' })).to.equal('15 mars 44 av. J.-C.');
      expect(formatWhen(when('-000499', '-000479'), { locale: 'de' })).to.equal('500–480 v. Chr.');
      expect(formatWhen(when('~2019'), { locale: 'fr' })).to.equal('~2019');
    });

    it('writes the regional forms of a language it has words for', () => {
      expect(formatWhen(timed, { locale: 'en-AU' })).to.equal('27 April 2018, 3:30 pm UTC+8:30');
      expect(formatWhen(timed, { locale: 'en-CA' })).to.equal('April 27, 2018, 3:30 p.m. UTC+8:30');
    });

    it('writes Gregorian dates in Latin digits whatever the locale prefers', () => {
      expect(formatWhen(range, { locale: 'ar-SA' })).to.equal('20–21 يونيو 2019');
      expect(formatWhen(range, { locale: 'ar-EG' })).to.equal('20–21 يونيو 2019');
      expect(formatWhen(when('2019-06'), { locale: 'ja-JP-u-ca-japanese' })).to.equal('2019年6月');
    });

    it('falls back to English for a tag that is not a language', () => {
      expect(formatWhen(range, { locale: 'not a tag!' })).to.equal('June 20–21, 2019');
    });
  });
});
