import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { plural } from '../../i18n/plural.js';
import type { ParseResult, Problem, Timeline } from '../../model/index.js';
import { ElementLanguage } from '../shared/element-language.js';
import { themeStyles } from '../shared/theme.styles.js';
import { editorStyles } from './diplo-timeline-editor.styles.js';
import { EditorForms } from './editor-forms.js';
import { formStrings } from './form/strings.js';
import { EditorIO } from './editor-io.js';
import { PreviewPane } from './preview-pane.js';
import { shellStrings } from './shell-strings.js';
import type { Draft, DraftPath } from './state/draft.js';
import { EditorStore } from './state/editor-store.js';

/** The reader's bundle beside this module's, when this is the standalone editor bundle. */
function defaultBundleUrl(): string {
  try {
    return new URL(import.meta.url.includes('/chunks/') ? '../diplo-timeline.bundle.js' : 'diplo-timeline.bundle.js', import.meta.url).href;
  } catch {
    return 'diplo-timeline.bundle.js';
  }
}

/** `diplo-editor-change`: the author changed the timeline (at most once a frame). */
export interface DiploEditorChangeDetail {
  /** The document as typed. */
  draft: Draft;
  /** What a reader would see, and what is wrong. */
  timeline: Timeline;
  problems: readonly Problem[];
}

declare global {
  interface HTMLElementEventMap {
    'diplo-editor-change': CustomEvent<DiploEditorChangeDetail>;
  }
}

/**
 * An editor for a timeline: every field of the document in forms that say at once what is
 * wrong, a live preview as readers will see it (list or time axis, phone or desktop width),
 * import from JSON, TimelineJS, CSV/TSV or a published sheet, export as JSON, CSV, an embed
 * code or static HTML, undo and redo, and every change saved in the browser as it happens.
 *
 * @summary Write, check and publish a timeline in the browser.
 *
 * @fires {CustomEvent<DiploEditorChangeDetail>} diplo-editor-change - The author changed the timeline; `detail: { draft, timeline, problems }`.
 *
 * @csspart header - The editor's header: title, problem counts, undo and redo, import and export.
 * @csspart forms - The pane of forms.
 * @csspart preview - The preview pane.
 *
 * @cssproperty --diplo-surface - Background.
 * @cssproperty --diplo-text - Text colour.
 * @cssproperty --diplo-accent - Buttons and links.
 * @cssproperty --diplo-focus - The focus ring.
 * @cssproperty --diplo-failed - Errors.
 */
export class DiploTimelineEditor extends LitElement {
  static override styles = [themeStyles, editorStyles, EditorForms.styles];

  /** A timeline to open (any value: JSON, a parsed timeline); replaces what is being edited. */
  @property({ attribute: false }) data: unknown;

  /**
   * Where this document is kept in the browser: editors with different keys edit different
   * timelines; a reload reopens the same key's last version.
   */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /**
   * Where the embed code loads the reader's bundle from (the editor cannot know where the page
   * will be published): by default, beside the editor's own bundle.
   */
  @property({ attribute: 'bundle-url' }) bundleUrl = defaultBundleUrl();

  /** `light` or `dark` to override the author's colour-scheme preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The event shown in the event form: its index in the document's list. */
  @state() private _selected?: number;

  private _store = new EditorStore();
  private _language = new ElementLanguage(this);
  private _unsubscribe?: () => void;
  private _changeFrame = 0;

  private _preview = new PreviewPane(this, () => this._store, {
    onSelect: (id) => {
      const index = this._eventIndex(id);
      if (index === undefined) return;
      this._select(index, false);
      void this.updateComplete.then(() => {
        this._forms.reveal(index);
      });
    },
  });

  private _forms = new EditorForms(this, () => this._store, {
    select: (index) => {
      if (index === undefined) this._selected = undefined;
      else this._select(index, true);
    },
    selected: () => this._selected,
  });

  private _io = new EditorIO(
    this,
    () => this._store,
    () => this._language.lang,
  );

  /** The document as typed. */
  get draft(): Draft {
    return this._store.draft;
  }

  /** What the parser makes of it: the timeline a reader would see, and its problems. */
  get result(): ParseResult {
    return this._store.result;
  }

