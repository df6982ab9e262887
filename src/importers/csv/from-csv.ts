/**
 * fromCSV: a spreadsheet's text → a validated timeline, every problem named by the row and
 * the column header the producer wrote. Rows are read into a document (`build.ts`), the
 * document is checked by `parseTimeline` like any other, and each problem of the check
 * (`events[3].when`) is traced back to its row and column.
 */
import { failedResult, parseTimeline, type ParseResult, type Problem } from '../../model/index.js';
import { buildDocument, type Built } from './build.js';
import type { DateOrder } from './cell-dates.js';
import { recognizeColumn } from './columns.js';
import { readSheet } from './read-sheet.js';
import type { Origin } from './row-reader.js';

export interface FromCSVOptions {
  /** The separator between cells: `,`, `;` or a tab. Unset, the header row tells (the one that names the most columns). */
  delimiter?: string;
  /**
   * The order of slash dates such as `6/12/2018` in this file: `dmy` (12 June is 12/6) or `mdy`
   * (12 June is 6/12). Unset, such dates are refused with both readings shown.
   */
  dateOrder?: DateOrder;
}

/** The header a path of an entry came from, or of the nearest enclosing part (`sources[1].url` → `sources[1]`). */
function columnOf(origin: Origin, path: string): string | undefined {
  for (let rest = path; rest; rest = rest.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
    const column = origin.columns.get(rest);
    if (column !== undefined) return column;
    if (!/[.[]/.test(rest)) break;
  }
  return undefined;
}

const NO_TITLE =
  'there is no title row: add a row with "title" in the Type column and the timeline\'s title in its Title cell; the timeline has no title';

/** Names a problem of the document check by its row and column. */
function locate(problem: Problem, origins: Built['origins']): Problem {
  const entry = /^(events|actors|eras)\[(\d+)\](?:\.(.*))?$/.exec(problem.path);
  let origin: Origin | undefined;
  let rest = '';
  if (entry) {
    origin = origins[entry[1] as 'events' | 'actors' | 'eras'][Number(entry[2])];
    rest = entry[3] ?? '';
  } else if (/^(?:title|summary|asOf|locale)$/.test(problem.path)) {
    if (!origins.title && problem.path === 'title') return { ...problem, message: NO_TITLE };
    origin = origins.title;
    rest = problem.path;
  }
  if (!origin) return problem;
  const column = columnOf(origin, rest);
  return { ...problem, row: origin.row, ...(column === undefined ? {} : { column }) };
}

/**
 * Reads a timeline from spreadsheet text: CSV or TSV as spreadsheets save it, in this
 * library's layout or TimelineJS's template (see docs/spreadsheet.md). Never throws. Rows
 * that cannot be read are left out; every problem names its row and column.
 *
 * @example
 * const { timeline, problems } = fromCSV(await (await fetch(sheetUrl)).text());
 * for (const p of problems) console.warn(`row ${p.row}, ${p.column}: ${p.message}`);
 */
export function fromCSV(text: string, options: FromCSVOptions = {}): ParseResult {
  try {
    const read = readSheet(text, options.delimiter ? { delimiter: options.delimiter } : {});
    if (!read.ok) return failedResult(read.message);
    const { sheet } = read;
    if (!sheet.headers.length) return failedResult('the file holds no rows');
    if (!sheet.headers.some((header) => ['field', 'group'].includes(recognizeColumn(header).kind))) {
      const found = sheet.headers.slice(0, 6).map((header) => JSON.stringify(header)).join(', ');
      return failedResult(
        `the first row names no column diplo-timeline reads (found ${found}); the first row must hold the headers — Type, Date, Title, Summary… (docs/spreadsheet.md), or TimelineJS's Year, Month, Day, Headline, Text…`,
      );
    }
    const built = buildDocument(sheet, options);
    const result = parseTimeline(built.document);
    const problems = [...built.problems, ...result.problems.map((problem) => locate(problem, built.origins))];
    // Stable: a row's problems stay in the order they were found.
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { timeline: result.timeline, problems };
  } catch (error) {
    return failedResult(`the spreadsheet could not be read (${String(error)})`);
  }
}
