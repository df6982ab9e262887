/**
 * Where a timeline's data comes from, as one state: the `data` property wins over `src`,
 * and `src` over inline JSON (a `<script type="application/json">` child, read again when a
 * CMS preview edits it). Loading through `src` is a `@lit/task` (a newer `src` aborts the
 * older); big documents are read in slices. The data on screen is always the last good read:
 * it stays while a new one loads, and when a load fails.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { failedResult, type ParseResult } from '../../model/index.js';
import { yieldToPage } from '../../model/yield.js';
import { readJSON, type JSONRead } from '../shared/read-json.js';
import type { DiploErrorDetail } from './events.js';
import { loadTimeline, readAsync, readNow, withProblems } from './load.js';

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src?: string;
  format?: string;
  loadTimeout: number;
  showProblems: boolean;
}

export type DataStatus = 'empty' | 'pending' | 'ready' | 'error';

interface Read {
  source: unknown;
  format?: string;
  result?: ParseResult;
  pending?: Promise<void>;
}

export class DataSource implements ReactiveController {
  /** The data on screen: the last good read. */
  result?: ParseResult;

  private _inlineText?: string;
  private _observer?: MutationObserver;
  /** The last read of `data` or inline JSON: what was read, and its result once there. */
  private _read?: Read;
  /** The last `src` load that succeeded. */
  private _loaded?: ParseResult;

  private _task: Task<readonly [string | undefined, string | undefined], ParseResult | typeof initialState>;

  /**
   * @param hydrating - true while the element adopts what the server drew: its first render
   *   must be whole, so the data is read at once.
   */
  constructor(
    private readonly _host: DataSourceHost,
    private readonly _hydrating: () => boolean,
  ) {
    _host.addController(this);
    this._task = new Task(_host, {
      task: async ([src, format], { signal }) => {
        if (!src) return initialState;
        // Keys given twice are looked for when an editor asked to see problems (a scan of the whole text).
        const result = await loadTimeline(src, { format, timeoutMs: _host.loadTimeout, signal, duplicateKeys: _host.showProblems });
        this._loaded = result;
        return result;
      },
      args: () => [_host.data === undefined ? _host.src : undefined, _host.format] as const,
      onError: (error) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const detail: DiploErrorDetail = { src: _host.src ?? '', message: error instanceof Error ? error.message : String(error) };
        _host.dispatchEvent(new CustomEvent('diplo-error', { detail, bubbles: true, composed: true }));
      },
    });
  }

  hostConnected(): void {
    this._readInline();
    // Inline JSON edited in place (a CMS preview).
    this._observer ??= new MutationObserver(() => {
      this._readInline();
    });
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** A read in slices still under way (`updateComplete` waits for it). */
  get pending(): Promise<void> | undefined {
    return this._read?.pending;
  }

  private get _fromSrc(): boolean {
    return this._host.data === undefined && !!this._host.src;
  }

  /** Where the data stands now (read at render: a `src` load starts after `willUpdate`). */
  get status(): DataStatus {
    if (this._fromSrc) {
      const status = this._task.status;
      if (status === TaskStatus.PENDING) return 'pending';
      if (status === TaskStatus.ERROR) return 'error';
    } else if (this._read?.pending) {
      return 'pending';
    }
    return this.result ? 'ready' : 'empty';
  }

  /** Why the last `src` load failed (the last good data stays on screen). */
  get error(): Error | undefined {
    if (!this._fromSrc || this._task.status !== TaskStatus.ERROR) return undefined;
    const error: unknown = this._task.error;
    return error instanceof Error ? error : new Error(String(error));
  }

  /** Works out the data on screen for the host's current inputs: call from `willUpdate`. */
  update(): void {
    const host = this._host;
    if (host.data !== undefined) {
      const data: unknown = host.data;
      this.result = this._readOnce(data, () => ({ ok: true, value: data, problems: [] }));
    } else if (host.src) {
      this.result = this._task.status === TaskStatus.COMPLETE ? ((this._task.value as ParseResult | undefined) ?? this._loaded) : this._loaded;
    } else if (this._inlineText !== undefined) {
      const inline = this._inlineText;
      // Keys given twice are looked for when an editor asked to see problems; not while
      // hydrating, whose first render must be whole (and the server wrote that JSON).
      this.result = this._readOnce(inline, () => readJSON(inline, host.showProblems && !this._hydrating()));
    } else {
      this.result = undefined;
    }
  }

  private _readInline(): void {
    const script = this._host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this._inlineText) return;
    this._inlineText = text;
    this._host.requestUpdate();
  }

  /**
   * Reads a source only when it (or the format) changed since the last read. A big
   * document is read in slices (the page stays responsive), and text that is not valid JSON
   * waits for the reader that says what is wrong with it; until then, what was on screen stays.
   */
  private _readOnce(source: unknown, value: () => JSONRead | Promise<JSONRead>): ParseResult | undefined {
    const format = this._host.format;
    const last = this._read;
    if (last && last.source === source && last.format === format) return last.result ?? this.result;
    const read: Read = { source, format };
    this._read = read;
    const json = value();
    const explain = this._host.showProblems && !isServer && !this._hydrating();
    if (!(json instanceof Promise)) {
      if (!json.ok) {
        read.result = failedResult(json.message);
        return read.result;
      }
      // An editor who asked to see problems gets them explained (a chunk): read as for a big document.
      const now = explain ? undefined : readNow(json.value, format, isServer || this._hydrating());
      if (now) {
        read.result = withProblems(json.problems, now);
        return read.result;
      }
    }
    read.pending = Promise.resolve(json)
      .then(async (text) => (text.ok ? withProblems(text.problems, await readAsync(text.value, format, undefined, explain)) : failedResult(text.message)))
      .catch((error: unknown) => failedResult(`the data could not be read (${String(error)})`))
      .then(async (result) => {
        // The page gets a turn between the last slice of the read and the first render.
        await yieldToPage();
        read.result = result;
        read.pending = undefined;
        if (this._read === read) this._host.requestUpdate();
      });
    return this.result;
  }
}
