/**
 * Reading a timeline file for the command line: its format from `--from`, else its
 * extension (`.json`, `.yaml`/`.yml`, `.csv`, `.tsv`), else its first characters; its bytes decoded (UTF-8, UTF-16 with a byte-order
 * mark; a spreadsheet saved as Windows-1252 is read with a warning).
 */
import type { DateOrder } from '../importers/csv/cell-dates.js';
import { fromCSV } from '../importers/csv/index.js';
import { looksLikeTimelineJS } from '../importers/detect.js';
import { fromTimelineJS } from '../importers/timelinejs.js';
import { fromVisTimeline } from '../importers/vis.js';
import { decodeJSONBytes, failedResult, looksLikeVisTimeline, parseTimeline, parseTimelineYAML, readJSONText, type ParseResult, type Problem, type Timeline } from '../model/index.js';

export const INPUT_FORMATS = ['json', 'yaml', 'timelinejs', 'vis', 'csv', 'tsv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface ReadOptions {
  /** The file's name: its extension tells the format when `from` is not given. */
  name?: string;
  from?: InputFormat;
  /** Slash dates in a spreadsheet: day first (`dmy`) or month first (`mdy`). */
  dateOrder?: DateOrder;
}

export interface FileReport {
  /** The format the file was read as (TimelineJS and vis-timeline files recognised by their shape: `timelinejs`, `vis`). */
  format: InputFormat;
  timeline: Timeline;
  eventCount: number;
  problems: Problem[];
}

function formatOf(name: string, text: string): InputFormat {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

function report(format: InputFormat, result: ParseResult, found: Problem[] = []): FileReport {
  return { format, timeline: result.timeline, eventCount: result.timeline.events.length, problems: [...found, ...result.problems] };
}

/** Decodes a file and reads the timeline in it, in whichever format it is (the YAML parser loads only for a YAML file). */
export async function readTimelineFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<FileReport> {
  const lenient = decodeJSONBytes(bytes, { fallback: 'windows-1252' });
  const format = options.from ?? formatOf(options.name ?? '', lenient.ok ? lenient.text.slice(0, 200) : '');
  if (format === 'csv' || format === 'tsv') {
    if (!lenient.ok) return report(format, failedResult(lenient.message));
    const found: Problem[] = lenient.warning ? [{ path: '', severity: 'warning', message: lenient.warning }] : [];
    return report(format, fromCSV(lenient.text, { ...(format === 'tsv' ? { delimiter: '\t' } : {}), ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}) }), found);
  }
  // JSON is strict about its encoding: a JSON file that is not UTF-8 was not written by a JSON tool.
  const decoded = decodeJSONBytes(bytes);
  if (!decoded.ok) return report(format, failedResult(decoded.message));
  if (format === 'yaml') return report('yaml', await parseTimelineYAML(decoded.text));
  const read = readJSONText(decoded.text, { duplicateKeys: true });
  if (!read.ok) return report(format, failedResult(read.message));
  if (format === 'timelinejs' || (format === 'json' && looksLikeTimelineJS(read.value))) return report('timelinejs', fromTimelineJS(read.value), read.problems);
  if (format === 'vis' || (format === 'json' && looksLikeVisTimeline(read.value))) return report('vis', fromVisTimeline(read.value), read.problems);
  return report('json', parseTimeline(read.value), read.problems);
}
