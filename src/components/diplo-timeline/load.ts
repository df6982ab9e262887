/**
 * Reading a timeline document in a page: from any value (the `data` property, inline JSON)
 * or from a URL (`src`), in our format or TimelineJS's; big documents in slices so the page
 * stays responsive. Everything here resolves to a `ParseResult`; only a load that yields
 * nothing usable rejects, with a message a reader can act on.
 */
import { looksLikeTimelineJS } from '../../importers/detect.js';
import { readJSON } from '../shared/read-json.js';
import {
  RECEIVED_HTML,
  decodeJSONBytes,
  failedResult,
  isHTML,
  isParsed,
  isYAML,
  parseTimelineYAML,
  readTimeline,
  readTimelineAsync,
  type ParseResult,
  type Problem,
  type Timeline,
} from '../../model/index.js';

export type { TimelineFormat } from '../../importers/sheet.js';

/** From this many events on, a document is read in slices that yield to the page. */
export const READ_ASYNC_FROM = 1000;

/** The TimelineJS importer, loaded the first time a timeline is given TimelineJS data. */
function fromTimelineJS(value: unknown): Promise<ParseResult> {
  return import('../../importers/timelinejs.js').then((importer) => importer.fromTimelineJS(value));
}

/** True when a value is to be read as TimelineJS: said so, or recognised by its shape. */
export function isTimelineJS(value: unknown, format: string | undefined): boolean {
  return format === 'timelinejs' || (format !== 'diplo' && looksLikeTimelineJS(value));
}

/** A timeline this library's parser returned in this page (the trust boundary): drawn as it is. */
export function isParsedTimeline(value: unknown): value is Timeline {
  return isParsed(value) && typeof value === 'object' && value !== null && 'events' in value;
}

/** How many events a document holds (0 for anything unreadable). */
export function eventCount(value: unknown): number {
  try {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, 'events')) return 0;
    const events = (value as { events?: unknown }).events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

/** A result with problems found before parsing (the file's encoding, keys given twice) first. */
export function withProblems(found: readonly Problem[], result: ParseResult): ParseResult {
  return found.length ? { timeline: result.timeline, problems: [...found, ...result.problems] } : result;
}

/**
 * Reads a document at once when that is quick (or must be: the server, and hydrating what
 * it drew); undefined when it is to be read in slices with {@link readAsync}.
 */
export function readNow(value: unknown, format: string | undefined, mustNow: boolean): ParseResult | undefined {
  if (isParsedTimeline(value)) return { timeline: value, problems: [] };
  // (The server converts TimelineJS data before it renders.)
  if (isTimelineJS(value, format) && !mustNow) return undefined;
  if (mustNow || eventCount(value) < READ_ASYNC_FROM) return readTimeline(value);
  return undefined;
}

/**
 * Reads a document; a big one in slices, so that the page stays responsive while it is read.
 * With `explain` (for editors: `show-problems`), also what explains it to its author: fields
 * the format does not name, another tool's format (a chunk loaded only then).
 */
export async function readAsync(value: unknown, format: string | undefined, signal?: AbortSignal, explain = false): Promise<ParseResult> {
  if (isParsedTimeline(value)) return { timeline: value, problems: [] };
  if (isTimelineJS(value, format)) return fromTimelineJS(value);
  const result = eventCount(value) < READ_ASYNC_FROM ? readTimeline(value) : await readTimelineAsync(value, { signal });
  if (!explain) return result;
  const explained = await import('../../model/check.js').then(
    (check) => check.explainDocument(value),
    // Offline, or the chunk is gone: the reading alone.
    () => [],
  );
  return withProblems(explained, result);
}

export interface LoadOptions {
  format?: string;
  timeoutMs: number;
  signal: AbortSignal;
  /**
   * For editors who asked to see problems: look for keys given twice (a scan of the whole
   * text) and explain the document (unknown fields, another tool's format).
   */
  duplicateKeys: boolean;
}

/**
 * Fetches and reads a document. Rejects, with what went wrong in words, when nothing usable
 * came: the network, an HTTP status, no answer in time, HTML instead of JSON, a file with
 * no events; aborts when `signal` does (a newer `src`).
 */
export async function loadTimeline(src: string, options: LoadOptions): Promise<ParseResult> {
  const { signal, timeoutMs } = options;
  // Our own controller: it follows the caller's (a newer src aborts this one) and the timeout.
  const controller = new AbortController();
  const abort = () => {
    controller.abort();
  };
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failed = (error: unknown, what: string): never => {
    if (signal.aborted) throw error;
    if (timedOut) throw new Error(`no answer after ${String(Math.round(timeoutMs / 100) / 10)} s`);
    throw new Error(`${what} (${error instanceof Error ? error.message : String(error)})`);
  };
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json, text/csv' } });
    } catch (error) {
      return failed(error, 'the network request failed');
    }
    if (!response.ok) {
      throw new Error(`the server answered HTTP ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      return failed(error, 'the connection closed before the whole file arrived');
    }
    const decoded = decodeJSONBytes(bytes, { fallback: 'windows-1252' });
    if (!decoded.ok) throw new Error(decoded.message);
    const { text } = decoded;
    const type = response.headers.get('content-type') ?? '';
    const found: Problem[] = decoded.warning ? [{ path: '', severity: 'warning', message: decoded.warning }] : [];
    // YAML, said so or by its address or content type: the YAML parser is a chunk loaded only then.
    const yaml = options.format === 'yaml' || (!options.format && isYAML(src, type) && !isHTML(text, type));
    // Text that does not start as JSON may be a spreadsheet: the importer (a chunk loaded only
    // then) decides, and names an unpublished sheet's sign-in page for what it is.
    const sheet =
      !yaml && (options.format === 'csv' || options.format === 'tsv' || !/^\s*[{[]/.test(text))
        ? await import('../../importers/sheet.js').then((importer) => importer.readIfSpreadsheet(text, options.format, type, src))
        : undefined;
    let result: ParseResult;
    if (yaml) {
      result = withProblems(found, await parseTimelineYAML(text));
    } else if (sheet) {
      result = withProblems(found, sheet);
    } else {
      if (isHTML(text, type)) throw new Error(RECEIVED_HTML);
      const read = await readJSON(text, options.duplicateKeys);
      result = read.ok ? withProblems([...found, ...read.problems], await readAsync(read.value, options.format, signal, options.duplicateKeys)) : failedResult(read.message);
    }
    // A document-wide error with no events left (a row's error names its row).
    const fatal = result.problems.find((problem) => problem.path === '' && problem.row === undefined && problem.severity === 'error');
    if (fatal && result.timeline.events.length === 0) throw new Error(fatal.message);
    return result;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
