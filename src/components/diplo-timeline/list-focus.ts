/**
 * Keyboard and pointer in the vertical list: the list is one tab stop (roving tabindex);
 * arrows, Home/End and Page Up/Down move between events, Enter or Space (or a click on a
 * card) selects one. A light item that takes focus (a click, a screen reader) becomes whole
 * and keeps the focus.
 */
import type { ReactiveControllerHost } from 'lit';
import { rovingTarget } from '../shared/roving.js';
import type { Item } from './view-model.js';

export interface ListFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ListFocusOptions {
  /** The items shown, in order. */
  items(): readonly Item[];
  /** Makes sure the item at an index is drawn (a long list may not have reached it). */
  ensureRendered(index: number): void;
  /** The reader activated an item. */
  select(item: Item): void;
}

export class ListFocus {
  private _index = 0;

  constructor(
    private readonly _host: ListFocusHost,
    private readonly _options: ListFocusOptions,
  ) {}

  /** The item that holds the tab stop. */
  get index(): number {
    return this._index;
  }

  set index(value: number) {
    if (value === this._index) return;
    this._index = value;
    this._host.requestUpdate();
  }

  /** Keeps the tab stop on an item that exists (after a filter or new data). */
  clamp(count: number): void {
    if (this._index >= count) this._index = Math.max(0, count - 1);
  }

  /** The list item element at an index, if drawn. */
  element(index: number): HTMLElement | undefined {
    return this._host.renderRoot.querySelectorAll<HTMLElement>('li.event')[index];
  }

  private _itemFrom(event: Event): Item | undefined {
    const li = event.composedPath().find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.classList.contains('event'));
    const index = li ? Number(li.dataset.index) : Number.NaN;
    return Number.isInteger(index) ? this._options.items()[index] : undefined;
  }

  onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('event')) return;
    const item = this._itemFrom(event);
    const count = this._options.items().length;
    if (!item || !count) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._select(item);
      return;
    }
    const next = rovingTarget(event.key, item.index, count);
    if (next === undefined) return;
    event.preventDefault();
    this.index = next;
    this._options.ensureRendered(next);
    void this._host.updateComplete.then(() => {
      this.element(next)?.focus();
    });
  };

  onClick = (event: MouseEvent): void => {
    const interactive = event.composedPath().some((node) => node instanceof HTMLAnchorElement || node instanceof HTMLButtonElement);
    if (interactive) return;
    const item = this._itemFrom(event);
    if (item) this._select(item);
  };

  onFocusIn = (event: FocusEvent): void => {
    const item = this._itemFrom(event);
    if (!item || item.index === this._index) return;
    this.index = item.index;
    // A light item (clicked, or reached by a screen reader) becomes whole: a new element, so
    // focus moves to it, where the reader put it.
    const target = event.target as Element;
    if (!target.classList.contains('lite')) return;
    void this._host.updateComplete.then(() => {
      if (target.isConnected || this._host.renderRoot.querySelector(':focus')) return;
      const whole = this._host.renderRoot.querySelector<HTMLElement>(`li.event[data-index="${String(item.index)}"]`);
      if (whole && !whole.classList.contains('lite')) whole.focus({ preventScroll: true });
    });
  };

  private _select(item: Item): void {
    this.index = item.index;
    this._options.select(item);
  }
}
