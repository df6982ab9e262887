/**
 * Where drafts are kept between visits: IndexedDB, through idb-keyval (a small, well-kept
 * wrapper). IndexedDB rather than localStorage: it takes a 1,000-event draft as an object
 * (no string of megabytes to build), writes without blocking the page while it commits, and
 * holds far more than localStorage's 5 MB per site.
 *
 * Each document has two records in one object store: the draft, and a small summary (title,
 * event count, revision) that lists recent documents without reading whole drafts. The
 * summary's revision, bumped by every write from any tab, is the source of truth for "has
 * someone else saved since I last looked": a write names the revision it builds on and is
 * refused when another has come in between.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Draft } from './draft.js';

/** A document as stored. */
export interface StoredDocument {
  key: string;
  draft: Draft;
  /** Bumped by every write, in any tab: 1 for the first. */
  revision: number;
  /** When it was written (`Date.now()`). */
  savedAt: number;
  /** The draft is the one last exported: reopening it has no changes to export. */
  exported: boolean;
  /** The tab that wrote it. */
  tab: string;
}

/** What the list of recent documents shows of each. */
export interface DocumentSummary {
  key: string;
  title: string;
  /** When it was last saved (`Date.now()`). */
  updated: number;
  events: number;
  revision: number;
}

export type WriteResult = { ok: true; revision: number } | { ok: false; current: StoredDocument };

/** The storage the autosave writes to: IndexedDB in a page, anything alike in tests. */
export interface DraftStorage {
  /** Resolves once the storage is open; rejects when it cannot be (blocked, private mode). */
  ready(): Promise<void>;
  read(key: string): Promise<StoredDocument | undefined>;
  /**
   * Writes a draft over revision `expected` (0: none stored yet). Refused, with what is
   * stored, when the stored revision is another (a write from another tab came first).
   */
  write(document: Omit<StoredDocument, 'revision'>, expected: number): Promise<WriteResult>;
  list(): Promise<DocumentSummary[]>;
  remove(key: string): Promise<void>;
}

const draftKey = (key: string) => ['draft', key];
const summaryKey = (key: string) => ['summary', key];

function summaryOf(document: Omit<StoredDocument, 'revision'>, revision: number): DocumentSummary {
  const { title, events } = document.draft;
  return {
    key: document.key,
    title: typeof title === 'string' ? title : '',
    updated: document.savedAt,
    events: Array.isArray(events) ? events.length : 0,
    revision,
  };
}

/** IndexedDB storage: database `name`, one object store. */
export class IndexedDBDraftStorage implements DraftStorage {
  private readonly _store: UseStore | undefined;
  private readonly _opening: Promise<void>;

  constructor(name = 'diplo-timeline-editor') {
    let failure: Error | undefined;
    try {
      // Throws at once where IndexedDB is refused (some private modes, blocked storage).
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      this._store = createStore(name, 'documents');
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    // Opening fails later where the database is refused (storage blocked by the user).
    this._opening = failure ? Promise.reject(failure) : this._use('readonly', (objects) => promisifyRequest(objects.count())).then(() => undefined);
    this._opening.catch(() => undefined);
  }

  ready(): Promise<void> {
    return this._opening;
  }

  private _use<T>(mode: IDBTransactionMode, callback: (objects: IDBObjectStore) => T | PromiseLike<T>): Promise<T> {
    if (!this._store) return Promise.reject(new Error('IndexedDB is not available'));
    return this._store(mode, callback);
  }

  async read(key: string): Promise<StoredDocument | undefined> {
    await this._opening;
    return this._use('readonly', (objects) => promisifyRequest(objects.get(draftKey(key)) as IDBRequest<StoredDocument | undefined>));
  }

  async write(document: Omit<StoredDocument, 'revision'>, expected: number): Promise<WriteResult> {
    await this._opening;
    return this._use('readwrite', (objects) => {
      let outcome: WriteResult | undefined;
      // The check and the write in one transaction: no other tab can write in between.
      const summary = objects.get(summaryKey(document.key)) as IDBRequest<DocumentSummary | undefined>;
      summary.onsuccess = () => {
        const current = summary.result?.revision ?? 0;
        if (current !== expected) {
          const stored = objects.get(draftKey(document.key)) as IDBRequest<StoredDocument>;
          stored.onsuccess = () => {
            outcome = { ok: false, current: stored.result };
          };
          return;
        }
        const revision = current + 1;
        objects.put({ ...document, revision }, draftKey(document.key));
        objects.put(summaryOf(document, revision), summaryKey(document.key));
        outcome = { ok: true, revision };
      };
      return promisifyRequest(objects.transaction).then(() => {
        if (!outcome) throw new Error('the draft could not be written');
        return outcome;
      });
    });
  }

  async list(): Promise<DocumentSummary[]> {
    await this._opening;
    // Keys are ['summary', key]; strings sort before arrays, so ['summary', []] bounds them all.
    const range = IDBKeyRange.bound(['summary'], ['summary', []]);
    const summaries = await this._use('readonly', (objects) => promisifyRequest(objects.getAll(range) as IDBRequest<DocumentSummary[]>));
    return summaries.sort((a, b) => b.updated - a.updated);
  }

  async remove(key: string): Promise<void> {
    await this._opening;
    await this._use('readwrite', (objects) => {
      objects.delete(draftKey(key));
      objects.delete(summaryKey(key));
      return promisifyRequest(objects.transaction);
    });
  }
}

let shared: DraftStorage | undefined;

/** The page's storage for drafts (one IndexedDB database, opened on first use). */
export function browserDraftStorage(): DraftStorage {
  shared ??= new IndexedDBDraftStorage();
  return shared;
}

/**
 * The documents kept in this browser, the most recently saved first: for "open a recent
 * timeline". Empty when the storage is not available.
 */
export async function listDocuments(storage: DraftStorage = browserDraftStorage()): Promise<DocumentSummary[]> {
  try {
    return await storage.list();
  } catch {
    return [];
  }
}

/** Forgets a stored document (its draft and its summary). */
export function deleteDocument(key: string, storage: DraftStorage = browserDraftStorage()): Promise<void> {
  return storage.remove(key);
}
