// The files generated from TypeScript sources, as { path: content }. Used by
// `npm run generate` to write them and by the Node tests to check they are current.
// Reads the compiled modules in dist/, so run after `npm run build`.
import { timelineJsonSchema } from '../dist/src/model/json-schema.js';
import { toCSV } from '../dist/src/importers/csv/index.js';
import { koreanPeninsula } from '../dist/data/korean-peninsula-2016-2019.js';
import { spreadsheetTemplate } from '../dist/data/spreadsheet-template.js';
import { jsxAttributes } from './jsx-attributes.js';

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

export function generatedFiles() {
  return {
    'data/timeline.schema.json': json(timelineJsonSchema()),
    'data/korean-peninsula-2016-2019.json': json({ $schema: './timeline.schema.json', ...koreanPeninsula }),
    'data/korean-peninsula-2016-2019.csv': toCSV(koreanPeninsula),
    'data/template.csv': toCSV(spreadsheetTemplate),
    'types/attributes.d.ts': jsxAttributes(),
  };
}
