/**
 * Spreadsheets fetched by `<diplo-timeline src>`: recognised by the `format` asked for, the
 * content type, or the address (`.csv`, `.tsv`, a Google Sheet published with `output=csv`),
 * and read by the CSV importer. The element loads this module (a chunk with the importer and
 * its parser) only for a file that is not JSON to look at: a page that shows JSON never
 * downloads it, and the reader's up-front bundle holds none of it.
 */
import type { ParseResult } from '../model/index.js';
import { fromCSV } from './csv/index.js';

/** The data formats `<diplo-timeline>` reads. */
export const TIMELINE_FORMATS = ['diplo', 'yaml', 'timelinejs', 'csv', 'tsv'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

export type SpreadsheetFormat = 'csv' | 'tsv';

/**
 * `csv` or `tsv` when a file is a spreadsheet, else undefined (JSON).
 *
 * @example
 * spreadsheetFormat(undefined, 'text/csv; charset=utf-8', 'https://docs.google.com/…/pub?output=csv') // 'csv'
 */
export function spreadsheetFormat(format: string | undefined, contentType: string, address: string): SpreadsheetFormat | undefined {
  if (format === 'csv' || format === 'tsv') return format;
  if (format === 'diplo' || format === 'yaml' || format === 'timelinejs') return undefined;
  const type = contentType.toLowerCase();
  if (/\btext\/(?:csv|comma-separated-values)\b|\bapplication\/csv\b/.test(type)) return 'csv';
  if (/\btext\/tab-separated-values\b/.test(type)) return 'tsv';
  let url: URL;
  try {
    url = new URL(address, 'https://example.invalid/');
  } catch {
    return undefined;
  }
  const output = (url.searchParams.get('output') ?? url.searchParams.get('format') ?? '').toLowerCase();
  if (output === 'csv' || output === 'tsv') return output;
  const extension = /\.(csv|tsv|tab)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  return undefined;
}

/** The timeline in a fetched file when it is a spreadsheet; undefined when it is not (JSON, or an error page for JSON). */
export function readIfSpreadsheet(text: string, format: string | undefined, contentType: string, address: string): ParseResult | undefined {
  const sheet = spreadsheetFormat(format, contentType, address);
  return sheet ? fromCSV(text, sheet === 'tsv' ? { delimiter: '\t' } : {}) : undefined;
}
