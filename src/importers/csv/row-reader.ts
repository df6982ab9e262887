/**
 * Reading cells of a row by what their column means, and keeping, for every value put into
 * the document, the header it came from: schema problems (`events[3].when`) are then named
 * by the row and the column the producer wrote (`row 5, Date`).
 */
import type { Problem, ProblemSeverity } from '../../model/index.js';
import { htmlToText } from '../timelinejs.js';
import { readDateCell, readDateParts, type DateOrder } from './cell-dates.js';
import { recognizeColumn, type Field, type Group, type GroupPart } from './columns.js';
import type { Sheet, SheetRow } from './read-sheet.js';

/** Where the parts of one document entry came from: its row, and a header per field path (`when`, `sources[1].url`). */
export interface Origin {
  row: number;
  columns: Map<string, string>;
}

export interface Layout {
  headers: string[];
  fields: Map<Field, number>;
  /** `source:0:url` → column index. */
  groups: Map<string, number>;
  /** How many numbered items of each group the header has. */
  groupCounts: Record<Group, number>;
}

/** The columns of a sheet; a field given by two columns is read from the first. */
export function layoutOf(sheet: Sheet): Layout {
  const fields = new Map<Field, number>();
  const groups = new Map<string, number>();
  const groupCounts: Record<Group, number> = { source: 0, quote: 0, media: 0 };
  sheet.headers.forEach((header, index) => {
    const column = recognizeColumn(header);
    if (column.kind === 'field' && !fields.has(column.field)) fields.set(column.field, index);
    if (column.kind === 'group') {
      const key = `${column.group}:${column.index}:${column.part}`;
      if (!groups.has(key)) groups.set(key, index);
      groupCounts[column.group] = Math.max(groupCounts[column.group], column.index + 1);
    }
  });
  return { headers: sheet.headers, fields, groups, groupCounts };
}

/** What happens, in a document that keeps everything, to a cell that cannot be read. */
const KEPT = 'it was kept as typed';

export class RowReader {
  readonly origin: Origin;

  constructor(
    private readonly layout: Layout,
    private readonly row: SheetRow,
    private readonly problems: Problem[],
    private readonly dateOrder?: DateOrder,
    /** Keep what cannot be read as it was typed (a draft for the editor), instead of leaving it out. */
    readonly keep = false,
  ) {
    this.origin = { row: row.number, columns: new Map() };
  }

  get number(): number {
    return this.row.number;
  }

  private at(index: number | undefined): string {
    return index === undefined ? '' : (this.row.cells[index] ?? '').trim();
  }

  /**
   * One end of a date as the producer typed it (the Date cell, or TimelineJS's Year, Month, Day
   * and Time joined), for a document that keeps what it could not read.
   */
  typedDate(end: boolean): string {
    const cell = this.cell(end ? 'endDate' : 'date');
    if (cell) return cell;
    const names = end ? (['endYear', 'endMonth', 'endDay', 'endTime'] as const) : (['year', 'month', 'day', 'time'] as const);
    const [year = '', month = '', day = '', time = ''] = names.map((name) => this.cell(name));
    return [[year, month, day].filter(Boolean).join('-'), time].filter(Boolean).join(' ');
  }

  /** A field's cell, trimmed ('' when the column is absent or the cell empty). */
  cell(field: Field): string {
    return this.at(this.layout.fields.get(field));
  }

  /** A numbered group's cell. */
  part<G extends Group>(group: G, index: number, part: GroupPart<G>): string {
    return this.at(this.layout.groups.get(`${group}:${index}:${part}`));
  }

  header(field: Field): string | undefined {
    const index = this.layout.fields.get(field);
    return index === undefined ? undefined : this.layout.headers[index];
  }

  partHeader(group: Group, index: number, part: string): string | undefined {
    const column = this.layout.groups.get(`${group}:${index}:${part}`);
    return column === undefined ? undefined : this.layout.headers[column];
  }

  /** Records that the document's `path` (relative to the entry) came from this column. */
  from(path: string, header: string | undefined): void {
    if (header !== undefined && !this.origin.columns.has(path)) this.origin.columns.set(path, header);
  }

  report(severity: ProblemSeverity, header: string | undefined, message: string, path = ''): void {
    this.problems.push({ path, row: this.row.number, ...(header === undefined ? {} : { column: header }), severity, message });
  }

  /** Plain text from a plain column, or from its TimelineJS HTML twin (Title / Headline, Summary / Text). */
  text(plain: Field, html: Field, path: string): string {
    const value = this.cell(plain);
    if (value) {
      this.from(path, this.header(plain));
      return value;
    }
    const markup = this.cell(html);
    if (!markup) return '';
    this.from(path, this.header(html));
    return htmlToText(markup);
  }

  /**
   * One end of a date: the Date (or End Date) cell, else TimelineJS's Year, Month, Day and
   * Time columns. Undefined when there is none or it cannot be read (then a problem says why,
   * with `consequence`; with `keep`, the date as typed); `path` is recorded as coming from the
   * column used.
   */
  date(end: boolean, path: string, consequence: string, severity: ProblemSeverity = 'error'): string | undefined {
    const field: Field = end ? 'endDate' : 'date';
    const cell = this.cell(field);
    if (cell) {
      this.from(path, this.header(field));
      return this.dateCell(cell, this.header(field), consequence, severity);
    }
    const names = end ? (['endYear', 'endMonth', 'endDay', 'endTime'] as const) : (['year', 'month', 'day', 'time'] as const);
    const [year = '', month = '', day = '', time = ''] = names.map((name) => this.cell(name));
    if (!year && !month && !day && !time) return undefined;
    this.from(path, this.header(names[0]));
    const parts = readDateParts({ year, month, day, time });
    if (!parts.ok) {
      const column = this.header(names[['year', 'month', 'day', 'time'].indexOf(parts.part)] ?? names[0]);
      this.report(severity, column, `${parts.reason}; ${this.keep ? KEPT : consequence}`);
      return this.keep ? this.typedDate(end) : undefined;
    }
    if (parts.untimed) this.report('warning', this.header(names[3]), 'has no time zone (TimelineJS times have none); the time was kept on the same clock, as UTC');
    return parts.value;
  }

  /** A date cell in any column (Date, As Of, Source Published), with the spreadsheet forms read as documented. */
  dateCell(cell: string, header: string | undefined, consequence: string, severity: ProblemSeverity = 'warning'): string | undefined {
    const result = readDateCell(cell, { dateOrder: this.dateOrder });
    if (!result.ok) {
      this.report(severity, header, `${result.reason}; ${this.keep ? KEPT : consequence}`);
      return this.keep ? cell : undefined;
    }
    if (result.note) this.report('warning', header, result.note);
    return result.value;
  }
}
