import { expect, html } from '@open-wc/testing';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { control, formFixture, rootOf } from '../../../test-support/form-host.js';
import { EditorStore } from '../state/editor-store.js';
import type { FormContext } from './context.js';
import { renderEventForm } from './event-form.js';
import { renderEventList } from './event-list.js';
import { formStrings, loadFormStrings } from './strings.js';
import { renderActors } from './actors-section.js';

const LANGUAGES = ['en', 'ko', 'zh-CN', 'zh-TW', 'ja', 'ar', 'he'];

describe("the form's words", () => {
  before(async () => {
    await Promise.all(LANGUAGES.map((tag) => loadFormStrings(tag) ?? Promise.resolve()));
  });

  it('picks a table by language, Chinese by script, English for the rest', () => {
    expect(formStrings('ar-EG').fields.title).to.equal('العنوان');
    expect(formStrings('zh-TW').fields.title).to.equal('標題');
    expect(formStrings('zh-Hant-HK').fields.title).to.equal('標題');
    expect(formStrings('zh').fields.title).to.equal('标题');
    expect(formStrings('fr').fields.title).to.equal('Title');
  });

  it("keeps each button's visible word in its full name, in every language (so speech input finds it)", () => {
    for (const tag of LANGUAGES) {
      const strings = formStrings(tag);
      const item = strings.items.sources(2);
      // Names match their visible words whatever the case ("Move Source 2 up" holds "Up").
      expect(strings.remove(item).toLowerCase(), tag).to.include(strings.delete.toLowerCase()).and.include(item.toLowerCase());
      expect(strings.moveUp(item).toLowerCase(), tag).to.include(strings.up.toLowerCase());
      expect(strings.moveDown(item).toLowerCase(), tag).to.include(strings.down.toLowerCase());
    }
  });

  it('speaks Arabic, right to left, with the readers\' own words for kinds', async () => {
    const store = new EditorStore(koreanPeninsula);
    const part = (ctx: FormContext) =>
      html`<div dir="rtl">${renderEventList(ctx, { selected: 15, onSelect: () => undefined })} ${renderEventForm(ctx, 15)} ${renderActors(ctx)}</div>`;
    const host = await formFixture(part, store, 'ar');
    const root = rootOf(host);
    expect(root.querySelector('label[for="field-events-15-title"]')?.textContent).to.include('العنوان');
    expect(control(host, 'field-events-15-kind', HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('قمة');
    expect(root.querySelector('.count')?.textContent?.trim()).to.equal(`${String(koreanPeninsula.events.length)} حدثًا`);
    // The document is in English: its words keep their language and direction.
    expect(control(host, 'field-events-15-title').lang).to.equal('en-US');
    expect(control(host, 'field-events-15-title').dir).to.equal('auto');
    await expect(host).to.be.accessible();
  });
});
