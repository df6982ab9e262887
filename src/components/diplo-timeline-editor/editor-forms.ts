/**
 * The forms pane: the timeline's own fields, its actors and eras, the list of events and the
 * selected event's form, and the list of problems that jumps to each field. Composes the form
 * modules (form/) over the store; the element owns which event is selected.
 */
import { css, html, type ReactiveControllerHost } from 'lit';
import type { DateLocale } from '../../model/index.js';
import type { ShellStrings } from './shell-strings.js';
import type { DraftPath } from './state/draft.js';
import type { EditorStore } from './state/editor-store.js';

export interface FormsOptions {
  /** The author picked an event (in the list, or by adding one). */
  select(index: number): void;
  selected(): number | undefined;
}

export interface FormsRenderOptions {
  lang: string;
  dateLocale?: DateLocale;
  onJump(path: DraftPath): void;
}

export class EditorForms {
  static styles = css``;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _store: () => EditorStore,
    private readonly _options: FormsOptions,
  ) {}

  /** Focuses the field at a path (after the element rendered it). */
  focus(path: DraftPath): void {
    void path;
  }

  render(strings: ShellStrings, options: FormsRenderOptions) {
    void options;
    void this._host;
    void this._store;
    void this._options;
    return html`<p>${strings.selectEvent}</p>`;
  }
}
