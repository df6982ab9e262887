/**
 * Import: a file (opened or dropped), pasted text, or an address (a JSON file, a Google Sheet
 * published as CSV) → a draft for the editor. Our JSON, TimelineJS JSON, and CSV/TSV are
 * recognised by their content. The draft keeps everything: entries that do not validate stay
 * in it as typed, and their problems show in the editor once it parses them. Anything that is
 * not a timeline gets one message that says what it is.
 *
 * The TimelineJS and spreadsheet importers load only when a file needs them.
 */
import { looksLikeTimelineJS } from '../../../importers/detect.js';
import { decodeJSONBytes, isHTML, parseTimeline, readJSONText, type Problem } from '../../../model/index.js';
import type { Draft } from '../state/draft.js';
import { htmlPage, isSheetEditingLink, notATimeline, sniffBytes, type NotATimeline } from './sniff.js';

export type { NotATimeline, NotATimelineKind } from './sniff.js';

/** The formats an import recognises. */
export const IMPORT_FORMATS = ['diplo', 'timelinejs', 'csv', 'tsv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where an import came from, for its summary. */
export type ImportOrigin = 'file' | 'text' | 'url';

export interface Imported {
  ok: true;
  /** The document in the data file's shape, as read: valid or not, nothing left out. */
  draft: Draft;
  format: ImportFormat;
  /**
   * What the import found, named where the input has names: row and column for a sheet, the
   * TimelineJS file's path for TimelineJS, and `path` in the draft where the sheet's row became
   * an entry. (The draft's own problems also show in the editor once it is opened.)
   */
  problems: Problem[];
  /** The numbers behind `summary`, for an interface in another language. */
  counts: { events: number; problems: number; rowsWithProblems?: number };
  /** One line in English: "36 events from a CSV file; 2 rows with problems". */
  summary: string;
}

export type ImportResult = Imported | NotATimeline;

export interface ImportHint {
  /** The file's name or the address: `.csv`/`.tsv` say how to read text that is not JSON. */
  name?: string;
  /** The content type a server gave, or a file's type. */
  contentType?: string;
  origin?: ImportOrigin;
}

const FORMAT_NAMES: Record<ImportFormat, string> = { diplo: 'diplo-timeline JSON', timelinejs: 'TimelineJS', csv: 'CSV', tsv: 'TSV' };

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function imported(draft: Draft, format: ImportFormat, problems: Problem[], origin: ImportOrigin, checked: readonly Problem[] = []): Imported {
  const events = Array.isArray(draft.events) ? draft.events.length : 0;
  const from = origin === 'text' ? `pasted ${FORMAT_NAMES[format]}` : origin === 'url' ? `a ${FORMAT_NAMES[format]} address` : `a ${FORMAT_NAMES[format]} file`;
  let summary = `${count(events, 'event', 'events')} from ${from}`;
  const counts: Imported['counts'] = { events, problems: problems.length + checked.length };
  if (format === 'csv' || format === 'tsv') {
    counts.rowsWithProblems = new Set(problems.map((problem) => problem.row).filter((row) => row !== undefined)).size;
    if (counts.rowsWithProblems) summary += `; ${count(counts.rowsWithProblems, 'row', 'rows')} with problems`;
  } else if (counts.problems) {
    summary += `; ${count(counts.problems, 'problem', 'problems')}`;
  }
  return { ok: true, draft, format, problems, counts, summary };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON value: our document, a TimelineJS file, or JSON that is no timeline. */
async function fromJSONValue(value: unknown, problems: Problem[], origin: ImportOrigin): Promise<ImportResult> {
  if (looksLikeTimelineJS(value)) {
    const { timelineJSDocument } = await import('../../../importers/timelinejs.js');
    const { document, problems: found } = timelineJSDocument(value);
    return imported(document, 'timelinejs', [...problems, ...found], origin, parseTimeline(document).problems);
  }
  const ours = isRecord(value) && ['schemaVersion', 'events', 'title', 'actors'].some((key) => Object.hasOwn(value, key));
  if (!ours) {
    const what = Array.isArray(value) ? 'a list' : isRecord(value) ? `an object with ${Object.keys(value).slice(0, 6).map((key) => JSON.stringify(key)).join(', ') || 'no keys'}` : `a single ${typeof value}`;
    return notATimeline('json', `This is JSON, but not a timeline: it is ${what}, with no list of events. A timeline has "title" and "events" (or TimelineJS's "events" with "start_date").`);
  }
  // The schema's address is written again on export; in the draft it is not the author's.
  const draft = Object.fromEntries(Object.entries(value).filter(([key]) => key !== '$schema'));
  return imported(draft, 'diplo', problems, origin, parseTimeline(draft).problems);
}

/**
 * Reads text: JSON (ours or TimelineJS's), else a spreadsheet (CSV or TSV; the name or content
 * type may say which, else the header row tells).
 *
 * @example
 * const result = await importText(clipboardText, { origin: 'text' });
 * if (result.ok) store.replace(result.draft, 'Import'); else showError(result.message);
 */
export async function importText(text: string, hint: ImportHint = {}): Promise<ImportResult> {
  const origin = hint.origin ?? 'text';
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return notATimeline('empty', origin === 'text' ? 'There is nothing to import: the text is empty.' : 'The file is empty.');
  if (isHTML(body, hint.contentType)) {
    const { isSignInPage, PUBLISH } = await import('../../../importers/csv/read-sheet.js');
    return htmlPage(isSignInPage(body), PUBLISH);
  }
  if (/^\s*[{[]/.test(body)) {
    const read = readJSONText(body, { duplicateKeys: true });
    if (!read.ok) return notATimeline('json', `This looks like JSON, but it cannot be read: ${read.message}.`);
    return fromJSONValue(read.value, read.problems, origin);
  }
  const [{ csvDocument }, { spreadsheetFormat }] = await Promise.all([import('../../../importers/csv/index.js'), import('../../../importers/sheet.js')]);
  const format = spreadsheetFormat(undefined, hint.contentType ?? '', hint.name ?? '');
  const read = csvDocument(body, format === 'tsv' ? { delimiter: '\t' } : {});
  if (!read.ok) {
    if (read.message.includes('names no column')) {
      const line = JSON.stringify((/^\s*([^\r\n]*)/.exec(body)?.[1] ?? '').slice(0, 60));
      return notATimeline(
        'text',
        `This text is not a timeline: it is not JSON, and its first line names none of a spreadsheet timeline’s columns (it reads ${line}). A sheet’s first row names its columns: Date, Title, Summary… (or TimelineJS’s Year, Month, Day, Headline, Text).`,
      );
    }
    return notATimeline('text', `This is not a spreadsheet that can be read: ${read.message}.`);
  }
  const delimiterFormat: ImportFormat = format ?? (/^[^\r\n]*\t/.test(body) ? 'tsv' : 'csv');
  return imported(read.document, delimiterFormat, read.problems, origin);
}

/** Reads bytes (a file, an answer): a signature says what is not text; text is UTF-8, UTF-16 or, failing those, Windows-1252. */
async function importBytes(bytes: Uint8Array, hint: ImportHint): Promise<ImportResult> {
  const sniffed = sniffBytes(bytes, hint.contentType);
  if (sniffed) return sniffed;
  // A spreadsheet saved on Windows may be Windows-1252: read it, with a warning, rather than lose an accent.
  const decoded = decodeJSONBytes(bytes, { fallback: 'windows-1252' });
  if (!decoded.ok) return notATimeline('binary', decoded.message);
  const result = await importText(decoded.text, hint);
  if (result.ok && decoded.warning) result.problems.unshift({ path: '', severity: 'warning', message: decoded.warning });
  return result;
}

/**
 * Reads a file the author opened or dropped.
 *
 * @example
 * const result = await importFile(input.files[0]);
 */
export async function importFile(file: Blob, name = file instanceof File ? file.name : ''): Promise<ImportResult> {
  return importBytes(new Uint8Array(await file.arrayBuffer()), { name, contentType: file.type, origin: 'file' });
}

/**
 * Reads the data at an address: a JSON file, or a Google Sheet published to the web as CSV
 * (its link ends in `output=csv`). The server must allow reading it from this page (CORS);
 * published sheets and most data hosts do.
 *
 * @example
 * const result = await importURL('https://docs.google.com/spreadsheets/d/e/…/pub?output=csv');
 */
export async function importURL(address: string, options: { signal?: AbortSignal } = {}): Promise<ImportResult> {
  const url = address.trim();
  if (isSheetEditingLink(url)) {
    const { PUBLISH } = await import('../../../importers/csv/read-sheet.js');
    return notATimeline('sign-in', `This is a Google Sheet’s editing link, which answers a page, not the data. ${PUBLISH}.`);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, headers: { accept: 'application/json, text/csv, text/tab-separated-values;q=0.9, */*;q=0.1' } });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return notATimeline('unreachable', `The address could not be read: the server did not answer, or does not let other sites read it (${String(error)}).`);
  }
  if (!response.ok) {
    return notATimeline('unreachable', `The address answered ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}, not the data: is it right, and public?`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return importBytes(bytes, { name: response.url || url, contentType: response.headers.get('content-type') ?? '', origin: 'url' });
}

/** A pasted text that is one web address, and nothing else. */
const ADDRESS = /^\s*https?:\/\/\S+\s*$/i;

/**
 * Reads what the author pasted: an address is fetched ({@link importURL}), anything else is
 * read as text ({@link importText}).
 */
export function importPasted(text: string, options: { signal?: AbortSignal } = {}): Promise<ImportResult> {
  return ADDRESS.test(text) ? importURL(text, options) : importText(text, { origin: 'text' });
}
