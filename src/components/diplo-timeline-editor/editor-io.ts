/**
 * The editor's storage and files, as the author meets them: the document saved in the browser
 * as it changes and restored on the next visit, another tab's changes noticed (never silently
 * overwritten), a warning before leaving with changes not yet exported; import (open a file,
 * drop one, paste, a link) and export (JSON, CSV, embed code, static HTML). The work is done by
 * state/ and io/; this is their controls, status and dialogs.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { plural } from '../../i18n/plural.js';
import { uiStrings } from '../../i18n/strings.js';
import { copyText, downloadFile, embedSnippet, exportCSV, exportJSON, fileName, inlineEmbedSnippet } from './io/export.js';
import { importFile, importPasted, type ImportResult } from './io/import.js';
import type { ShellStrings } from './shell-strings.js';
import type { EditorStore } from './state/editor-store.js';
import { guardLeaving } from './state/leave-guard.js';
import { Autosave } from './state/persistence.js';

export interface IOHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Where the embed code loads the reader's bundle from. */
  readonly bundleUrl: string;
}

type Dialog = 'paste' | 'link';

export class EditorIO implements ReactiveController {
  private _autosave?: Autosave;
  private _stopAutosave?: () => void;
  private _stopGuard?: () => void;
  /** The last thing to tell the author (an import's summary, "Copied"), in a polite live region. */
  private _message = '';
  private _error = false;
  private _open?: 'import' | 'export';
  private _dialog = createRef<HTMLDialogElement>();
  private _dialogKind: Dialog = 'paste';
  private _fileInput = createRef<HTMLInputElement>();
  private _textInput = createRef<HTMLTextAreaElement | HTMLInputElement>();
  private _busy?: AbortController;
  private _strings?: ShellStrings;

  constructor(
    private readonly _host: IOHost,
    private readonly _store: () => EditorStore,
    /** The interface's language (the element's, or its nearest ancestor's). */
    private readonly _lang: () => string,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._stopGuard = guardLeaving(this._store());
    this._host.addEventListener('dragover', this._onDragOver);
    this._host.addEventListener('drop', this._onDrop);
  }

  hostDisconnected(): void {
    this._stopGuard?.();
    this._stopGuard = undefined;
    this._stopAutosave?.();
    this._autosave?.dispose();
    this._autosave = undefined;
    this._host.removeEventListener('dragover', this._onDragOver);
    this._host.removeEventListener('drop', this._onDrop);
    this._busy?.abort();
  }

  /** Opens the document kept under a key: its last version in this browser, then keeps saving it. */
  async open(key: string): Promise<void> {
    this._stopAutosave?.();
    this._autosave?.dispose();
    const autosave = new Autosave(this._store(), `diplo-timeline-editor:${key}`, {
      labels: { fromOtherTab: this._strings?.conflict, takeTheirs: this._strings?.takeTheirs },
    });
    this._autosave = autosave;
    this._stopAutosave = autosave.subscribe(() => {
      this._host.requestUpdate();
    });
    await autosave.restore();
    this._host.requestUpdate();
  }

  /** Resolves once the stored version is restored (or known to be absent). */
  get ready(): Promise<void> {
    return this._autosave?.ready ?? Promise.resolve();
  }

  private _say(message: string, error = false): void {
    this._message = message;
    this._error = error;
    this._host.requestUpdate();
  }

  /** Takes what an import read: the draft in (undoably), a summary out; or says what the input is instead. */
  private _imported(result: ImportResult): void {
    const strings = this._strings;
    if (!strings) return;
    if (!result.ok) {
      this._say(strings.notATimeline[result.kind], true);
      return;
    }
    this._store().replace(result.draft, strings.importLabel);
    const lang = this._lang();
    const problems = this._store().result.problems.length;
    this._say(`${plural(lang, strings.imported, result.counts.events)}${problems ? ` ${plural(lang, strings.importedProblems, problems)}` : ''}`);
  }

