/**
 * Documents of other tools, recognised by their shape so that a reader is told what the
 * file is and how to convert it, instead of a list of fields we do not know.
 */
import { looksLikeTimelineJS } from './looks-like.js';
import { isRecord, own } from './repair.js';

export { looksLikeTimelineJS };

export const FOREIGN_FORMATS = ['timelinejs', 'vis-timeline', 'spreadsheet-rows', 'spreadsheet-text'] as const;
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number];

/** vis-timeline's items: a list of `{ id, content, start, end?, group? }` (or `{ items, groups }`). */
export function looksLikeVisTimeline(value: unknown): boolean {
  try {
    const items = isRecord(value) && own(value, 'schemaVersion') === undefined ? own(value, 'items') : value;
    return Array.isArray(items) && items.length > 0 && items.every((item) => isRecord(item) && own(item, 'content') !== undefined && own(item, 'start') !== undefined);
  } catch {
    return false;
  }
}

/** What a value is when it is another tool's document, else undefined. */
export function foreignFormat(value: unknown): ForeignFormat | undefined {
  if (looksLikeTimelineJS(value)) return 'timelinejs';
  if (looksLikeVisTimeline(value)) return 'vis-timeline';
  // A spreadsheet saved as JSON: rows as objects keyed by the sheet's headings ("Start Date",
  // "Headline"), not a list of our events (which says what a document needs around it).
  if (Array.isArray(value) && value.length > 0 && value.every(isRecord) && value.every((row) => own(row, 'when') === undefined) && Object.keys(value[0] as object).some((key) => /[A-Z\s]/.test(key))) {
    return 'spreadsheet-rows';
  }
  if (typeof value === 'string' && /^[^\n]*[,;\t][^\n]*\r?\n/.test(value)) return 'spreadsheet-text';
  return undefined;
}

/** What to tell the reader of a foreign document: what it is, and the command that converts it. */
export function foreignFormatMessage(format: ForeignFormat): string {
  const convert = (file: string) => `convert it with \`diplo-timeline convert ${file} -o timeline.json\``;
  switch (format) {
    case 'timelinejs':
      return `this is a TimelineJS3 file, not a diplo-timeline document: ${convert('timeline3.json')} (<diplo-timeline format="timelinejs"> reads it as it is)`;
    case 'vis-timeline':
      return `this is a vis-timeline list of items ({ id, content, start, end, group }), not a diplo-timeline document: ${convert('items.json')}`;
    case 'spreadsheet-rows':
      return `this is a list of rows, as a spreadsheet exported to JSON, not a diplo-timeline document: save the sheet as CSV and ${convert('events.csv')}`;
    case 'spreadsheet-text':
      return `this is text, as a spreadsheet exported to CSV, not a diplo-timeline document: save it as events.csv and ${convert('events.csv')} (<diplo-timeline src="events.csv"> reads it as it is)`;
  }
}
