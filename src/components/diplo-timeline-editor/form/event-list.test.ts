import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { koreanPeninsula } from '../../../../data/korean-peninsula-2016-2019.js';
import { button, control, formFixture, rootOf, typeInto, type FormHost } from '../../../test-support/form-host.js';
import { compareWhen, parseTimeline } from '../../../model/index.js';
import { EditorStore } from '../state/editor-store.js';
import type { FormContext } from './context.js';
import { renderEventList } from './event-list.js';
import { parseDraftWhen } from './event-rows.js';

/** A list whose selection lives here, as it will in the editor element. */
function listFixture(store: EditorStore, selected?: number) {
  const state = { selected, chosen: [] as (number | undefined)[] };
  const part = (ctx: FormContext) =>
    renderEventList(ctx, {
      selected: state.selected,
      onSelect: (index) => {
        state.selected = index;
        state.chosen.push(index);
      },
    });
  return { state, host: formFixture(part, store) };
}

function rows(host: FormHost): HTMLElement[] {
  return [...rootOf(host).querySelectorAll<HTMLElement>('[role="option"]')];
}

const rowIndex = (row: HTMLElement) => Number(row.id.replace('event-row-', ''));
const titleOf = (row: HTMLElement) => row.querySelector('.row-title')?.textContent?.trim() ?? '';

function flagship() {
  return new EditorStore({ ...koreanPeninsula });
}

