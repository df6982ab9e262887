import type { Problem } from './parse.js';

/**
 * Where a problem is, in the words of the file it came from: `row 14, Date` for a
 * spreadsheet, the line and column (and path) in a YAML file, the path (`events[3].when`) for
 * a JSON document, `(document)` for the whole.
 *
 * @example
 * `${problemPlace(problem)}: ${problem.message}` // "row 14, Date: "6/12/2018" is ambiguous …"
 */
export function problemPlace(problem: Problem): string {
  const { position } = problem;
  if (position) return `line ${String(position.line)}, column ${String(position.column)}${problem.path ? ` (${problem.path})` : ''}`;
  if (problem.row === undefined) return problem.path || '(document)';
  return problem.column ? `row ${problem.row}, ${problem.column}` : `row ${problem.row}`;
}
