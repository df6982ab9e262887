/** The `diplo-timeline validate` command's work, kept apart from process I/O so it can be tested. */
import { decodeJSONBytes, parseTimelineJSON, type Problem } from '../model/index.js';

export interface FileReport {
  eventCount: number;
  problems: Problem[];
}

/** Decodes a file (UTF-8, or UTF-16 with a byte-order mark) and checks the timeline in it. */
export function readTimelineFile(bytes: Uint8Array): FileReport {
  const decoded = decodeJSONBytes(bytes);
  if (!decoded.ok) return { eventCount: 0, problems: [{ path: '', severity: 'error', message: decoded.message }] };
  const { timeline, problems } = parseTimelineJSON(decoded.text);
  return { eventCount: timeline.events.length, problems };
}

/** "error events[3].when (id hanoi): message" */
export function formatProblem(problem: Problem): string {
  const where = problem.path || '(document)';
  const id = problem.eventId !== undefined ? ` (event "${problem.eventId}")` : '';
  return `${problem.severity} ${where}${id}: ${problem.message}`;
}
