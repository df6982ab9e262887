/** The command line's work, kept apart from process I/O so it can be tested: reading is in read.ts, writing in convert.ts. */
import { problemPlace, type Problem } from '../model/index.js';

export { readTimelineFile, INPUT_FORMATS, type FileReport, type InputFormat, type ReadOptions } from './read.js';

/** "error events[3].when (event "hanoi"): message", or "error row 14, Date: message" for a spreadsheet. */
export function formatProblem(problem: Problem): string {
  const id = problem.eventId !== undefined ? ` (event "${problem.eventId}")` : '';
  return `${problem.severity} ${problemPlace(problem)}${id}: ${problem.message}`;
}

/** Errors and warnings counted, and the verdict line: "valid, with warnings — 36 events kept, 0 errors, 2 warnings". */
export function summarize(eventCount: number, problems: readonly Problem[]): { errors: number; warnings: number; line: string } {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const verdict = errors ? 'not valid' : warnings ? 'valid, with warnings' : 'valid';
  const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
  return { errors, warnings, line: `${verdict} — ${plural(eventCount, 'event')} kept, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
}
