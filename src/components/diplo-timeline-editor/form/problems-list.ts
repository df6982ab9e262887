/**
 * Every problem the parser finds, grouped by what it is about (the timeline, an actor, an era,
 * an event by its title, in date order) and then by field; each one a button that takes the
 * author to the field (the editor selects the event and focuses the control, `focusField`).
 */
import { html } from 'lit';
import type { Problem } from '../../../model/index.js';
import { parsePathKey, type DraftPath } from '../state/draft.js';
import { readingLocale, type FormContext } from './context.js';
import { eventRows } from './event-rows.js';
import { problemLine } from './fields.js';
import { plural } from '../../../i18n/plural.js';
import type { EditorFormStrings, FieldName, ItemList } from './strings.js';

export interface ProblemsOptions {
  /** The author chose a problem: show and focus the field at `path`. */
  onJump: (path: DraftPath) => void;
}

const ITEM_LISTS = new Set<string>(['actors', 'eras', 'events', 'quotes', 'sources', 'media', 'related', 'tags']);

/**
 * Where in its item a problem is, in words: `['sources', 0, 'url']` → "Source 1 · Address (URL)",
 * `['when', 'start']` → "When · Start", `[]` → "As a whole".
 */
export function fieldName(rest: DraftPath, strings: EditorFormStrings): string {
  const words: string[] = [];
  rest.forEach((part, i) => {
    const before = rest[i - 1];
    if (typeof part === 'number' && typeof before === 'string' && ITEM_LISTS.has(before)) {
      words[words.length - 1] = strings.items[before as ItemList](part + 1);
    } else if (typeof part === 'string') {
      words.push(part in strings.fields ? strings.fields[part as FieldName] : part);
    } else {
      words.push(String(part + 1));
    }
  });
  return words.length ? words.join(' · ') : strings.wholeItem;
}

interface Group {
  key: string;
  heading: string;
  /** Problems by field, in the order they came. */
  fields: Map<string, { path: DraftPath; problem: Problem }[]>;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function groupsOf(ctx: FormContext): Group[] {
  const { store, strings } = ctx;
  const groups = new Map<string, Group>();
  const itemOf = (list: string, index: number): Record<string, unknown> => {
    const items = store.get([list]);
    const item: unknown = Array.isArray(items) ? items[index] : undefined;
    return typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  };
  for (const problem of store.result.problems) {
    const path = parsePathKey(problem.path);
    const [list, index] = path;
    const inItem = typeof index === 'number' && (list === 'actors' || list === 'eras' || list === 'events');
    const key = inItem ? `${list}[${String(index)}]` : '';
    let group = groups.get(key);
    if (!group) {
      let heading = strings.timeline;
      if (inItem && list === 'actors') heading = strings.actorGroup(textOf(itemOf(list, index).name) || strings.items.actors(index + 1));
      if (inItem && list === 'eras') heading = strings.eraGroup(textOf(itemOf(list, index).title) || strings.items.eras(index + 1));
      if (inItem && list === 'events') heading = strings.eventGroup(textOf(itemOf(list, index).title) || strings.untitled);
      group = { key, heading, fields: new Map() };
      groups.set(key, group);
    }
    const field = fieldName(inItem ? path.slice(2) : path, strings);
    const entries = group.fields.get(field) ?? [];
    entries.push({ path, problem });
    group.fields.set(field, entries);
  }
  // The timeline first, then actors and eras as listed, then events in date order.
  const order = new Map<string, number>([['', 0]]);
  const rank = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
  let next = 1;
  for (const list of ['actors', 'eras']) {
    const items = store.get([list]);
    if (Array.isArray(items)) items.forEach((_, i) => order.set(`${list}[${String(i)}]`, next++));
  }
  for (const row of eventRows(store.draft, readingLocale(ctx))) order.set(`events[${String(row.index)}]`, next++);
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

/** Every problem of the draft, grouped, each one a way to its field. */
export function renderProblems(ctx: FormContext, options: ProblemsOptions) {
  const { strings, lang, store } = ctx;
  const { errors, warnings } = store.counts;
  const groups = groupsOf(ctx);
  return html`<section class="form-section problems-list" aria-labelledby="heading-problems">
    <h2 id="heading-problems">${strings.problems}</h2>
    ${groups.length
      ? html`<p class="count">
            ${[errors ? plural(lang, strings.errorCount, errors) : '', warnings ? plural(lang, strings.warningCount, warnings) : '']
              .filter(Boolean)
              .join(' · ')}
          </p>
          <ul class="problem-groups">
            ${groups.map(
              (group) => html`<li>
                <h3 dir="auto">${group.heading}</h3>
                <ul class="problem-fields">
                  ${[...group.fields].map(
                    ([field, entries]) => html`<li>
                      <span class="problem-field">${field}</span>
                      <ul class="problems">
                        ${entries.map(
                          ({ path, problem }) => html`<li class=${problem.severity}>
                            <button
                              type="button"
                              class="jump"
                              @click=${() => {
                                options.onJump(path);
                              }}
                            >
                              ${problemLine(ctx, problem)}
                            </button>
                          </li>`,
                        )}
                      </ul>
                    </li>`,
                  )}
                </ul>
              </li>`,
            )}
          </ul>`
      : html`<p class="empty">${strings.noProblems}</p>`}
  </section>`;
}
