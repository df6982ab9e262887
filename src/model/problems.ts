/**
 * What the parser says about a document: each problem, where it is and what was done, and
 * the result of a read (everything that could be kept, and the problems).
 */
import type { Timeline } from './schema.js';

export const PROBLEM_SEVERITIES = ['error', 'warning'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** Something wrong in a timeline document, and what was done about it. */
export interface Problem {
  /** Where: `events[3].when`, `actors[0].color`; an empty string for the document itself. */
  path: string;
  /** The id of the event concerned, when it could be read. */
  eventId?: string;
  /** `error`: an event or required part was lost; `warning`: an optional part was dropped or replaced. */
  severity: ProblemSeverity;
  /** A sentence for the editor: what is wrong, and what was done about it. */
  message: string;
  /** From a spreadsheet: the row as the spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** From a spreadsheet: the column's header as written there (`Date`, `Source 2 URL`). */
  column?: string;
  /** From a YAML file: the line and column of what the problem is about. */
  position?: ProblemPosition;
}

/** A place in a text file: line and column, from 1. */
export interface ProblemPosition {
  line: number;
  column: number;
}

export interface ParseResult {
  /** Everything that could be kept. Always present, possibly with no events. */
  timeline: Timeline;
  problems: Problem[];
}
