/**
 * Which reader a fetched file needs, decided without loading any: a spreadsheet is
 * recognised by the `format` asked for, its content type, or its address (`.csv`, `.tsv`, a
 * Google Sheet published with `output=csv`), and only then is the CSV importer (and its
 * parser) fetched. A page that shows JSON never downloads it.
 */
import type { ParseResult } from '../model/index.js';

/** The data formats `<diplo-timeline>` reads. */
export const TIMELINE_FORMATS = ['diplo', 'timelinejs', 'csv', 'tsv'] as const;
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
  if (format === 'diplo' || format === 'timelinejs') return undefined;
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

/** Reads spreadsheet text with the CSV importer, loaded the first time a page needs it. */
export async function readSpreadsheet(text: string, format: SpreadsheetFormat): Promise<ParseResult> {
  const { fromCSV } = await import('./csv/index.js');
  return fromCSV(text, format === 'tsv' ? { delimiter: '\t' } : {});
}
