/** `diplo-timeline convert`: a read timeline written as JSON (this library's), YAML, CSV or TSV. */
import { toCSV } from '../importers/csv/index.js';
import { serializeTimeline, type Timeline } from '../model/index.js';

export const OUTPUT_FORMATS = ['json', 'yaml', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The output format: `--to`, else the output file's extension; undefined when neither says. */
export function outputFormat(path: string, to?: string): OutputFormat | undefined {
  const name = (to ?? /\.([a-z]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
  if (name === 'tab') return 'tsv';
  if (name === 'yml') return 'yaml';
  return (OUTPUT_FORMATS as readonly string[]).includes(name) ? (name as OutputFormat) : undefined;
}

/** A timeline as the text of a file in the given format (the YAML writer loads only for YAML). */
export async function writeTimeline(timeline: Timeline, format: OutputFormat): Promise<string> {
  if (format === 'json' || format === 'yaml') {
    // In the order a data file is written (the document's own order puts events before eras).
    const { schemaVersion, title, summary, asOf, locale, actors, eras, events } = serializeTimeline(timeline);
    const document = { schemaVersion, title, summary, asOf, locale, actors, eras, events };
    if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
    const { stringify } = await import('yaml');
    return stringify(JSON.parse(JSON.stringify(document)) as unknown, { lineWidth: 0 });
  }
  return toCSV(timeline, format === 'tsv' ? { delimiter: '\t' } : {});
}
