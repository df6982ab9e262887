/**
 * A list of items the author adds to, reorders and deletes (actors, eras, an event's quotes,
 * sources, media and related events). Each change is one undo step; after it, focus goes where
 * the author's attention is (the new item, the moved one, the next one after a delete), never
 * lost to the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DraftPath } from '../state/draft.js';
import { fieldId, groupId, type FormContext } from './context.js';
import { describe } from './fields.js';
import type { ItemList } from './strings.js';

export interface ItemsOptions {
  /** Where the list is: `['actors']`, `['events', 3, 'sources']`. */
  path: DraftPath;
  list: ItemList;
  /** The list's name, as its fieldset's legend. */
  legend: string;
  /** The id of a heading that names the list already (a section's): then no legend repeats it. */
  labelledBy?: string;
  /** What an item is called on its buttons ("North Korea", or "Source 2" when it has no name). */
  name?: (item: unknown, index: number) => string;
  /** The item's fields. */
  render: (itemPath: DraftPath, index: number) => TemplateResult;
  /** A new item. */
  make: () => unknown;
  /** Offer Up and Down (where the order shows to readers). */
  reorder?: boolean;
}

const rootOf = (event: Event): Node => (event.currentTarget as Element).getRootNode();

/** The items of a list in the draft ([] for anything that is not a list). */
export function itemsAt(ctx: FormContext, path: DraftPath): readonly unknown[] {
  const list = ctx.store.get(path);
  return Array.isArray(list) ? (list as unknown[]) : [];
}

export function itemsField(ctx: FormContext, options: ItemsOptions) {
  const { store, strings } = ctx;
  const items = itemsAt(ctx, options.path);
  const listProblems = describe(ctx, options.path);
  const add = (event: Event) => {
    store.insert(options.path, items.length, options.make(), strings.add(options.list));
    ctx.view.focusAfterUpdate(rootOf(event), [...options.path, items.length]);
  };
  const nameOf = (item: unknown, index: number) => {
    const name = options.name?.(item, index) ?? '';
    return name === '' ? strings.items[options.list](index + 1) : name;
  };
  const move = (event: Event, from: number, to: number, button: 'up' | 'down') => {
    store.move(options.path, from, to, strings[button === 'up' ? 'moveUp' : 'moveDown'](nameOf(items[from], from)));
    // The moved item keeps the focus; at either end of the list the other button is the one left.
    const edge = (to === 0 && button === 'up') || (to === items.length - 1 && button === 'down');
    const next = edge ? (button === 'up' ? 'down' : 'up') : button;
    ctx.view.focusAfterUpdate(rootOf(event), [...options.path, to, `move-${next}`]);
  };
  const remove = (event: Event, index: number) => {
    store.remove(options.path, index, strings.remove(nameOf(items[index], index)));
    const next = items.length === 1 ? [...options.path, 'add'] : [...options.path, Math.min(index, items.length - 2)];
    ctx.view.focusAfterUpdate(rootOf(event), next);
  };
  const body = html`${listProblems.problems}
    ${items.length
      ? html`<ol class="item-list">
          ${items.map((item, index) => {
            const itemPath = [...options.path, index];
            const name = nameOf(item, index);
            const whole = describe(ctx, itemPath);
            return html`<li class="item">
              <fieldset id=${groupId(itemPath)}>
                <legend>${strings.items[options.list](index + 1)}</legend>
                ${whole.problems} ${options.render(itemPath, index)}
                <div class="item-actions">
                  ${options.reorder
                    ? html`<button
                          type="button"
                          id=${fieldId([...itemPath, 'move-up'])}
                          aria-label=${strings.moveUp(name)}
                          ?disabled=${index === 0}
                          @click=${(event: Event) => {
                            move(event, index, index - 1, 'up');
                          }}
                        >
                          ${strings.up}
                        </button>
                        <button
                          type="button"
                          id=${fieldId([...itemPath, 'move-down'])}
                          aria-label=${strings.moveDown(name)}
                          ?disabled=${index === items.length - 1}
                          @click=${(event: Event) => {
                            move(event, index, index + 1, 'down');
                          }}
                        >
                          ${strings.down}
                        </button>`
                    : nothing}
                  <button
                    type="button"
                    class="delete"
                    id=${fieldId([...itemPath, 'delete'])}
                    aria-label=${strings.remove(name)}
                    @click=${(event: Event) => {
                      remove(event, index);
                    }}
                  >
                    ${strings.delete}
                  </button>
                </div>
              </fieldset>
            </li>`;
          })}
        </ol>`
      : nothing}
    <button type="button" class="add" id=${fieldId([...options.path, 'add'])} @click=${add}>${strings.add(options.list)}</button>`;
  return options.labelledBy
    ? html`<div class="items" role="group" id=${groupId(options.path)} aria-labelledby=${options.labelledBy}>${body}</div>`
    : html`<fieldset class="items" id=${groupId(options.path)}>
        <legend>${options.legend}</legend>
        ${body}
      </fieldset>`;
}
