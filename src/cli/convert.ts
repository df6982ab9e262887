/** `diplo-timeline convert`: a read timeline written as JSON (this library's), CSV or TSV. */
import { toCSV } from '../importers/csv/index.js';
import { serializeTimeline, type Timeline } from '../model/index.js';

export const OUTPUT_FORMATS = ['json', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The output format: `--to`, else the output file's extension; undefined when neither says. */
export function outputFormat(path: string, to?: string): OutputFormat | undefined {
  const name = (to ?? /\.([a-z]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
  if (name === 'tab') return 'tsv';
  return (OUTPUT_FORMATS as readonly string[]).includes(name) ? (name as OutputFormat) : undefined;
}

/** A timeline as the text of a file in the given format. */
export function writeTimeline(timeline: Timeline, format: OutputFormat): string {
  if (format === 'json') {
    // In the order a data file is written (the document's own order puts events before eras).
    const { schemaVersion, title, summary, asOf, locale, actors, eras, events } = serializeTimeline(timeline);
    return `${JSON.stringify({ schemaVersion, title, summary, asOf, locale, actors, eras, events }, null, 2)}\n`;
  }
  return toCSV(timeline, format === 'tsv' ? { delimiter: '\t' } : {});
}
