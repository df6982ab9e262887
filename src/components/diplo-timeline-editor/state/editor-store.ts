/**
 * The editor's one source of truth: the draft as typed, what the parser makes of it (the
 * timeline a reader would see, and the problems by the path they concern), and the history
 * of changes. Every change goes through here, so undo, autosave and the preview see all of
 * them. No DOM: the element subscribes and re-renders.
 */
import { ParseCache, parseTimeline, type ParseResult, type Problem } from '../../../model/index.js';
import { emptyDraft, getAt, insertAt, moveAt, parsePathKey, pathKey, removeAt, setAt, type Draft, type DraftPath } from './draft.js';
import { History } from './history.js';

export interface ChangeOptions {
  /** What the change did, in the interface's words ("Delete event"): Undo and Redo say it. */
  label?: string;
  /**
   * Typing: consecutive changes to the same path within a second are one undo step. Off for
   * changes made in one go (a pasted value, a picked option).
   */
  typing?: boolean;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/**
 * Where a change came from: the author, undo/redo, an import, a restore from storage, another
 * tab; `saved` when only `dirty` changed (the draft was exported), for autosave and the leave guard.
 */
export type ChangeSource = 'edit' | 'undo' | 'redo' | 'replace' | 'saved';

export type StoreListener = (source: ChangeSource) => void;

export class EditorStore {
  private _draft: Draft;
  private _parsed?: { draft: Draft; result: ParseResult; byPath: Map<string, Problem[]> };
  private _history = new History();
  private _cache = new ParseCache();
  private _listeners = new Set<StoreListener>();
  /** Bumped at every change: autosave and "unsaved changes" compare it. */
  private _revision = 0;
  private _savedRevision = 0;

  /** @param now - the clock for typing's undo steps (tests pass their own). */
  constructor(
    initial: unknown = emptyDraft(),
    private readonly _now: () => number = () => performance.now(),
  ) {
    this._draft = asDraft(initial);
  }

  /** The document as typed. */
  get draft(): Draft {
    return this._draft;
  }

  /** What the parser makes of the draft (worked out once per version of it). */
  get result(): ParseResult {
    return this._parse().result;
  }

  get revision(): number {
    return this._revision;
  }

  /** Changed since it was last marked exported (or published, or saved to a file). */
  get dirty(): boolean {
    return this._revision !== this._savedRevision;
  }

  get canUndo(): boolean {
    return this._history.canUndo;
  }

  get canRedo(): boolean {
    return this._history.canRedo;
  }

  get undoLabel(): string | undefined {
    return this._history.undoLabel;
  }

  get redoLabel(): string | undefined {
    return this._history.redoLabel;
  }

  /** The value at a path of the draft. */
  get(path: DraftPath): unknown {
    return getAt(this._draft, path);
  }

  /** The problems about exactly this path (`events[3].when`). */
  problemsAt(path: DraftPath): readonly Problem[] {
    return this._parse().byPath.get(pathKey(path)) ?? [];
  }

  /** The problems about this path and everything inside it (an event, and its sources). */
  problemsUnder(path: DraftPath): Problem[] {
    const key = pathKey(path);
    const found: Problem[] = [];
    for (const [at, problems] of this._parse().byPath) {
      if (at === key || (at.startsWith(key) && (at[key.length] === '.' || at[key.length] === '['))) found.push(...problems);
    }
    return found;
  }

  /** How many errors and warnings the draft has. */
  get counts(): ProblemCounts {
    let errors = 0;
    for (const problem of this.result.problems) if (problem.severity === 'error') errors++;
    return { errors, warnings: this.result.problems.length - errors };
  }

  /** Sets a value (undefined removes an optional field). */
  set(path: DraftPath, value: unknown, options: ChangeOptions = {}): void {
    if (Object.is(getAt(this._draft, path), value)) return;
    this._change(setAt(this._draft, path, value), options.label ?? 'Edit', options.typing ? pathKey(path) : undefined);
  }

  /** Inserts an item into a list (an event, a source, a quote). */
  insert(listPath: DraftPath, index: number, value: unknown, label = 'Add'): void {
    this._change(insertAt(this._draft, listPath, index, value), label);
  }

