/**
 * Spreadsheet text → a header and rows, with d3-dsv doing the parsing (RFC 4180 quoting,
 * line breaks inside quoted cells, CRLF). Around it: what spreadsheets really save — a
 * byte-order mark, `;` between cells (Excel in much of Europe), tabs (a copy from Google
 * Sheets, Excel's "Unicode text"), empty rows and columns at the end — and files that are
 * not spreadsheets at all, each named with what to do.
 */
import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../../model/index.js';
import { columnLetter, recognizeColumn } from './columns.js';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the first row is 1). */
  number: number;
  cells: string[];
}

export interface Sheet {
  /** The header row's cells, trimmed; trailing empty columns left out. */
  headers: string[];
  headerRow: number;
  rows: SheetRow[];
  delimiter: string;
  problems: Problem[];
}

/** How to get the CSV link of a Google Sheet. */
export const PUBLISH =
  'In Google Sheets: File → Share → Publish to web, choose the tab, choose "Comma-separated values (.csv)", press Publish, and use the link it gives (it ends in output=csv)';

/** An HTML page that asks to sign in: what a Google Sheet that is not published answers. */
export const isSignInPage = (html: string) => /accounts\.google\.com|ServiceLogin|sign[ -]?in/i.test(html.slice(0, 20000));

/** What a text that is no spreadsheet is, said so that the producer knows what to do; undefined for a spreadsheet. */
export function notASpreadsheet(text: string): string | undefined {
  const head = text.slice(0, 2000);
  if (head.trim() === '') return 'the file is empty';
  if (head.startsWith('%PDF-')) return 'this is a PDF, not a spreadsheet: export the sheet as CSV instead (File → Download → Comma-separated values)';
  if (head.startsWith('PK\u0003\u0004')) {
    return 'this is an Excel or OpenDocument workbook (.xlsx, .ods), not CSV: save it as "CSV UTF-8" (Excel: File → Save As), or publish the Google Sheet as CSV';
  }
  if (head.includes('\u0000')) return 'this is not text (a binary file?): save the sheet as CSV UTF-8';
  if (/^\s*</.test(head)) {
    const what = isSignInPage(text)
      ? 'a sign-in page, not a spreadsheet: the Google Sheet is not published to the web (or the link is its editing link)'
      : 'a web page (HTML), not a spreadsheet: the link is not a CSV link (a sheet published as "Web page", or a server error page)';
    return `received ${what}. ${PUBLISH}.`;
  }
  if (/^\s*[{[]/.test(head)) return 'this is JSON, not a spreadsheet: read it as a JSON timeline (format "diplo" or "timelinejs")';
  return undefined;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The first line (a header never holds a line break). */
function firstLine(text: string): string {
  const match = /^[\s]*([^\r\n]*)/.exec(text);
  return match?.[1] ?? '';
}

/**
 * The delimiter that makes the most headers this layout knows: the header row names the
 * columns, so it tells `,` from `;` and tabs even in a file of one row (a count of cells alone,
 * as generic guessers use, cannot when a text holds commas).
 */
export function detectDelimiter(text: string): string {
  const line = firstLine(text);
  let best: { delimiter: string; known: number; cells: number } = { delimiter: ',', known: -1, cells: 0 };
  for (const delimiter of DELIMITERS) {
    const cells = dsvFormat(delimiter).parseRows(line)[0] ?? [];
    const known = cells.filter((cell) => recognizeColumn(cell).kind !== 'unknown').length;
    if (known > best.known || (known === best.known && cells.length > best.cells)) best = { delimiter, known, cells: cells.length };
  }
  return best.delimiter;
}

const isEmpty = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Reads spreadsheet text (a byte-order mark is skipped). */
export function readSheet(input: string, options: { delimiter?: string } = {}): { ok: true; sheet: Sheet } | { ok: false; message: string } {
  const text = input.replace(/^\uFEFF/, '');
  const refusal = notASpreadsheet(text);
  if (refusal) return { ok: false, message: refusal };
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records = dsvFormat(delimiter).parseRows(text);
  const problems: Problem[] = [];

  const headerIndex = records.findIndex((cells) => !isEmpty(cells));
  const headerCells = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const headerRow = headerIndex + 1;
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === '') width--;
  const headers = headerCells.slice(0, width);

  const rows: SheetRow[] = [];
  const overflow: number[] = [];
  const headless = new Set<number>();
  records.forEach((cells, index) => {
    if (index <= headerIndex || isEmpty(cells)) return;
    const number = index + 1;
    let extra = false;
    cells.forEach((cell, i) => {
      if (cell.trim() === '' || (i < width && headers[i] !== '')) return;
      if (i < headerCells.length) headless.add(i);
      else extra = true;
    });
    if (extra) overflow.push(number);
    rows.push({ number, cells: cells.slice(0, width) });
  });

  for (const index of [...headless].sort((a, b) => a - b)) {
    problems.push({
      path: '',
      row: headerRow,
      column: `column ${columnLetter(index)}`,
      severity: 'warning',
      message: 'has no header, so nothing says what its cells are; they were ignored — give the column a header',
    });
  }
  for (const number of overflow.slice(0, 20)) {
    problems.push({
      path: '',
      row: number,
      severity: 'warning',
      message: `has more cells than the header row has columns (a "${delimiter === '\t' ? 'tab' : delimiter}" inside a cell that is not in quotes?); the cells past the last column were ignored`,
    });
  }

  // A quote that never closes swallows the rest of the file into one cell.
  const last = rows[rows.length - 1];
  const quotes = text.length - text.replaceAll('"', '').length;
  if (last && quotes % 2 === 1) {
    const cell = last.cells.findLastIndex((value) => value.trim() !== '');
    const value = last.cells[cell] ?? '';
    const lines = value.split('\n').length;
    if (lines > 1 && !text.trimEnd().endsWith('"')) {
      problems.push({
        path: '',
        row: last.number,
        column: (headers[cell] ?? '') === '' ? `column ${columnLetter(cell)}` : (headers[cell] ?? ''),
        severity: 'error',
        message: `a quote (") opens in this cell and never closes, so the rest of the file (${lines - 1} more lines) was read into it; close the quote, or remove it`,
      });
    }
  }
  return { ok: true, sheet: { headers, headerRow, rows, delimiter, problems } };
}
