/**
 * Reading a timeline from the bytes and text of a file, a fetch or a CMS field: encodings,
 * an HTML page served instead of JSON, valid JSON. What explains invalid JSON (line and
 * column) and finds keys given twice is in json-text.ts, which a page loads only then.
 */
import type { ParseResult } from './parse.js';
import { SCHEMA_VERSION, type Timeline } from './schema.js';

/** What an HTML page served for a data file is, and what to check. */
export const RECEIVED_HTML = 'received HTML, not JSON (is the address right, or did the server send an error page?)';

/** True for an HTML page: a server's error page or a login wall answered instead of the data. */
export function isHTML(text: string, contentType = ''): boolean {
  return /\btext\/html\b/i.test(contentType) || /^\uFEFF?\s*</.test(text);
}

/**
 * JSON text as a value when it is plain valid JSON (a byte-order mark skipped); undefined
 * otherwise, and then `readJSONText` (json-text.ts) says what is wrong and where. For a page:
 * valid JSON, which is what readers get, is read without the code that explains broken JSON.
 */
export function validJSON(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return undefined;
  }
}

/** Bytes read as text: the encoding used, and a warning when it had to be guessed. */
export type DecodedText = { ok: true; text: string; warning?: string } | { ok: false; message: string };

const NOT_UTF8 = 'the file is not UTF-8 text (was it saved as Windows-1252 or Latin-1?)';

/**
 * Decodes a JSON file's bytes: UTF-8, or UTF-16 with a byte-order mark. Bytes that are not
 * UTF-8 are an error, or with `fallback: 'windows-1252'` are read as Windows-1252 (what a
 * spreadsheet on Windows saves) with a warning, so that no event is lost over an accent.
 */
export function decodeJSONBytes(bytes: Uint8Array, options: { fallback?: 'windows-1252' } = {}): DecodedText {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    if (encoding !== 'utf-8' || !options.fallback) return { ok: false, message: `${NOT_UTF8}; save it as UTF-8` };
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: `${NOT_UTF8}; it was read as Windows-1252 — check accented letters, and save it as UTF-8`,
    };
  }
}

/** A result for text that held no readable timeline: no events, one error. */
export function failedResult(message: string): ParseResult {
  const timeline: Timeline = { schemaVersion: SCHEMA_VERSION, title: '', actors: [], eras: [], events: [] };
  return { timeline, problems: [{ path: '', severity: 'error', message }] };
}
