/**
 * A long list, drawn so the first events show at once and no task blocks the page:
 *
 * - it renders in batches (FIRST_BATCH events, then a batch a frame, each sized to take about
 *   BATCH_MS);
 * - it is split into ordered lists of CHUNK events that skip layout while off screen
 *   (`content-visibility: auto`), so the browser watches a hundred lists, not ten thousand items;
 * - far-off events are light cards (kind, date, headline, status, actors, place, summary, in
 *   words, so find-in-page and screen readers reach them), made whole when the browser says
 *   their list became relevant (near the viewport, focused, a find-in-page match), and all
 *   whole before printing;
 * - lists off screen are sized at the average height of the items drawn so far.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/index.js';
import type { Item } from './view-model.js';

/** From this many events on, off-screen events skip rendering (content-visibility). */
export const MANY = 60;
/** Lists of a long timeline hold this many events each (numbering carried on with `start`). */
const CHUNK = 100;
/**
 * The first events, drawn whole from the start, are a list of their own, so that the next
 * hundred, drawn light, stay light until the reader comes near them.
 */
export const WHOLE_FIRST = 24;
const FIRST_BATCH = 150;
const BATCH = 150;
/** The time one batch may take to render, in milliseconds. */
const BATCH_MS = 30;

/** Browsers without the relevance event draw every card whole. */
export const LITE_CARDS = typeof window !== 'undefined' && 'ContentVisibilityAutoStateChangeEvent' in window;

/** Which list of a long timeline the event at `index` is in. */
export function chunkOf(index: number): number {
  return index < WHOLE_FIRST ? -1 : Math.floor((index - WHOLE_FIRST) / CHUNK);
}

/** Consecutive items in the same list of a long timeline. */
export function chunksOf(items: readonly Item[]): Item[][] {
  const chunks: Item[][] = [];
  let current: Item[] = [];
  let last: number | undefined;
  for (const item of items) {
    const chunk = chunkOf(item.index);
    if (chunk !== last) chunks.push((current = []));
    current.push(item);
    last = chunk;
  }
  return chunks;
}

export interface ProgressiveHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  /** The list is drawn only in the vertical layout: growing it otherwise would render for nothing. */
  readonly resolvedLayout: 'vertical' | 'horizontal';
}

export class ProgressiveList implements ReactiveController {
  /** How many of the shown events are rendered so far. */
  limit = Infinity;
  /** Every card whole: printing, or a browser that cannot say when a light card comes near. */
  allWhole = false;

  private _frame = 0;
  private _run = 0;
  private _paused = false;
  private _batch = BATCH;
  private _items: readonly Item[] = [];
  /** How many items the last list had. */
  private _drawn = 0;
  /** Events drawn whole in a long list (the others are light until relevant). */
  private _whole = new WeakSet<TimelineEvent>();
  /** The lists (by chunkOf) the browser last said are relevant. */
  private _relevantChunks = new Set<number>();
  private _sized = new WeakSet<Element>();
  private _sizes = { height: 0, items: 0 };

  constructor(private readonly _host: ProgressiveHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    // Detached half-way through a long list: carry on where it stopped.
    if (this._host.hasUpdated && this.limit !== Infinity) this._schedule();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this._run++;
  }

  hostUpdated(): void {
    if (this._paused && this.limit !== Infinity && this._host.resolvedLayout === 'vertical') this._schedule();
  }

  /**
   * Starts over for a new list (new data, a filter, a view). Not progressive on the server,
   * nor when hydrating a server render (the first client render must match the server's,
   * which has every event).
   */
  reset(items: readonly Item[], progressive: boolean): void {
    this._items = items;
    this._relevantChunks.clear();
    this._sized = new WeakSet();
    this._sizes = { height: 0, items: 0 };
    // A list already drawn to its end that changed a little (an edit, a filter) is drawn whole
    // again: its items are kept, so only what changed costs anything.
    const drawn = this.limit === Infinity && this._host.hasUpdated && items.length <= this._drawn + BATCH;
    this._drawn = items.length;
    if (isServer || !progressive || items.length <= FIRST_BATCH || drawn) {
      if (!isServer) cancelAnimationFrame(this._frame);
      this._run++;
      this.limit = Infinity;
      return;
    }
    this.limit = FIRST_BATCH;
    this._batch = BATCH;
    this._schedule();
  }