  /** Removes an item from a list; Undo brings it back. */
  remove(listPath: DraftPath, index: number, label = 'Delete'): void {
    this._change(removeAt(this._draft, listPath, index), label);
  }

  move(listPath: DraftPath, from: number, to: number, label = 'Move'): void {
    this._change(moveAt(this._draft, listPath, from, to), label);
  }

  /** Adds an event (at the end of the file's list) with a fresh id; returns its index. */
  addEvent(fields: Record<string, unknown> = {}, label = 'Add event'): number {
    const events = this._list('events');
    const event = { id: this._freshId('event'), title: '', when: '', kind: 'other', actors: [], ...fields };
    this.insert(['events'], events.length, event, label);
    return events.length;
  }

  /** A copy of an event after it, under a fresh id; returns the copy's index. */
  duplicateEvent(index: number, label = 'Duplicate event'): number {
    const event = this._list('events')[index];
    if (typeof event !== 'object' || event === null) return index;
    const id = (event as { id?: unknown }).id;
    const copy = { ...(event as Record<string, unknown>), id: this._freshId(typeof id === 'string' && id ? id : 'event') };
    this.insert(['events'], index + 1, copy, label);
    return index + 1;
  }

  /** Replaces the whole draft (an import, a document restored from storage or another tab). */
  replace(draft: unknown, label = 'Import', options: { record?: boolean; saved?: boolean } = {}): void {
    const next = asDraft(draft);
    if (options.record === false) {
      this._draft = next;
      this._revision++;
      if (options.saved) this._savedRevision = this._revision;
      this._history.clear();
      this._notify('replace');
      return;
    }
    this._change(next, label, undefined, 'replace');
    if (options.saved) this._savedRevision = this._revision;
  }

  undo(): void {
    const step = this._history.undo();
    if (!step) return;
    this._draft = step.before;
    this._revision++;
    this._notify('undo');
  }

  redo(): void {
    const step = this._history.redo();
    if (!step) return;
    this._draft = step.after;
    this._revision++;
    this._notify('redo');
  }

  /** The draft as it is now was exported (or saved to a file): nothing is unsaved. */
  markSaved(): void {
    if (this._savedRevision === this._revision) return;
    this._savedRevision = this._revision;
    this._notify('saved');
  }

  /** Calls `listener` after every change; returns the way to stop. */
  subscribe(listener: StoreListener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  private _change(next: Draft, label: string, key?: string, source: ChangeSource = 'edit'): void {
    if (next === this._draft) return;
    this._history.record({ before: this._draft, after: next, label, key, at: this._now() });
    this._draft = next;
    this._revision++;
    this._notify(source);
  }

  private _notify(source: ChangeSource): void {
    for (const listener of this._listeners) listener(source);
  }

  private _list(key: string): unknown[] {
    const list = this._draft[key];
    return Array.isArray(list) ? list : [];
  }

  /** An id no event has yet: `base`, else `base-2`, `base-3`… */
  private _freshId(base: string): string {
    const taken = new Set(this._list('events').map((event) => (event as { id?: unknown } | null)?.id));
    const stem = base.replace(/-\d+$/, '') || 'event';
    let id = taken.has(base) ? `${stem}-2` : base;
    for (let n = 3; taken.has(id); n++) id = `${stem}-${String(n)}`;
    return id;
  }

  private _parse(): { result: ParseResult; byPath: Map<string, Problem[]> } {
    if (this._parsed?.draft === this._draft) return this._parsed;
    // Only what changed is read again: the draft copies what it changes, so an unchanged event is the same object.
    const result = parseTimeline(this._draft, { cache: this._cache });
    const byPath = new Map<string, Problem[]>();
    for (const problem of result.problems) {
      // The parser's paths name the draft's own places (events[3] is the draft's fourth event).
      const key = pathKey(parsePathKey(problem.path));
      const list = byPath.get(key);
      if (list) list.push(problem);
      else byPath.set(key, [problem]);
    }
    this._parsed = { draft: this._draft, result, byPath };
    return this._parsed;
  }
}

/** Any value as a draft: an object is taken as it is (it is copied on change), anything else starts empty. */
function asDraft(value: unknown): Draft {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Draft) : emptyDraft();
}
