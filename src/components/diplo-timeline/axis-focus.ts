/**
 * Keyboard and pointer on the horizontal view's events: the events are one tab stop (roving
 * tabindex, keys mapped by `rovingTarget` as in the list, with the arrow that points later in
 * time moving later); Enter, Space or a click selects an event and opens its card; Escape
 * closes the card; + and − zoom at the focused event.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/index.js';
import { rovingTarget } from '../shared/roving.js';

export interface AxisFocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly direction: 'ltr' | 'rtl';
}

export interface AxisFocusOptions {
  /** The events, in time order. */
  events(): readonly TimelineEvent[];
  /** Pans so that the event is in the window. */
  reveal(event: TimelineEvent): void;
  /** Zooms by a factor, at the focused event if it is in the window. */
  zoom(factor: number, at: TimelineEvent | undefined): void;
}

/** How much a zoom key zooms. */
const ZOOM_STEP = 1.5;

/** The event item (drawn or echoed) an event came from, by its `data-id`. */
function idFrom(event: Event): string | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && (node.classList.contains('event') || node.classList.contains('echo'))) return node.dataset.id;
  }
  return undefined;
}

export class AxisFocus {
  private _focusId?: string;
  private _selectedId?: string;

  constructor(
    private readonly _host: AxisFocusHost,
    private readonly _options: AxisFocusOptions,
  ) {}

  /** The event that holds the tab stop (the first drawn when none does). */
  get focusId(): string | undefined {
    return this._focusId;
  }

  set focusId(id: string | undefined) {
    if (id === this._focusId) return;
    this._focusId = id;
    this._host.requestUpdate();
  }

  /** The event whose card is open. */
  get selectedId(): string | undefined {
    return this._selectedId;
  }

  set selectedId(id: string | undefined) {
    if (id === this._selectedId) return;
    this._selectedId = id;
    this._host.requestUpdate();
  }

  /** Lets go of a focused event that is no longer shown (new data, a filter). */
  forgetMissing(events: readonly TimelineEvent[]): void {
    if (this._focusId && !events.some((event) => event.id === this._focusId)) this._focusId = undefined;
  }

  /** The list item of an event, if drawn. */
  element(id: string): HTMLElement | undefined {
    return [...this._host.renderRoot.querySelectorAll<HTMLElement>('li.event')].find((li) => li.dataset.id === id);
  }

  /** Focuses an event: reveals it, then moves keyboard focus to it. */
  async focusEvent(id: string): Promise<boolean> {
    const event = this._find(id);
    if (!event) return false;
    this.focusId = id;
    this._options.reveal(event);
    await this._host.updateComplete;
    this.element(id)?.focus({ preventScroll: true });
    return true;
  }

  /** Opens an event's card, revealing the event. */
  async selectEvent(id: string): Promise<boolean> {
    const event = this._find(id);
    if (!event) return false;
    this.selectedId = id;
    this.focusId = id;
    this._options.reveal(event);
    await this._host.updateComplete;
    return true;
  }

  /** The reader chose an event: its card opens, and `diplo-select` tells the page. */
  activate(event: TimelineEvent): void {
    this.selectedId = event.id;
    this.focusId = event.id;
    this._host.dispatchEvent(new CustomEvent('diplo-select', { detail: { id: event.id, event }, bubbles: true, composed: true }));
  }

  private _find(id: string | undefined): TimelineEvent | undefined {
    return id === undefined ? undefined : this._options.events().find((event) => event.id === id);
  }

  onClick = (e: MouseEvent): void => {
    const event = this._find(idFrom(e));
    if (event) this.activate(event);
  };

  onFocusIn = (e: FocusEvent): void => {
    const id = idFrom(e);
    if (id !== undefined) this.focusId = id;
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const onItem = (e.target as HTMLElement).classList.contains('event');
    switch (e.key) {
      case '+':
      case '=':
      case '-':
      case '_':
        this._options.zoom(e.key === '+' || e.key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP, this._find(this._focusId));
        break;
      case 'Enter':
      case ' ': {
        const event = this._find(this._focusId);
        if (!onItem || !event) return;
        this.activate(event);
        break;
      }
      case 'Escape':
        if (!this._selectedId) return;
        this.selectedId = undefined;
        break;
      default: {
        if (!onItem) return;
        const events = this._options.events();
        const current = events.findIndex((event) => event.id === this._focusId);
        // Later in time is rightwards, or leftwards when the axis runs right to left.
        const next = rovingTarget(e.key, current, events.length, { later: this._host.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
        const target = next === undefined ? undefined : events[next];
        if (!target) return;
        void this.focusEvent(target.id);
      }
    }
    e.preventDefault();
  };
}
