import { expect } from '@open-wc/testing';
import { plural, type Plural } from './plural.js';
import { loadUiStrings, uiStrings, type UiStrings } from './strings.js';
import { COUNTS, EVENT_COUNTS, PROBLEM_COUNTS, UI_LANGUAGES } from '../test-support/counts.js';

/** The entries of a table that are sentences about a count, by name. */
function pluralEntries(strings: UiStrings): [string, Plural<string[]>][] {
  return Object.entries(strings).filter((entry): entry is [string, Plural<string[]>] => {
    const value: unknown = entry[1];
    return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'function';
  });
}

describe('plural', () => {
  before(async () => {
    await Promise.all(UI_LANGUAGES.map((tag) => loadUiStrings(tag) ?? Promise.resolve()));
  });

  it('finds the sentences about counts in every table', () => {
    for (const tag of UI_LANGUAGES) {
      expect(pluralEntries(uiStrings(tag)).map(([name]) => name), tag).to.have.members(['eventCount', 'showAllEvents', 'eventsShown', 'problems']);
    }
  });

  it('has a form for each plural category the platform reports, and none it does not', () => {
    for (const tag of UI_LANGUAGES) {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const [name, forms] of pluralEntries(uiStrings(tag))) {
        expect(Object.keys(forms), `${tag} ${name}`).to.have.members(categories);
      }
    }
  });

  it('writes each count in the form and the digits of each language', () => {
    for (const [tag, expected] of Object.entries(EVENT_COUNTS)) {
      const strings = uiStrings(tag);
      expect(COUNTS.map((n) => plural(tag, strings.eventCount, n)), tag).to.deep.equal(expected);
      expect(COUNTS.map((n) => plural(tag, strings.problems, n)), tag).to.deep.equal(PROBLEM_COUNTS[tag]);
    }
  });

  it('picks the form by the total and writes both numbers when some are shown', () => {
    expect(plural('en', uiStrings('en').eventsShown, 1, 0)).to.equal('0 of 1 event shown');
    expect(plural('en', uiStrings('en').eventsShown, 1200, 3)).to.equal('3 of 1,200 events shown');
    const ar = uiStrings('ar').eventsShown;
    // After من the dual is genitive.
    expect(plural('ar', ar, 2, 1)).to.equal('عرض 1 من حدثين');
    expect(plural('ar', ar, 11, 1)).to.equal('عرض 1 من 11 حدثًا');
    expect(plural('ar-EG', ar, 1000, 5)).to.equal('عرض ٥ من ١٬٠٠٠ حدث');
    expect(plural('he', uiStrings('he').eventsShown, 2, 1)).to.equal('מציג 1 מתוך שני אירועים');
    expect(plural('zh-HK', uiStrings('zh-HK').eventsShown, 1000, 20)).to.equal('顯示1,000個事件中的20個');
  });

  it("writes numbers in the reader's grouping", () => {
    expect(plural('en-IN', uiStrings('en-IN').eventCount, 1234567)).to.equal('12,34,567 events');
    expect(plural('ar-u-nu-arab', uiStrings('ar').eventCount, 1000)).to.equal('١٬٠٠٠ حدث');
  });

  it('keeps to English rules and digits where the words fall back to English', () => {
    // Russian puts 21 in "one" and French puts 0 there; the English words must not follow them.
    expect(plural('ru', uiStrings('ru').eventCount, 21)).to.equal('21 events');
    expect(plural('fr', uiStrings('fr').eventCount, 0)).to.equal('0 events');
    expect(plural('fr', uiStrings('fr').eventCount, 1000)).to.equal('1,000 events');
    expect(plural('not a tag!', uiStrings('not a tag!').eventCount, 1000)).to.equal('1,000 events');
  });
});