describe('the event list', () => {
  it('lists every event in date order, with its date in words, kind and problem count', async () => {
    const events = [...koreanPeninsula.events].reverse();
    const store = new EditorStore({ ...koreanPeninsula, events });
    const host = await listFixture(store).host;
    const listed = rows(host);
    expect(listed).to.have.length(events.length);
    const whens = listed.map((row) => parseDraftWhen(events[rowIndex(row)]?.when));
    for (let i = 1; i < whens.length; i++) expect(compareWhen(whens[i - 1]!, whens[i]!)).to.be.at.most(0);
    const singapore = listed.find((row) => titleOf(row).includes('Singapore'));
    expect(singapore?.querySelector('.row-date')?.textContent?.trim()).to.equal('June 12, 2018');
    expect(singapore?.querySelector('.row-kind')?.textContent?.trim()).to.equal('Summit');
  });

  it('puts events whose date cannot be read at the end, flagged, with their problems counted', async () => {
    const events = [...koreanPeninsula.events];
    events[0] = { ...events[0]!, when: '2016/01/06' };
    const { host: pending } = listFixture(new EditorStore({ ...koreanPeninsula, events }));
    const host = await pending;
    const last = rows(host).at(-1)!;
    expect(rowIndex(last)).to.equal(0);
    expect(last.classList.contains('undated')).to.equal(true);
    expect(last.textContent).to.include('2016/01/06').and.include('Date not understood');
    expect(last.querySelector('.row-problems.error')?.textContent?.trim()).to.equal('1 problem');
  });

  it('finds events by title, summary, place, actor names and tags, whatever the case and accents', async () => {
    const events = [
      ...koreanPeninsula.events,
      { id: 'abidjan', title: 'Talks in Côte d’Ivoire', when: '2019-07', kind: 'talks', actors: [], tags: ['Africa'] },
    ];
    const { host: pending } = listFixture(new EditorStore({ ...koreanPeninsula, events }));
    const host = await pending;
    const search = control(host, 'field-events-search');
    const found = async (query: string) => {
      search.select();
      await typeInto(host, search, query);
      return rows(host).map(titleOf);
    };
    expect(await found('COTE D')).to.deep.equal(['Talks in Côte d’Ivoire']);
    expect(await found('africa')).to.deep.equal(['Talks in Côte d’Ivoire']);
    const hanoi = await found('hanoi');
    expect(hanoi.length).to.be.above(0);
    expect(hanoi.length).to.be.below(events.length);
    // An actor's name finds the events it takes part in (the flagship's events name actors by id).
    const japan = koreanPeninsula.events.filter((event) => event.actors.includes('japan')).length;
    expect(await found('japan')).to.have.length.of.at.least(japan);
    expect(rootOf(host).querySelector('.count')?.textContent?.trim()).to.match(/^\d+ of \d+ events$/);
    expect(await found('no such thing at all')).to.deep.equal([]);
    expect(rootOf(host).querySelector('.empty')?.textContent).to.equal('No events match the search.');
  });

  it('moves between rows with the arrows, selects with Enter, and keeps one tab stop', async () => {
    const { state, host: pending } = listFixture(flagship());
    const host = await pending;
    const first = rows(host)[0]!;
    expect(rows(host).filter((row) => row.tabIndex === 0)).to.deep.equal([first]);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    const third = rows(host)[2]!;
    expect(rootOf(host).activeElement).to.equal(third);
    expect(rows(host).filter((row) => row.tabIndex === 0)).to.deep.equal([third]);
    expect(state.chosen, 'arrows alone select nothing').to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    host.requestUpdate();
    await host.updateComplete;
    expect(state.chosen).to.deep.equal([rowIndex(third)]);
    expect(third.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect(rootOf(host).activeElement).to.equal(rows(host).at(-1));
  });

  it('adds an event and selects it, and duplicates the selected one under a new id', async () => {
    const store = flagship();
    const { state, host: pending } = listFixture(store, 4);
    const host = await pending;
    const count = koreanPeninsula.events.length;
    button(host, 'Duplicate').click();
    expect(state.selected).to.equal(5);
    expect(store.get(['events', 5, 'title'])).to.equal(koreanPeninsula.events[4]!.title);
    expect(store.get(['events', 5, 'id'])).to.not.equal(koreanPeninsula.events[4]!.id);
    button(host, 'Add event').click();
    expect(state.selected).to.equal(count + 1);
    expect((store.draft.events as unknown[]).length).to.equal(count + 2);
  });

  it('deletes the selected event, says so with a way to undo, and Undo brings it back', async () => {
    const store = flagship();
    const { state, host: pending } = listFixture(store, 4);
    const host = await pending;
    const title = koreanPeninsula.events[4]!.title;
    button(host, 'Delete').click();
    host.requestUpdate();
    await host.updateComplete;
    expect((store.draft.events as { title: string }[]).some((event) => event.title === title)).to.equal(false);
    expect(state.selected, 'the next event in date order is selected').to.be.a('number');
    const notice = rootOf(host).querySelector('.notice');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(notice?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Deleted “${title}”. Undo`);
    button(host, 'Undo').click();
    host.requestUpdate();
    await host.updateComplete;
    expect(store.draft.events).to.deep.equal(koreanPeninsula.events);
    expect(state.selected).to.equal(4);
    expect(rootOf(host).activeElement?.id, 'the event brought back takes the focus').to.equal('event-row-4');
    expect(rootOf(host).querySelector('.notice')?.textContent?.trim()).to.equal('');
  });

  it('gives the focus to Add when the last event is deleted', async () => {
    const store = new EditorStore();
    store.addEvent({ title: 'Only' });
    const { host: pending } = listFixture(store, 0);
    const host = await pending;
    const remove = button(host, 'Delete');
    remove.focus();
    remove.click();
    host.requestUpdate();
    await host.updateComplete;
    expect(remove.disabled).to.equal(true);
    expect(rootOf(host).activeElement?.id).to.equal('field-events-add');
  });

  it('forgets the notice once the document changes again', async () => {
    const store = flagship();
    const { host: pending } = listFixture(store, 4);
    const host = await pending;
    button(host, 'Delete').click();
    await host.updateComplete;
    store.set(['title'], 'Another title');
    await host.updateComplete;
    expect(rootOf(host).querySelector('.notice')?.textContent?.trim()).to.equal('');
  });

  it('is accessible, with events, with a selection and empty', async () => {
    const parsed = parseTimeline(koreanPeninsula);
    expect(parsed.problems).to.deep.equal([]);
    await expect(await listFixture(flagship(), 3).host).to.be.accessible();
    await expect(await listFixture(new EditorStore()).host).to.be.accessible();
  });
});
