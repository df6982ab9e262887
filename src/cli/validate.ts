/** The `diplo-timeline validate` command's work, kept apart from process I/O so it can be tested. */
import { parseTimelineJSON, type Problem } from '../model/index.js';

export interface FileReport {
  eventCount: number;
  problems: Problem[];
}

/** Decodes a file (UTF-8, or UTF-16 with a byte-order mark) and checks the timeline in it. */
export function readTimelineFile(bytes: Uint8Array): FileReport {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return {
      eventCount: 0,
      problems: [
        {
          path: '',
          severity: 'error',
          message: 'the file is not UTF-8 text (was it saved as Windows-1252 or Latin-1? save it as UTF-8)',
        },
      ],
    };
  }
  const { timeline, problems } = parseTimelineJSON(text);
  return { eventCount: timeline.events.length, problems };
}

/** "error events[3].when (id hanoi): message" */
export function formatProblem(problem: Problem): string {
  const where = problem.path || '(document)';
  const id = problem.eventId !== undefined ? ` (event "${problem.eventId}")` : '';
  return `${problem.severity} ${where}${id}: ${problem.message}`;
}
