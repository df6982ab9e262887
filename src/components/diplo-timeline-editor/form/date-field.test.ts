import { expect } from '@open-wc/testing';
import { control, descriptions, formFixture, rootOf, textOf, typeInto } from '../../../test-support/form-host.js';
import { enUS } from '../../../model/index.js';
import { EditorStore } from '../state/editor-store.js';
import { dateReading, rangeReading } from './date-field.js';
import { renderEventForm } from './event-form.js';
import { formStrings } from './strings.js';
import { renderTimelineSection } from './timeline-section.js';

const strings = formStrings('en');

function event(fields: Record<string, unknown>) {
  return { id: 'e', title: 'E', when: '2019', kind: 'summit', actors: [], ...fields };
}

describe('the date field', () => {
  it('reads a date at its precision, a circa year, a deadline and a range', () => {
    const options = { locale: enUS, strings };
    expect(dateReading('2019-06', options)).to.include({ ok: true, text: 'June 2019 · month' });
    expect(dateReading('~2018', options)).to.include({ ok: true, text: 'c. 2018 · year' });
    expect(dateReading('2019', { ...options, deadline: true })).to.include({ ok: true, text: 'by the end of 2019 · year' });
    expect(rangeReading('2019-06-20', '2019-06-21', options)).to.equal('June 20–21, 2019');
    expect(dateReading('2019/06', options)).to.include({ ok: false });
  });

  it('says how the as-of date will read as the author types it', async () => {
    const host = await formFixture(renderTimelineSection);
    const input = control(host, 'field-asOf');
    await typeInto(host, input, '2019-06');
    expect(host.store.draft.asOf).to.equal('2019-06');
    expect(textOf(host, 'reading-asOf')).to.include('June 2019 · month');
    expect(descriptions(host, input).some((text) => text.includes('June 2019 · month')), 'the reading describes the field').to.equal(true);

    input.select();
    await typeInto(host, input, '~2018');
    expect(textOf(host, 'reading-asOf')).to.include('c. 2018 · year');
  });

  it('keeps a bad date exactly as typed, with the reason beside it', async () => {
    const host = await formFixture(renderTimelineSection);
    const input = control(host, 'field-asOf');
    await typeInto(host, input, '6/20/2019');
    expect(input.value, 'never cleared or rewritten').to.equal('6/20/2019');
    expect(host.store.draft.asOf).to.equal('6/20/2019');
    expect(rootOf(host).getElementById('reading-asOf')).to.equal(null);
    const problems = textOf(host, 'problems-asOf');
    expect(problems).to.include('"6/20/2019"');
    expect(descriptions(host, input).join(' ')).to.include('"6/20/2019"');
    // Typing on from the bad date goes on from exactly what is there.
    await typeInto(host, input, '!');
    expect(input.value).to.equal('6/20/2019!');
  });

  it("reads a deadline's year as \"by the end of\", and an event's bad date as an error", async () => {
    const store = new EditorStore({ schemaVersion: 1, title: 'T', actors: [], events: [event({ kind: 'deadline', when: '' })] });
    const host = await formFixture((ctx) => renderEventForm(ctx, 0), store);
    const input = control(host, 'field-events-0-when');
    expect(input.getAttribute('aria-invalid'), 'an empty date is an error: the event is left out').to.equal('true');
    await typeInto(host, input, '2019');
    expect(textOf(host, 'reading-events-0-when')).to.include('by the end of 2019');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await typeInto(host, input, '-13');
    expect(input.value).to.equal('2019-13');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(host, 'problems-events-0-when')).to.include('month 13 does not exist');
  });

  it('turns a date into a range with the switch, reads the range as one, and undoes the switch in one step', async () => {
    const store = new EditorStore({ schemaVersion: 1, title: 'T', actors: [], events: [event({ when: '2019-06-20' })] });
    const host = await formFixture((ctx) => renderEventForm(ctx, 0), store);
    control(host, 'field-events-0-when-range').click();
    await host.updateComplete;
    expect(store.draft.events).to.have.nested.property('[0].when').that.deep.equals({ start: '2019-06-20', end: '2019-06-20' });
    const end = control(host, 'field-events-0-when-end');
    end.select();
    await typeInto(host, end, '2019-06-21');
    expect(textOf(host, 'reading-events-0-when')).to.include('June 20–21, 2019');
    store.undo();
    store.undo();
    await host.updateComplete;
    expect(store.draft.events).to.have.nested.property('[0].when', '2019-06-20');
    expect(control(host, 'field-events-0-when').value).to.equal('2019-06-20');
  });

  it('names a range that ends before it starts beside the range', async () => {
    const store = new EditorStore({ schemaVersion: 1, title: 'T', actors: [], events: [event({ when: { start: '2019-06', end: '2019-02' } })] });
    const host = await formFixture((ctx) => renderEventForm(ctx, 0), store);
    const group = control(host, 'group-events-0-when', HTMLFieldSetElement);
    expect(descriptions(host, group).join(' ')).to.include('the range ends before it starts');
  });
});
