import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { button, control, descriptions, formFixture, rootOf, textOf, typeInto } from '../../../test-support/form-host.js';
import { EditorStore } from '../state/editor-store.js';
import { renderEras, renderTimelineSection } from './timeline-section.js';

describe('the timeline section', () => {
  it('writes what is typed into the draft, one undo step per field', async () => {
    const host = await formFixture(renderTimelineSection);
    const { store } = host;
    await typeInto(host, control(host, 'field-title'), 'Hanoi');
    await typeInto(host, control(host, 'field-summary', HTMLTextAreaElement), 'Talks');
    expect(store.draft).to.include({ title: 'Hanoi', summary: 'Talks' });
    store.undo();
    await host.updateComplete;
    expect(store.draft).to.not.have.property('summary');
    expect(control(host, 'field-summary', HTMLTextAreaElement).value).to.equal('');
    expect(store.draft.title, "the title's typing is a step of its own").to.equal('Hanoi');
    store.undo();
    expect(store.draft.title).to.equal('');
    expect(store.canUndo).to.equal(false);
  });

  it('leaves an emptied optional field out of the document, and keeps an emptied required one', async () => {
    const host = await formFixture(renderTimelineSection, new EditorStore({ ...koreanPeninsula }));
    const summary = control(host, 'field-summary', HTMLTextAreaElement);
    summary.select();
    await sendKeys({ press: 'Backspace' });
    await host.updateComplete;
    expect(host.store.draft).to.not.have.property('summary');
    const title = control(host, 'field-title');
    title.select();
    await sendKeys({ press: 'Backspace' });
    expect(host.store.draft.title).to.equal('');
  });

  it('shows the problem of a field beside it, and marks the field invalid for an error', async () => {
    const host = await formFixture(renderTimelineSection);
    const title = control(host, 'field-title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptions(host, title).join(' ')).to.match(/is empty; the timeline has no title/);
    expect(rootOf(host).getElementById('problems-title')?.querySelector('li.error svg')).to.not.equal(null);
    await typeInto(host, title, 'T');
    expect(title.getAttribute('aria-invalid')).to.equal('false');
    expect(title.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('names the language a tag stands for, and warns of one that is not a tag', async () => {
    const host = await formFixture(renderTimelineSection);
    const locale = control(host, 'field-locale');
    expect(locale.getAttribute('list')).to.equal('languages-timeline');
    expect(rootOf(host).querySelectorAll('#languages-timeline option').length).to.be.above(10);
    await typeInto(host, locale, 'ko-KR');
    expect(host.store.draft.locale).to.equal('ko-KR');
    expect(textOf(host, 'reading-locale')).to.include('Korean');
    await typeInto(host, locale, '!!');
    expect(textOf(host, 'problems-locale')).to.include('is not a language tag');
  });

  it('is accessible, with the flagship and empty', async () => {
    await expect(await formFixture(renderTimelineSection, new EditorStore(koreanPeninsula))).to.be.accessible();
    await expect(await formFixture(renderTimelineSection)).to.be.accessible();
  });
});

describe('the eras', () => {
  it('adds an era whose id follows its title, and deletes it with Undo to bring it back', async () => {
    const host = await formFixture(renderEras);
    const { store } = host;
    button(host, 'Add era').click();
    await host.updateComplete;
    const title = control(host, 'field-eras-0-title');
    expect(rootOf(host).activeElement, 'the new era takes the focus').to.equal(title);
    await typeInto(host, title, 'The sanctions campaign');
    await typeInto(host, control(host, 'field-eras-0-start'), '2016-01');
    await typeInto(host, control(host, 'field-eras-0-end'), '2017-12');
    expect(store.draft.eras).to.deep.equal([{ id: 'the-sanctions-campaign', title: 'The sanctions campaign', start: '2016-01', end: '2017-12' }]);
    expect(textOf(host, 'reading-eras-0-end')).to.include('December 2017 · month');

    button(host, 'Delete The sanctions campaign').click();
    await host.updateComplete;
    expect(store.draft.eras).to.deep.equal([]);
    expect(store.undoLabel).to.equal('Delete The sanctions campaign');
    store.undo();
    await host.updateComplete;
    expect(control(host, 'field-eras-0-title').value).to.equal('The sanctions campaign');
  });

  it('keeps an id the author typed when the title changes', async () => {
    const host = await formFixture(renderEras, new EditorStore({ ...koreanPeninsula }));
    const title = control(host, 'field-eras-0-title');
    await typeInto(host, title, ', again');
    expect(host.store.get(['eras', 0, 'id'])).to.equal('sanctions-campaign');
  });

  it('is accessible', async () => {
    await expect(await formFixture(renderEras, new EditorStore(koreanPeninsula))).to.be.accessible();
  });
});
