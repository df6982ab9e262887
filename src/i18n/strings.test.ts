import { expect } from '@open-wc/testing';
import { formatWhen } from '../model/index.js';
import { simplifiedIn } from '../test-support/counts.js';
import { when } from '../test-support/dates.js';
import { dateLocaleFor } from './locale.js';
import { plural } from './plural.js';
import { loadUiStrings, uiStrings, type UiStrings } from './strings.js';

const TRADITIONAL = ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh-Hant-US'];
const SIMPLIFIED = ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-TW'];

/** Every word of a table, with each sentence written out (counts of 1 and 1,000). */
function allText(tag: string, strings: UiStrings): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') texts.push(String((value as (a: string, b: string) => unknown)('1', '2')));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  // mediaLink takes a medium's type, not a count: written out for each type below.
  walk(Object.entries(strings).filter(([name]) => name !== 'mediaLink'));
  for (const n of [1, 1000]) texts.push(plural(tag, strings.eventCount, n), plural(tag, strings.eventsShown, n, 1), plural(tag, strings.problems, n));
  texts.push(...(['video', 'audio', 'post', 'article', 'map', 'photo', 'document', 'page'] as const).map((type) => strings.mediaLink(type, 'X')));
  return texts.join('\n');
}

describe('which table a tag reads', () => {
  it('reads canonical languages: the old code iw is Hebrew, and a tag that is not one is English', async () => {
    await loadUiStrings('iw');
    expect(uiStrings('iw').close).to.equal('סגירה');
    expect(uiStrings('HE-il')).to.equal(uiStrings('iw'));
    expect(loadUiStrings('not a tag!')).to.equal(undefined);
    expect(uiStrings('not a tag!').close).to.equal('Close');
  });
});

describe('Chinese: Traditional or Simplified', () => {
  before(async () => {
    await Promise.all([...TRADITIONAL, ...SIMPLIFIED].map((tag) => loadUiStrings(tag) ?? Promise.resolve()));
  });

  it('gives Traditional words to Taiwan, Hong Kong, Macao and zh-Hant, by the script the platform infers', () => {
    for (const tag of TRADITIONAL) {
      expect(uiStrings(tag).viewLabel, tag).to.equal('顯示時間軸');
      expect(simplifiedIn(allText(tag, uiStrings(tag))), tag).to.deep.equal([]);
    }
  });

  it('keeps Simplified words for zh, mainland China, Singapore and zh-Hans', () => {
    for (const tag of SIMPLIFIED) {
      expect(uiStrings(tag).viewLabel, tag).to.equal('显示时间线');
      // The check above can fail: the Simplified table is full of such characters.
      expect(simplifiedIn(allText(tag, uiStrings(tag))).length, tag).to.be.greaterThan(50);
    }
  });

  it('loads one table for every Traditional tag, and only once', () => {
    expect(uiStrings('zh-HK')).to.equal(uiStrings('zh-TW'));
    expect(loadUiStrings('zh-Hant-HK')).to.equal(undefined);
  });

  it('writes Traditional dates for Taiwan, Hong Kong and zh-Hant, with nothing to load', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant']) {
      const locale = dateLocaleFor(tag);
      const texts = [
        formatWhen(when('2019-06-20', '2019-06-21'), { locale }),
        formatWhen(when('~2018'), { locale }),
        formatWhen(when('2019'), { locale, deadline: true }),
        formatWhen(when('2018-04-27T15:30+08:30'), { locale }),
      ];
      expect(texts, tag).to.deep.equal(['2019年6月20日至21日', '約2018年', '2019年底前', '2018年4月27日 下午3:30（UTC+8:30）']);
    }
    expect(formatWhen(when('~2018'), { locale: dateLocaleFor('zh-SG') })).to.equal('约2018年');
  });
});