  /** Resolves once the document kept in this browser under `storage-key` is restored (or known to be absent). */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => this._io.ready);
  }

  undo(): void {
    this._store.undo();
  }

  redo(): void {
    this._store.redo();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unsubscribe ??= this._store.subscribe(() => {
      this.requestUpdate();
      this._announceChange();
    });
    this.addEventListener('keydown', this._onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this.removeEventListener('keydown', this._onKeyDown);
    cancelAnimationFrame(this._changeFrame);
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    await this._language.ready((lang) => this._forms.ready(lang));
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._language.update();
    if (changed.has('data') && this.data !== undefined) this._store.replace(this.data, 'Open');
    if (changed.has('storageKey')) void this._io.open(this.storageKey);
    const events = this._store.get(['events']);
    const count = Array.isArray(events) ? events.length : 0;
    if (this._selected !== undefined && this._selected >= count) this._selected = count ? count - 1 : undefined;
  }

  /** The draft index of the event with this id. */
  private _eventIndex(id: string): number | undefined {
    const events = this._store.get(['events']);
    if (!Array.isArray(events)) return undefined;
    const index = events.findIndex((event) => (event as { id?: unknown } | null)?.id === id);
    return index < 0 ? undefined : index;
  }

  /** Selects an event in the form; from the form, shows it in the preview too. */
  private _select(index: number, showInPreview: boolean): void {
    this._selected = index;
    const id = (this._store.get(['events', index, 'id']) as string | undefined) ?? '';
    if (showInPreview && id) void this._preview.show(id);
  }

  /** Goes to the field a problem concerns: its event selected, the field focused. */
  async jumpTo(path: DraftPath): Promise<void> {
    if (path[0] === 'events' && typeof path[1] === 'number') this._select(path[1], true);
    await this.updateComplete;
    this._forms.focus(path);
  }

  private _announceChange(): void {
    cancelAnimationFrame(this._changeFrame);
    this._changeFrame = requestAnimationFrame(() => {
      const { timeline, problems } = this._store.result;
      const detail: DiploEditorChangeDetail = { draft: this._store.draft, timeline, problems };
      this.dispatchEvent(new CustomEvent('diplo-editor-change', { detail, bubbles: true, composed: true }));
    });
  }

  /** Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y): the editor's own undo, for every edit, fields included. */
  private _onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this._store.undo();
    else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) this._store.redo();
    else return;
    event.preventDefault();
  };

  protected override render() {
    const strings = shellStrings(this._language.lang);
    const lang = this._language.lang;
    const { errors, warnings } = this._store.counts;
    const title = (this._store.get(['title']) as string | undefined) || strings.untitled; // eslint-disable-line @typescript-eslint/prefer-nullish-coalescing -- an empty title too
    const store = this._store;
    // A region of the page (never its banner): an editor may share the page with the site's header.
    return html`<section class="editor" aria-labelledby="editor-title">
      <header part="header" class="header">
        <div class="heading">
          <p class="tool" id="editor-title">${strings.editor}</p>
          <h1 class="doc-title" dir="auto">${title}</h1>
        </div>
        <p class="counts" role="status">
          ${errors ? html`<span class="count error">${plural(lang, formStrings(lang).errorCount, errors)}</span>` : nothing}
          ${warnings ? html`<span class="count warning">${plural(lang, formStrings(lang).warningCount, warnings)}</span>` : nothing}
          ${errors || warnings ? nothing : html`<span class="count ok">${strings.noProblems}</span>`}
        </p>
        <div class="actions" role="toolbar" aria-label=${strings.editor}>
          <button type="button" ?disabled=${!store.canUndo} @click=${() => {
            store.undo();
          }} title=${store.undoLabel ? strings.undoWhat(store.undoLabel) : strings.undo} aria-keyshortcuts="Control+Z Meta+Z">
            ${strings.undo}
          </button>
          <button type="button" ?disabled=${!store.canRedo} @click=${() => {
            store.redo();
          }} title=${store.redoLabel ? strings.redoWhat(store.redoLabel) : strings.redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
            ${strings.redo}
          </button>
          ${this._io.renderMenus(strings)}
        </div>
        ${this._io.renderStatus(strings)}
      </header>
      <div class="panes">
        <div part="forms" class="forms">
          ${this._forms.render(strings, {
            lang,
            dateLocale: this._language.dateLocale,
            onJump: (path) => void this.jumpTo(path),
          })}
        </div>
        <div part="preview" class="preview-pane">${this._preview.render(strings, lang)}</div>
      </div>
      ${this._io.renderDialogs(strings)}
    </section>`;
  }
}
