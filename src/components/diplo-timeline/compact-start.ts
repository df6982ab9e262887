/**
 * The compact start: a timeline drawn in the browser first takes a height known before its
 * data arrives (`--diplo-start-size`; by default 40rem or 80vh, whichever is more; the README
 * gives pages the same rule for the element before its script runs), shows what fits, and
 * ends in a "Show all N events" button. Text below the timeline then never moves while the data loads, the horizontal view's
 * chunk arrives or the cards fill in: the reader's page does not jump (no layout shift).
 *
 * The timeline opens for good when the reader asks (the button), moves focus below the fold
 * (keyboard), finds text there (find-in-page scrolls the box), or a link or method reveals an
 * event; shifts that follow the reader's own input do not count against the page. A timeline
 * whose content fits in the first size is drawn at its own height once it has settled.
 * Server-rendered timelines and `expanded` ones are drawn whole from the start.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { plural } from '../../i18n/plural.js';
import type { UiStrings } from '../../i18n/strings.js';

export interface CompactHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface CompactOptions {
  /** Whether this timeline starts compact at all (not server-rendered, not `expanded`). */
  eligible(): boolean;
  /** Resolves once what the data draws is on screen (the axis too, in the horizontal view). */
  settled(): Promise<unknown>;
  /** The list's roving tab stop. */
  roving: { index: number };
}

export class CompactStart {
  /** The reader asked for every event, or reached one below the fold. */
  private _open = false;
  /** What the data draws fits in the first size: nothing is clipped. */
  private _fits = false;
  /** The data last measured. */
  private _measured?: unknown;

  constructor(
    private readonly _host: CompactHost,
    private readonly _options: CompactOptions,
  ) {}

  /** Drawn at the first size, clipped, with the button. */
  get active(): boolean {
    return !this._open && !this._fits && this._options.eligible();
  }

  /** Opens the timeline for good. */
  open(): void {
    if (this._open) return;
    this._open = true;
    this._host.requestUpdate();
  }

  /** After an update: new data is drawn compact, then measured once on screen. */
  check(data: unknown): void {
    if (!data || data === this._measured || !this._options.eligible() || this._open) return;
    this._measured = data;
    if (this._fits) {
      this._fits = false;
      this._host.requestUpdate();
    }
    void this._options.settled().then(() => {
      const base = this._host.renderRoot.querySelector('.base');
      if (this._measured === data && base && base.scrollHeight <= base.clientHeight + 1) {
        this._fits = true;
        this._host.requestUpdate();
      }
    });
  }

  private _base(event: Event): HTMLElement {
    return event.currentTarget as HTMLElement;
  }

  /** Keyboard focus that lands below the fold opens the timeline. */
  onFocusIn = (event: FocusEvent): void => {
    if (!this.active) return;
    const target = event.target as HTMLElement;
    const more = this._host.renderRoot.querySelector('.more');
    if (more?.contains(target)) return;
    const bottom = (more ?? this._base(event)).getBoundingClientRect().top;
    if (target.getBoundingClientRect().bottom > bottom) this.open();
  };

  /** Find-in-page (or focus) scrolls the clipped box: open it instead. */
  onScroll = (event: Event): void => {
    const base = this._base(event);
    if (base.scrollTop === 0) return;
    base.scrollTop = 0;
    if (this.active) this.open();
  };

  private _onShowAll = (event: Event): void => {
    const base = (event.currentTarget as HTMLElement).closest('.base');
    const more = this._host.renderRoot.querySelector('.more');
    const clipLine = more?.getBoundingClientRect().top ?? base?.getBoundingClientRect().bottom ?? 0;
    this.open();
    void this._focusFrom(clipLine);
  };

  /** After "Show all", the keyboard goes to the first event the reader had not seen (in the list). */
  private async _focusFrom(clipLine: number): Promise<void> {
    await this._host.updateComplete;
    const items = [...this._host.renderRoot.querySelectorAll<HTMLElement>('li.event')];
    const next = items.find((item) => item.getBoundingClientRect().bottom > clipLine) ?? items[0];
    if (!next?.dataset.index) return;
    this._options.roving.index = Number(next.dataset.index);
    await this._host.updateComplete;
    next.focus();
  }

  /** The button over the fold. */
  render(strings: UiStrings, lang: string, total: number | undefined) {
    if (!this.active || !total) return nothing;
    return html`<div class="more">
      <button type="button" part="show-all" class="show-all" @click=${this._onShowAll}>${plural(lang, strings.showAllEvents, total)}</button>
    </div>`;
  }
}
