/**
 * parseTimeline: the reading (`readTimeline`, parse.ts) and what explains a document to its
 * author: another tool's document named as such with the command that converts it, and a
 * warning for each field the schema does not name, with the field most likely meant. Nothing
 * valid is lost: an unknown field never drops the object it is in. The reader's bundle reads
 * with `readTimeline` and loads this only for editors (`show-problems`).
 */
import { unknownFields } from './fields.js';
import { foreignFormat, foreignFormatMessage } from './foreign.js';
import { readTimeline, readTimelineAsync, type ParseAsyncOptions, type ParseOptions } from './parse.js';
import type { ParseResult, Problem } from './problems.js';

/**
 * What explains a document beyond the reading: an error naming another tool's format, else
 * the unknown fields. Empty for a clean file.
 */
export function explainDocument(input: unknown): Problem[] {
  const foreign = foreignFormat(input);
  if (foreign) return [{ path: '', severity: 'error', message: foreignFormatMessage(foreign) }];
  return unknownFields(input);
}

function explained(input: unknown, result: ParseResult): ParseResult {
  const foreign = foreignFormat(input);
  // Another tool's document: its name and how to convert it say all; the reading's list of
  // missing fields would only hide that.
  if (foreign) return { timeline: result.timeline, problems: [{ path: '', severity: 'error', message: foreignFormatMessage(foreign) }] };
  const fields = unknownFields(input);
  return fields.length ? { timeline: result.timeline, problems: [...fields, ...result.problems] } : result;
}

/**
 * Reads a timeline document of any origin. Never throws and never changes its input.
 * Returns everything that could be kept, and a problem for everything that could not, for
 * each field it does not know (with the one most likely meant), and for a document of
 * another tool (with the command that converts it).
 *
 * @example
 * const { timeline, problems } = parseTimeline(await response.json());
 * for (const p of problems) console.warn(`${p.path}: ${p.message}`);
 */
export function parseTimeline(input: unknown, options: ParseOptions = {}): ParseResult {
  return explained(input, readTimeline(input, options));
}

/**
 * `parseTimeline` for big documents in a page: the same result, read a slice of events at
 * a time, yielding to the page whenever a slice has kept it busy for `sliceMs`.
 *
 * @example
 * const { timeline, problems } = await parseTimelineAsync(await response.json(), { signal });
 */
export async function parseTimelineAsync(input: unknown, options: ParseAsyncOptions = {}): Promise<ParseResult> {
  return explained(input, await readTimelineAsync(input, options));
}