  private _onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  private _onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void importFile(file).then((result) => {
      this._imported(result);
    });
  };

  private _onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    this._open = undefined;
    if (file) {
      void importFile(file).then((result) => {
        this._imported(result);
      });
    }
  };

  private _showDialog(kind: Dialog): void {
    this._dialogKind = kind;
    this._open = undefined;
    this._host.requestUpdate();
    void this._host.updateComplete.then(() => {
      this._dialog.value?.showModal();
      this._textInput.value?.focus();
    });
  }

  private _onDialogSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const text = this._textInput.value?.value.trim() ?? '';
    this._dialog.value?.close();
    if (!text) return;
    this._busy?.abort();
    const busy = (this._busy = new AbortController());
    void importPasted(text, { signal: busy.signal }).then((result) => {
      if (!busy.signal.aborted) this._imported(result);
    });
  };

  private async _export(kind: 'json' | 'csv' | 'embed' | 'inline' | 'html'): Promise<void> {
    const strings = this._strings;
    if (!strings) return;
    this._open = undefined;
    const store = this._store();
    const draft = store.draft;
    const options = { bundleUrl: this._host.bundleUrl, lang: this._lang() };
    if (kind === 'json') {
      downloadFile(fileName(draft, 'json'), exportJSON(draft));
      store.markSaved();
    } else if (kind === 'csv') {
      const { text } = await exportCSV(draft);
      downloadFile(fileName(draft, 'csv'), text, 'text/csv');
    } else {
      let text: string;
      if (kind === 'embed') text = embedSnippet({ ...options, src: fileName(draft, 'json') });
      else if (kind === 'inline') text = inlineEmbedSnippet(draft, options);
      else text = await import('./io/static-html.js').then(({ staticTimelineHTML }) => staticTimelineHTML(draft, { lang: this._lang() }));
      const copied = await copyText(text);
      if (copied && kind !== 'embed') store.markSaved();
      this._say(copied ? strings.copied : strings.saveFailed, !copied);
      return;
    }
    this._host.requestUpdate();
  }

  private _toggle(menu: 'import' | 'export'): void {
    this._open = this._open === menu ? undefined : menu;
    this._host.requestUpdate();
  }

  /** Import and Export: each a button that shows its list of actions. */
  renderMenus(strings: ShellStrings) {
    this._strings = strings;
    const item = (label: string, action: () => void) => html`<li><button type="button" class="menu-item" @click=${action}>${label}</button></li>`;
    return html`
      <div class="menu">
        <button type="button" aria-expanded=${this._open === 'import' ? 'true' : 'false'} aria-controls="import-menu" @click=${() => {
          this._toggle('import');
        }}>${strings.importLabel}</button>
        <ul id="import-menu" class="menu-list" ?hidden=${this._open !== 'import'}>
          ${item(strings.openFile, () => {
            this._fileInput.value?.click();
          })}
          ${item(strings.paste, () => {
            this._showDialog('paste');
          })}
          ${item(strings.fromUrl, () => {
            this._showDialog('link');
          })}
        </ul>
        <input ${ref(this._fileInput)} type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values" hidden @change=${this._onFile} />
      </div>
      <div class="menu">
        <button type="button" aria-expanded=${this._open === 'export' ? 'true' : 'false'} aria-controls="export-menu" @click=${() => {
          this._toggle('export');
        }}>${strings.exportLabel}</button>
        <ul id="export-menu" class="menu-list" ?hidden=${this._open !== 'export'}>
          ${item(strings.downloadJson, () => void this._export('json'))}
          ${item(strings.downloadCsv, () => void this._export('csv'))}
          ${item(strings.copyEmbed, () => void this._export('embed'))}
          ${item(strings.copyEmbedInline, () => void this._export('inline'))}
          ${item(strings.copyHtml, () => void this._export('html'))}
        </ul>
      </div>
    `;
  }

  /** Where the work stands: saved in this browser, not exported, another tab's version, storage refused; and the last message. */
  renderStatus(strings: ShellStrings) {
    const autosave = this._autosave;
    const status = autosave?.status;
    const conflict = autosave?.conflict;
    const saved = status === 'saving' || status === 'pending' ? strings.saving : status === 'saved' ? strings.saved : '';
    const theirs = conflict?.theirs;
    const theirEvents = Array.isArray(theirs?.events) ? theirs.events.length : 0;
    return html`<div class="status-line">
      <p class="save-status">
        ${saved}${this._store().dirty && status !== 'unavailable' ? html` · <span class="unexported">${strings.notSaved}</span>` : nothing}
      </p>
      ${status === 'unavailable' ? html`<p class="banner error" role="alert">${strings.storageUnavailable}</p>` : nothing}
      ${conflict
        ? html`<div class="banner conflict" role="alert">
            <p>${strings.conflict} ${strings.conflictTheirs(typeof theirs?.title === 'string' && theirs.title ? theirs.title : strings.untitled, plural(this._lang(), uiStrings(this._lang()).eventCount, theirEvents))}</p>
            <button
              type="button"
              @click=${() => {
                autosave?.takeTheirs();
              }}
            >
              ${strings.takeTheirs}
            </button>
            <button type="button" @click=${() => void autosave?.keepMine()}>${strings.keepMine}</button>
          </div>`
        : nothing}
      <p class=${this._error ? 'message error' : 'message'} role="status">${this._message}</p>
    </div>`;
  }

  /** The dialog for pasted text or a link. */
  renderDialogs(strings: ShellStrings) {
    const link = this._dialogKind === 'link';
    return html`<dialog ${ref(this._dialog)} class="import-dialog" aria-labelledby="import-dialog-title">
      <form method="dialog" @submit=${this._onDialogSubmit}>
        <h2 id="import-dialog-title">${link ? strings.fromUrl.replace(/…$/, '') : strings.paste.replace(/…$/, '')}</h2>
        <p id="import-dialog-hint" class="hint">${link ? strings.urlHint : strings.pasteHint}</p>
        ${link
          ? html`<input ${ref(this._textInput)} type="url" aria-labelledby="import-dialog-title" aria-describedby="import-dialog-hint" placeholder="https://docs.google.com/spreadsheets/…/pub?output=csv" />`
          : html`<textarea ${ref(this._textInput)} rows="10" aria-labelledby="import-dialog-title" aria-describedby="import-dialog-hint"></textarea>`}
        <div class="dialog-actions">
          <button type="button" @click=${() => this._dialog.value?.close()}>${strings.cancel}</button>
          <button type="submit" class="primary">${strings.load}</button>
        </div>
      </form>
    </dialog>`;
  }
}
