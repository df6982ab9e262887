/**
 * diplo-timeline/importers/csv: timelines written in a spreadsheet. `fromCSV` reads CSV or
 * TSV (this library's layout, or TimelineJS's template) with every problem named by row and
 * column; `toCSV` writes the same layout. The layout is in docs/spreadsheet.md.
 *
 * Loaded on its own: a page that reads a spreadsheet fetches it then, and a page that does
 * not never downloads it (nor its CSV parser).
 */
export { csvDocument, fromCSV, type CSVDocument, type FromCSVOptions } from './from-csv.js';
export { toCSV, type ToCSVOptions } from './to-csv.js';
export { readDateCell, type CellDate, type DateOrder } from './cell-dates.js';
