/**
 * fromCSV: a spreadsheet's text → a validated timeline, every problem named by the row and
 * the column header the producer wrote. Rows are read into a document (`build.ts`), the
 * document is checked by `parseTimeline` like any other, and each problem of the check
 * (`events[3].when`) is traced back to its row and column.
 */
import { failedResult, parseTimeline, type ParseResult, type Problem, type TimelineDocument } from '../../model/index.js';
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

type Read = { ok: true; built: Built; result: ParseResult; problems: Problem[] } | { ok: false; message: string };

/** Reads the sheet into a document, checks it, and names every problem by row and column. */
function readCSV(text: string, options: FromCSVOptions, keep: boolean): Read {
  const read = readSheet(text, options.delimiter ? { delimiter: options.delimiter } : {});
  if (!read.ok) return read;
  const { sheet } = read;
  if (!sheet.headers.length) return { ok: false, message: 'the file holds no rows' };
  if (!sheet.headers.some((header) => ['field', 'group'].includes(recognizeColumn(header).kind))) {
    const found = sheet.headers.slice(0, 6).map((header) => JSON.stringify(header)).join(', ');
    return {
      ok: false,
      message: `the first row names no column diplo-timeline reads (found ${found}); the first row must hold the headers — Type, Date, Title, Summary… (docs/spreadsheet.md), or TimelineJS's Year, Month, Day, Headline, Text…`,
    };
  }
  const built = buildDocument(sheet, { ...options, keep });
  const result = parseTimeline(built.document);
  let checked = result.problems.map((problem) => locate(problem, built.origins));
  // A kept cell that could not be read was named by the row reader already, in a sheet's words.
  if (keep) checked = checked.filter((problem) => !built.problems.some((said) => said.row === problem.row && said.column === problem.column));
  const problems = [...built.problems, ...checked];
  // Stable: a row's problems stay in the order they were found.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ok: true, built, result, problems };
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
    const read = readCSV(text, options, false);
    return read.ok ? { timeline: read.result.timeline, problems: read.problems } : failedResult(read.message);
  } catch (error) {
    return failedResult(`the spreadsheet could not be read (${String(error)})`);
  }
}

/** A sheet read as a document, before it is checked: every row kept, readable or not. */
export type CSVDocument = { ok: true; document: TimelineDocument; problems: Problem[] } | { ok: false; message: string };

/** The place in the document of the entry a row became (`events[3]`), and of the field a column gave (`events[3].when`). */
function placeOf(problem: Problem, origins: Built['origins']): string | undefined {
  if (problem.row === undefined) return undefined;
  const entries: [string, Origin | undefined][] = [
    ['', origins.title],
    ...(['actors', 'eras', 'events'] as const).flatMap((list) => origins[list].map((origin, i): [string, Origin] => [`${list}[${String(i)}]`, origin])),
  ];
  const found = entries.find(([, origin]) => origin?.row === problem.row);
  if (!found) return undefined;
  const [base, origin] = found;
  const field = [...(origin?.columns ?? [])].find(([, header]) => header === problem.column)?.[0];
  if (!base) return field;
  return field ? `${base}.${field}` : base;
}

/**
 * Reads spreadsheet text as a document for an editor: like {@link fromCSV}, but rows that
 * cannot be read are kept with their cells as typed (an event whose date is unreadable keeps
 * the date's text), so nothing is lost and each problem can be shown beside its field. Each
 * problem names its row and column and, where the row became an entry, its `path` in the
 * document (`events[3].when`).
 *
 * @example
 * const read = csvDocument(text);
 * if (read.ok) editor.open(read.document);
 */
export function csvDocument(text: string, options: FromCSVOptions = {}): CSVDocument {
  try {
    const read = readCSV(text, options, true);
    if (!read.ok) return read;
    const { document, origins } = read.built;
    const problems = read.problems.map((problem) => {
      const path = problem.path || placeOf(problem, origins);
      return path ? { ...problem, path } : problem;
    });
    return { ok: true, document, problems };
  } catch (error) {
    return { ok: false, message: `the spreadsheet could not be read (${String(error)})` };
  }
}
