/**
 * The list of events in date order, with a search, and Add, Duplicate and Delete. It is a
 * listbox with one tab stop: arrows, Home, End, Page Up and Page Down move between rows, Enter
 * or Space (or a click) selects. The editor owns which event is selected.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { plural } from '../../../i18n/plural.js';
import { uiStrings } from '../../../i18n/strings.js';
import type { EventKind } from '../../../model/index.js';
import { rovingTarget } from '../../shared/roving.js';
import { describerId, documentLanguage, fieldId, readingLocale, type FormContext } from './context.js';
import { eventRows, problemsByEvent, searchRows, type EventRow } from './event-rows.js';
import { severityIcon } from './fields.js';

export interface EventListOptions {
  /** The draft index of the selected event, if any. */
  selected: number | undefined;
  /** The author chose an event (or, after a delete that left none, nothing). */
  onSelect: (index: number | undefined) => void;
}

/** The id of an event's row in the list. */
export const rowId = (index: number) => `event-row-${String(index)}`;

const SEARCH_PATH = ['events', 'search'];
const LISTBOX_ID = 'event-listbox';

export function renderEventList(ctx: FormContext, options: EventListOptions) {
  const { store, strings, view, lang } = ctx;
  const all = eventRows(store.draft, readingLocale(ctx));
  const rows = searchRows(all, view.query);
  const tally = problemsByEvent(store.result.problems);
  const kinds = uiStrings(lang).kinds;
  // Titles and dates are the document's, in its language (dates read as its readers will see them).
  const dataLang = documentLanguage(ctx);
  const { selected, onSelect } = options;
  // The row that holds the tab stop: the one last moved to, else the selected one, else the first.
  const stop = rows.find((row) => row.index === view.activeRow) ?? rows.find((row) => row.index === selected) ?? rows[0];

  const choose = (row: EventRow) => {
    view.change({ activeRow: row.index });
    onSelect(row.index);
  };
  const onKeydown = (event: KeyboardEvent) => {
    const position = rows.findIndex((row) => row.index === stop?.index);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (stop) choose(stop);
      return;
    }
    const target = rovingTarget(event.key, Math.max(position, 0), rows.length);
    const row = target === undefined ? undefined : rows[target];
    if (!row) return;
    event.preventDefault();
    view.change({ activeRow: row.index });
    focusRow(event.currentTarget as HTMLElement, row.index);
  };

  const add = (event: Event) => {
    const index = store.addEvent({}, strings.addEvent);
    view.change({ query: '', activeRow: index });
    onSelect(index);
    view.focusAfterUpdate((event.currentTarget as Element).getRootNode(), ['events', index, 'title']);
  };
  const duplicate = () => {
    if (selected === undefined) return;
    const index = store.duplicateEvent(selected, strings.duplicateEvent);
    view.change({ activeRow: index });
    onSelect(index);
  };
  const remove = (event: Event) => {
    if (selected === undefined) return;
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    const title = all.find((row) => row.index === selected)?.title ?? '';
    // The next row in date order takes the selection (or the one before, at the end).
    const position = all.findIndex((row) => row.index === selected);
    const neighbour = all[position + 1] ?? all[position - 1];
    const next = neighbour === undefined ? undefined : neighbour.index > selected ? neighbour.index - 1 : neighbour.index;
    store.remove(['events'], selected, strings.deleteEvent);
    view.change({
      activeRow: next,
      notice: {
        text: strings.deleted(title === '' ? strings.untitled : title),
        revision: store.revision,
        undo: () => {
          store.undo();
          view.change({ activeRow: selected, notice: undefined });
          onSelect(selected);
          // The Undo button goes with the notice: the event brought back takes the focus.
          view.afterUpdate(() => {
            const list = [...root.querySelectorAll<HTMLElement>('[role="listbox"]')].find((element) => element.id === LISTBOX_ID);
            if (list) focusRow(list, selected);
          });
        },
      },
    });
    onSelect(next);
    // With the last event gone, Delete is disabled: Add takes the focus rather than the page.
    if (next === undefined) view.focusAfterUpdate(root, ['events', 'add']);
  };

  const notice = view.notice?.revision === store.revision ? view.notice : undefined;
  const count = view.query.trim() ? plural(lang, strings.eventsShown, all.length, rows.length) : plural(lang, uiStrings(lang).eventCount, all.length);
  return html`<section class="form-section event-list" aria-labelledby="heading-events">
    <h2 id="heading-events">${strings.fields.events}</h2>
    <div class="field search">
      <label for=${fieldId(SEARCH_PATH)}>${strings.search}</label>
      <input
        id=${fieldId(SEARCH_PATH)}
        type="search"
        autocomplete="off"
        aria-describedby=${describerId('hint', SEARCH_PATH)}
        aria-controls=${ifDefined(rows.length ? LISTBOX_ID : undefined)}
        .value=${live(view.query)}
        @input=${(event: Event) => {
          view.change({ query: (event.target as HTMLInputElement).value });
        }}
      />
      <p class="hint" id=${describerId('hint', SEARCH_PATH)}>${strings.searchHint}</p>
    </div>
    <div class="list-actions">
      <button type="button" class="add" id=${fieldId(['events', 'add'])} @click=${add}>${strings.addEvent}</button>
      <button type="button" ?disabled=${selected === undefined} @click=${duplicate}>${strings.duplicate}</button>
      <button type="button" class="delete" ?disabled=${selected === undefined} @click=${remove}>${strings.delete}</button>
    </div>
    <div class="notice" role="status">
      ${notice
        ? html`<span>${notice.text}</span>
            ${notice.undo ? html`<button type="button" @click=${notice.undo}>${strings.undo}</button>` : nothing}`
        : nothing}
    </div>
    <p class="count" role="status">${count}</p>
    ${rows.length
      ? html`<ul id=${LISTBOX_ID} class="rows" role="listbox" aria-label=${strings.eventList} @keydown=${onKeydown}>
          ${rows.map((row) => {
            const problems = tally.get(row.index);
            const total = (problems?.errors ?? 0) + (problems?.warnings ?? 0);
            return html`<li
              id=${rowId(row.index)}
              role="option"
              class=${row.when ? 'row' : 'row undated'}
              aria-selected=${row.index === selected ? 'true' : 'false'}
              tabindex=${row === stop ? '0' : '-1'}
              @click=${() => {
                choose(row);
              }}
            >
              <span class="row-date" lang=${row.when ? dataLang : lang}>
                ${row.when ? row.date : html`${row.date ? html`<span dir="ltr">${row.date}</span> · ` : nothing}${row.date ? strings.badDate : strings.noDate}`}
              </span>
              <span class="row-title" lang=${dataLang} dir="auto">${row.title || strings.untitled}</span>
              <span class="row-kind">${kinds[row.kind as EventKind] ?? row.kind}</span>
              ${total
                ? html`<span class=${problems?.errors ? 'row-problems error' : 'row-problems warning'}
                    >${severityIcon(problems?.errors ? 'error' : 'warning')} ${plural(lang, strings.problemCount, total)}</span
                  >`
                : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p class="empty">${all.length ? strings.noMatch : strings.noEvents}</p>`}
  </section>`;
}

/** Focuses a row (it takes the tab stop when the host renders). */
function focusRow(list: HTMLElement, index: number): void {
  const id = rowId(index);
  const row = [...list.querySelectorAll<HTMLElement>('[role="option"]')].find((option) => option.id === id);
  row?.focus();
  row?.scrollIntoView({ block: 'nearest' });
}