  /** Makes sure the event at `index` is rendered (progressive rendering may not have reached it). */
  ensureRendered(index: number): void {
    if (index < this.limit) return;
    cancelAnimationFrame(this._frame);
    this._run++;
    this.limit = Infinity;
    this._host.requestUpdate();
  }

  /** Whether an item is drawn as a whole card in a list of light ones. */
  isWhole(item: Item, focusIndex: number): boolean {
    return item.index < WHOLE_FIRST || item.index === focusIndex || this._whole.has(item.event) || this._relevantChunks.has(chunkOf(item.index));
  }

  /** Every card whole: before printing, and in a browser without the relevance event. */
  showAllWhole = (): void => {
    if (this.allWhole) return;
    this.allWhole = true;
    this.ensureRendered(Infinity);
    this._host.requestUpdate();
  };

  /** A list near the viewport, focused or found by find-in-page: its cards become whole. */
  onRelevant = {
    capture: true,
    handleEvent: (event: Event) => {
      const list = event.target as HTMLElement;
      const first = list.querySelector<HTMLElement>(':scope > li.event');
      const chunk = first ? chunkOf(Number(first.getAttribute('data-index'))) : undefined;
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) {
        if (chunk !== undefined) this._relevantChunks.delete(chunk);
        return;
      }
      // Items added to this list while it stays relevant (a long list still rendering) are whole too.
      if (chunk !== undefined) this._relevantChunks.add(chunk);
      let changed = false;
      for (const li of list.querySelectorAll<HTMLElement>(':scope > li.lite')) {
        const item = this._items[Number(li.dataset.index)];
        if (!item || this._whole.has(item.event)) continue;
        this._whole.add(item.event);
        changed = true;
      }
      if (changed) this._host.requestUpdate();
      void this._host.updateComplete.then(() => {
        requestAnimationFrame(() => {
          this._learnItemSize(list);
        });
      });
    },
  };

  /**
   * Lists off screen take the size of their items at the average height of the items drawn
   * so far (a guess of 9rem before any is drawn): the scrollbar, find-in-page and
   * scrollIntoView then land where the list will be, with little shift as lists come near.
   */
  private _learnItemSize(list: HTMLElement): void {
    const items = list.querySelectorAll(':scope > li.event:not(.lite)').length;
    if (this._sized.has(list) || !list.isConnected || items !== list.children.length || !items) return;
    const height = list.getBoundingClientRect().height;
    if (!height) return;
    this._sized.add(list);
    this._sizes.height += height;
    this._sizes.items += items;
    const estimate = Math.round(this._sizes.height / this._sizes.items);
    list.closest<HTMLElement>('[part="list"]')?.style.setProperty('--_item-size', `${String(estimate)}px`);
  }

  /** Adds the next batch on the next frame, sized to the time the last one took. */
  private _schedule(): void {
    cancelAnimationFrame(this._frame);
    this._paused = this._host.resolvedLayout === 'horizontal';
    if (this._paused) return;
    const run = ++this._run;
    this._frame = requestAnimationFrame(() => void this._grow(run));
  }

  private async _grow(run: number): Promise<void> {
    if (this.limit >= this._items.length) {
      this.limit = Infinity;
      return;
    }
    const start = performance.now();
    this.limit += this._batch;
    this._host.requestUpdate();
    await this._host.updateComplete;
    if (run !== this._run) return;
    const spent = Math.max(1, performance.now() - start);
    this._batch = Math.round(Math.min(4 * this._batch, Math.max(BATCH / 2, (this._batch * BATCH_MS) / spent)));
    this._schedule();
  }
}
