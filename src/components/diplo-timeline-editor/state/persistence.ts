/**
 * Never lose work: every change to the store is saved in the browser as it happens, per
 * document, and the draft comes back after a reload or a crash.
 *
 * Saving never holds up typing: a change only marks the draft as pending; the write runs when
 * the page is idle (within a second), one at a time, and takes the latest draft then, so a
 * burst of keystrokes is one write. A save of a draft a tab did not start from (another tab
 * saved in between) is refused and becomes a conflict (tabs.ts). Where the browser keeps
 * nothing (storage blocked, private modes, a full disk), the status says so and the editor
 * works on in memory.
 */
import { browserDraftStorage, type DraftStorage, type StoredDocument } from './draft-storage.js';
import type { EditorStore } from './editor-store.js';
import { newTabId, TabChannel, type Conflict } from './tabs.js';

export { deleteDocument, listDocuments, type DocumentSummary } from './draft-storage.js';
export type { Conflict } from './tabs.js';

/**
 * - `loading`: opening the storage;
 * - `saved`: what is on screen is stored (or there is nothing to store yet);
 * - `pending`: a change waits for its write; `saving`: a write is under way;
 * - `conflict`: another tab saved this document over this tab's edits (see `conflict`);
 * - `unavailable`: the browser keeps nothing (see `error`): work goes on in memory.
 */
export type AutosaveStatus = 'loading' | 'saved' | 'pending' | 'saving' | 'conflict' | 'unavailable';

/** Why nothing is stored: storage `blocked` (or absent), `full`, or a write that `failed`. */
export interface AutosaveError {
  reason: 'blocked' | 'full' | 'failed';
  /** The browser's words, for a bug report. */
  detail: string;
}

/** Runs `write` later (when the page is idle); returns the way to cancel it. */
export type Scheduler = (write: () => void) => () => void;

/** Idle time, within a second: a write never lands between two keystrokes of a burst. */
const whenIdle: Scheduler = (write) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(write, { timeout: 1000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(write, 200);
  return () => {
    clearTimeout(handle);
  };
};

export interface AutosaveOptions {
  /** Where drafts are kept; default: this browser's IndexedDB. */
  storage?: DraftStorage;
  /** This tab's id; default: a new one (every Autosave is a tab of its own). */
  tabId?: string;
  /** When writes run; default: idle time. Tests pass one that runs at once. */
  schedule?: Scheduler;
  /** The undo labels of versions that come from elsewhere, in the interface's language. */
  labels?: { fromOtherTab?: string; takeTheirs?: string };
}

function describeError(error: unknown): AutosaveError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError') return { reason: 'full', detail };
  if (name === 'SecurityError' || name === 'InvalidStateError' || /IndexedDB is not available|indexedDB is not defined/i.test(detail)) return { reason: 'blocked', detail };
  return { reason: 'failed', detail };
}

export class Autosave {
  /** Resolves once the storage is open, or known to be unavailable. Never rejects. */
  readonly ready: Promise<void>;
  readonly tabId: string;

  private readonly _storage: DraftStorage;
  private readonly _schedule: Scheduler;
  private readonly _channel: TabChannel;
  private readonly _labels: Required<NonNullable<AutosaveOptions['labels']>>;
  private readonly _listeners = new Set<() => void>();
  private readonly _unsubscribe: () => void;
  private _status: AutosaveStatus = 'loading';
  private _error?: AutosaveError;
  private _conflict?: Conflict;
  private _savedAt?: number;
  /** The stored revision this tab's draft builds on (0: none seen). */
  private _base = 0;
  /** The store's revision and export mark last written, or found (-1: write whatever there is). */
  private _written: { revision: number; exported: boolean };
  /** One storage operation at a time, in order. */
  private _queue: Promise<void> = Promise.resolve();
  private _cancel?: () => void;
  private _disposed = false;

