import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { button, control, descriptions, formFixture, rootOf, textOf, typeInto, type FormHost } from '../../../test-support/form-host.js';
import { EditorStore } from '../state/editor-store.js';
import { renderEventForm } from './event-form.js';

const XI_VISIT = koreanPeninsula.events.findIndex((event) => event.id === 'xi-pyongyang-visit');

function flagship() {
  return new EditorStore({ ...koreanPeninsula });
}

async function eventForm(store: EditorStore, index: number) {
  return formFixture((ctx) => renderEventForm(ctx, index), store);
}

/** Picks an option of a select as a person would: a change event after the value. */
async function choose(host: FormHost, id: string, value: string) {
  const select = control(host, id, HTMLSelectElement);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await host.updateComplete;
}

async function click(host: FormHost, element: HTMLElement) {
  element.click();
  await host.updateComplete;
}

describe('the event form', () => {
  it('edits a new event: the title names it, its id follows, each field one undo step', async () => {
    const store = new EditorStore();
    const index = store.addEvent();
    const host = await eventForm(store, index);
    await typeInto(host, control(host, 'field-events-0-title'), 'Hanoi summit');
    await typeInto(host, control(host, 'field-events-0-when'), '2019-02-27');
    expect(store.get(['events', 0])).to.include({ id: 'hanoi-summit', title: 'Hanoi summit', when: '2019-02-27' });
    expect(rootOf(host).getElementById('heading-event')?.textContent).to.include('Hanoi summit');
    store.undo();
    expect(store.get(['events', 0, 'when'])).to.equal('');
    expect(store.get(['events', 0, 'title'])).to.equal('Hanoi summit');
    store.undo();
    expect(store.get(['events', 0])).to.include({ id: 'event', title: '' });
  });

  it("keeps the id of an event that another links to", async () => {
    const store = flagship();
    const singapore = koreanPeninsula.events.findIndex((event) => event.id === 'singapore-summit');
    const host = await eventForm(store, singapore);
    await typeInto(host, control(host, `field-events-${singapore}-title`), ' (first)');
    expect(store.get(['events', singapore, 'id'])).to.equal('singapore-summit');
  });

  it('picks kind, status and importance from lists, and leaves out what is set back to "not set"', async () => {
    const store = flagship();
    const host = await eventForm(store, 0);
    await choose(host, 'field-events-0-kind', 'statement');
    await choose(host, 'field-events-0-status', 'postponed');
    await choose(host, 'field-events-0-importance', '3');
    expect(store.get(['events', 0])).to.include({ kind: 'statement', status: 'postponed', importance: 3 });
    const kind = control(host, 'field-events-0-kind', HTMLSelectElement);
    expect(kind.selectedOptions[0]?.textContent).to.equal('Statement');
    await choose(host, 'field-events-0-status', '');
    expect(store.get(['events', 0])).to.not.have.property('status');
    store.undo();
    store.undo();
    await host.updateComplete;
    expect(control(host, 'field-events-0-importance', HTMLSelectElement).value, 'a select shows the draft after Undo').to.equal('');
  });

  it('ticks actors by name, and keeps an id no actor has until it is unticked', async () => {
    const store = flagship();
    const events = [...koreanPeninsula.events];
    events[0] = { ...events[0]!, actors: ['north-korea', 'nobody'] };
    store.replace({ ...koreanPeninsula, events });
    const host = await eventForm(store, 0);
    const labels = [...rootOf(host).querySelectorAll('#group-events-0-actors label')].map((label) => label.textContent?.trim());
    expect(labels).to.include("People's Republic of China").and.include('nobody (no such actor)');
    const china = [...rootOf(host).querySelectorAll<HTMLLabelElement>('#group-events-0-actors label')].find(
      (label) => label.textContent?.trim() === "People's Republic of China",
    )!;
    await click(host, china.control!);
    expect(store.get(['events', 0, 'actors'])).to.deep.equal(['north-korea', 'nobody', 'china']);
    await click(host, control(host, 'field-events-0-actors-1'));
    expect(store.get(['events', 0, 'actors'])).to.deep.equal(['north-korea', 'china']);
  });

  it('keeps tags as typed while they mean the same list', async () => {
    const store = new EditorStore();
    store.addEvent();
    const host = await eventForm(store, 0);
    const tags = control(host, 'field-events-0-tags');
    await typeInto(host, tags, 'nuclear, talks;');
    expect(store.get(['events', 0, 'tags'])).to.deep.equal(['nuclear', 'talks']);
    expect(tags.value, 'the separator just typed stays').to.equal('nuclear, talks;');
    await typeInto(host, tags, ' un');
    expect(store.get(['events', 0, 'tags'])).to.deep.equal(['nuclear', 'talks', 'un']);
    store.undo();
    await host.updateComplete;
    expect(store.get(['events', 0])).to.not.have.property('tags');
    expect(tags.value).to.equal('');
  });

  it('drops the place when its fields are emptied', async () => {
    const store = new EditorStore();
    store.addEvent();
    const host = await eventForm(store, 0);
    const name = control(host, 'field-events-0-location-name');
    await typeInto(host, name, 'H');
    expect(store.get(['events', 0, 'location'])).to.deep.equal({ name: 'H' });
    await sendKeys({ press: 'Backspace' });
    await host.updateComplete;
    expect(store.get(['events', 0])).to.not.have.property('location');
  });

  it('adds quotes and sources, and shows a bad address beside its field', async () => {
    const store = new EditorStore();
    store.addEvent({ title: 'T', when: '2019' });
    const host = await eventForm(store, 0);
    await click(host, button(host, 'Add quote'));
    expect(rootOf(host).activeElement?.id, 'the new quote takes the focus').to.equal('field-events-0-quotes-0-text');
    await typeInto(host, control(host, 'field-events-0-quotes-0-text', HTMLTextAreaElement), 'Nice to meet you');
    await typeInto(host, control(host, 'field-events-0-quotes-0-speaker'), 'Kim');
    await typeInto(host, control(host, 'field-events-0-quotes-0-source-title'), 'KCNA');
    expect(store.get(['events', 0, 'quotes'])).to.deep.equal([{ text: 'Nice to meet you', speaker: 'Kim', source: { title: 'KCNA' } }]);

    await click(host, button(host, 'Add source'));
    await typeInto(host, control(host, 'field-events-0-sources-0-title'), 'AP');
    const url = control(host, 'field-events-0-sources-0-url');
    await typeInto(host, url, 'javascript:alert(1)');
    expect(url.value).to.equal('javascript:alert(1)');
    expect(descriptions(host, url).join(' ')).to.include('uses javascript:');
    expect(url.getAttribute('aria-invalid'), 'a warning: the source is kept without it').to.equal('false');
    await typeInto(host, control(host, 'field-events-0-sources-0-published'), '2019-06');
    expect(textOf(host, 'reading-events-0-sources-0-published')).to.include('June 2019 · month');
  });

  it('asks an image for its text alternative, takes "decorative" for one that needs none, and turns it into a link', async () => {
    const store = new EditorStore();
    store.addEvent({ title: 'T', when: '2019' });
    const host = await eventForm(store, 0);
    await click(host, button(host, 'Add medium'));
    expect(control(host, 'field-events-0-media-0-type-image').checked).to.equal(true);
    await typeInto(host, control(host, 'field-events-0-media-0-src'), 'https://example.org/a.jpg');
    expect(textOf(host, 'problems-events-0-media-0')).to.include('has no alt');
    expect(descriptions(host, control(host, 'field-events-0-media-0-alt')).join(' '), 'the alt field is told too').to.include('has no alt');
    await click(host, control(host, 'field-events-0-media-0-decorative'));
    expect(store.get(['events', 0, 'media', 0])).to.deep.equal({ src: 'https://example.org/a.jpg', alt: '' });
    expect(rootOf(host).getElementById('field-events-0-media-0-alt'), 'no alt field for a decorative image').to.equal(null);
    expect(rootOf(host).getElementById('problems-events-0-media-0')).to.equal(null);
    await click(host, control(host, 'field-events-0-media-0-decorative'));
    expect(rootOf(host).activeElement?.id, 'the alt field comes back with the focus').to.equal('field-events-0-media-0-alt');

    await click(host, control(host, 'field-events-0-media-0-type-other'));
    expect(store.get(['events', 0, 'media', 0])).to.deep.equal({ url: 'https://example.org/a.jpg' });
    expect(control(host, 'field-events-0-media-0-url').value).to.equal('https://example.org/a.jpg');
  });

  it('links to another event chosen by its title, and names a link to no event', async () => {
    const store = flagship();
    const host = await eventForm(store, 0);
    const select = control(host, 'field-events-0-related-0-id', HTMLSelectElement);
    expect(select.selectedOptions[0]?.textContent).to.include(koreanPeninsula.events.find((event) => event.id === select.value)!.title);
    await click(host, button(host, 'Add related event'));
    const option = [...control(host, 'field-events-0-related-1-id', HTMLSelectElement).options].find((o) => o.value === 'hanoi-summit')!;
    const hanoi = koreanPeninsula.events.find((event) => event.id === 'hanoi-summit')!;
    expect(option.textContent).to.equal(`${hanoi.title} (February 27–28, 2019)`);
    await choose(host, 'field-events-0-related-1-id', 'hanoi-summit');
    await choose(host, 'field-events-0-related-1-relation', 'leads-to');
    expect(store.get(['events', 0, 'related', 1])).to.deep.equal({ id: 'hanoi-summit', relation: 'leads-to' });
    store.set(['events', 0, 'related', 1, 'id'], 'nowhere');
    await host.updateComplete;
    expect(control(host, 'field-events-0-related-1-id', HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('nowhere (no such event)');
    expect(descriptions(host, control(host, 'field-events-0-related-1-id', HTMLSelectElement)).join(' ')).to.include('no event has the id "nowhere"');
  });

  it('takes the keyboard through every field in the order they are read', async () => {
    const store = flagship();
    const events = [...koreanPeninsula.events];
    events[XI_VISIT] = { ...events[XI_VISIT]!, media: [{ src: 'a.jpg', alt: 'A' }] };
    store.replace({ ...koreanPeninsula, events });
    const host = await eventForm(store, XI_VISIT);
    const root = rootOf(host);
    // What Tab should reach: every enabled control, in document order (a radio group is one stop).
    const expected = [...root.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((el) => !(el as HTMLButtonElement).disabled && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => el.id);
    expect(expected.slice(0, 8)).to.deep.equal([
      `field-events-${XI_VISIT}-title`,
      `field-events-${XI_VISIT}-id`,
      `field-events-${XI_VISIT}-when-start`,
      `field-events-${XI_VISIT}-when-range`,
      `field-events-${XI_VISIT}-when-end`,
      `field-events-${XI_VISIT}-kind`,
      `field-events-${XI_VISIT}-status`,
      `field-events-${XI_VISIT}-importance`,
    ]);
    const reached: string[] = [];
    control(host, `field-events-${XI_VISIT}-title`).focus();
    reached.push(root.activeElement?.id ?? '');
    for (let i = 1; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(root.activeElement?.id ?? '');
    }
    expect(reached).to.deep.equal(expected);
    expect(expected.every((id) => id.startsWith('field-'))).to.equal(true);
  });

  it('is accessible with every kind of part, and with no event chosen', async () => {
    const store = flagship();
    const events = [...koreanPeninsula.events];
    events[XI_VISIT] = {
      ...events[XI_VISIT]!,
      tags: ['visit'],
      media: [{ src: 'a.jpg', alt: 'A' }, { src: 'b.jpg' }, { url: 'https://www.youtube.com/watch?v=x', caption: 'Video' }],
      actors: [...events[XI_VISIT]!.actors, 'nobody'],
    };
    store.replace({ ...koreanPeninsula, events });
    await expect(await eventForm(store, XI_VISIT)).to.be.accessible();
    await expect(await formFixture((ctx) => renderEventForm(ctx, undefined), store)).to.be.accessible();
  });
});