  constructor(
    private readonly _store: EditorStore,
    readonly key: string,
    options: AutosaveOptions = {},
  ) {
    this._storage = options.storage ?? browserDraftStorage();
    this._schedule = options.schedule ?? whenIdle;
    this.tabId = options.tabId ?? newTabId();
    this._labels = { fromOtherTab: 'Changes from another tab', takeTheirs: "Take the other tab's version", ...options.labels };
    this._written = { revision: _store.revision, exported: !_store.dirty };
    // A hidden tab looks when it is shown again: it has no edits of its own while hidden
    // (they were written as it was hidden), and following every save of another tab would
    // re-render it in the background for nothing.
    this._channel = new TabChannel(key, this.tabId, () => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') void this.refresh();
    });
    this._unsubscribe = _store.subscribe(() => {
      this._changed();
    });
    this.ready = this._storage.ready().then(
      () => {
        if (this._status === 'loading') this._setStatus(this._unwritten() ? 'pending' : 'saved');
      },
      (error: unknown) => {
        this._fail(error);
      },
    );
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this._onVisibility);
  }

  get status(): AutosaveStatus {
    return this._status;
  }

  /** Why nothing is stored, while `status` is `unavailable`. */
  get error(): AutosaveError | undefined {
    return this._error;
  }

  /** Another tab's version, while `status` is `conflict`. */
  get conflict(): Conflict | undefined {
    return this._conflict;
  }

  /** When this tab last stored the draft (`Date.now()`). */
  get savedAt(): number | undefined {
    return this._savedAt;
  }

  /** Calls `listener` whenever the status (or conflict, or error) changes; returns the way to stop. */
  subscribe(listener: () => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /**
   * Loads the stored draft of this document into the store (not an undo step), with its
   * export mark: a draft exported as it is has nothing to export after a reload. True when
   * there was one. Call it before the author edits.
   */
  async restore(): Promise<boolean> {
    await this.ready;
    if (this._status === 'unavailable') return false;
    let found = false;
    await this._enqueue(async () => {
      const stored = await this._storage.read(this.key);
      if (!stored) return;
      found = true;
      this._store.replace(stored.draft, 'Restore', { record: false, saved: stored.exported });
      this._settle(stored);
    });
    return found;
  }

  /** Writes what is pending now (the page is being hidden, or a test wants it stored). */
  async flush(): Promise<void> {
    this._cancel?.();
    this._cancel = undefined;
    await this.ready;
    await this._enqueue(() => this._save());
  }

  /**
   * Looks at the stored revision (another tab said it saved, or this tab is shown again): a
   * newer version is followed when this tab has nothing unsaved, else it is a conflict.
   */
  async refresh(): Promise<void> {
    await this.ready;
    await this._enqueue(async () => {
      const stored = await this._storage.read(this.key);
      if (!stored || stored.revision <= this._base) return;
      if (this._conflict || this._unsaved()) {
        this._conflict = { theirs: stored.draft, at: stored.savedAt, revision: stored.revision, exported: stored.exported };
        this._setStatus('conflict');
        return;
      }
      this._store.replace(stored.draft, this._labels.fromOtherTab, { saved: stored.exported });
      this._settle(stored);
    });
  }

  /** Settles a conflict with the other tab's version (an undo step: Undo brings this tab's back). */
  takeTheirs(): void {
    const conflict = this._conflict;
    if (!conflict) return;
    this._store.replace(conflict.theirs, this._labels.takeTheirs, { saved: conflict.exported });
    this._base = conflict.revision;
    this._written = { revision: this._store.revision, exported: !this._store.dirty };
    this._conflict = undefined;
    this._setStatus('saved');
  }

  /** Settles a conflict with this tab's version: stored as the current one, knowingly. */
  keepMine(): Promise<void> {
    const conflict = this._conflict;
    if (!conflict) return Promise.resolve();
    this._base = conflict.revision;
    this._conflict = undefined;
    this._written = { revision: -1, exported: false };
    this._setStatus('pending');
    return this.flush();
  }

  /** Stops saving and listening (a pending change is written first, if it can be). */
  dispose(): void {
    if (this._disposed) return;
    void this.flush().finally(() => {
      this._channel.close();
    });
    this._disposed = true;
    this._unsubscribe();
    this._cancel?.();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this._onVisibility);
  }

  private readonly _onVisibility = () => {
    // Hidden is the last moment a page is sure to run (it may be closed or frozen next).
    if (document.visibilityState === 'hidden') void this.flush();
    else void this.refresh();
  };

  /** The store has a version this tab has not written. */
  private _unsaved(): boolean {
    return this._store.revision !== this._written.revision;
  }

  /** The store has a version or an export mark this tab has not written. */
  private _unwritten(): boolean {
    return this._unsaved() || this._written.exported !== !this._store.dirty;
  }

  /** The store now shows a stored version: nothing of it is left to write. */
  private _settle(stored: StoredDocument): void {
    this._base = stored.revision;
    this._written = { revision: this._store.revision, exported: !this._store.dirty };
    this._conflict = undefined;
    this._savedAt = stored.savedAt;
    this._setStatus('saved');
  }

  private _changed(): void {
    if (this._disposed) return;
    if (this._status === 'saved') this._setStatus('pending');
    if (this._cancel) return;
    this._cancel = this._schedule(() => {
      this._cancel = undefined;
      void this._enqueue(() => this._save());
    });
  }

  private _enqueue(operation: () => Promise<void>): Promise<void> {
    this._queue = this._queue.then(operation).catch((error: unknown) => {
      this._fail(error);
    });
    return this._queue;
  }

  private async _save(): Promise<void> {
    if (this._conflict || this._status === 'loading') return;
    if (!this._unwritten()) {
      if (this._status !== 'unavailable') this._setStatus('saved');
      return;
    }
    const revision = this._store.revision;
    const exported = !this._store.dirty;
    if (this._status !== 'unavailable') this._setStatus('saving');
    const savedAt = Date.now();
    const result = await this._storage.write({ key: this.key, draft: this._store.draft, savedAt, exported, tab: this.tabId }, this._base);
    if (!result.ok) {
      const { current } = result;
      this._conflict = { theirs: current.draft, at: current.savedAt, revision: current.revision, exported: current.exported };
      this._setStatus('conflict');
      return;
    }
    this._base = result.revision;
    this._written = { revision, exported };
    this._savedAt = savedAt;
    this._error = undefined;
    this._channel.announce(result.revision);
    // Typing went on during the write: the next one is scheduled already.
    this._setStatus(this._unwritten() ? 'pending' : 'saved');
  }

  private _fail(error: unknown): void {
    this._error = describeError(error);
    this._setStatus('unavailable');
  }

  private _setStatus(status: AutosaveStatus): void {
    this._status = status;
    for (const listener of this._listeners) listener();
  }
}

