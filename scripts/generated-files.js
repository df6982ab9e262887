// The files generated from TypeScript sources, as { path: content }. Used by
// `npm run generate` to write them and by the Node tests to check they are current.
// Reads the compiled modules in dist/, so run after `npm run build`.
import { timelineJsonSchema } from '../dist/src/model/json-schema.js';
import { toCSV } from '../dist/src/importers/csv/index.js';
import { koreanPeninsula } from '../dist/data/korean-peninsula-2016-2019.js';
import { spreadsheetTemplate } from '../dist/data/spreadsheet-template.js';
import { stringify } from 'yaml';
import { jsxAttributes } from './jsx-attributes.js';

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
// The comment tells YAML editors (the YAML language server: VS Code, Zed, Neovim…) the schema.
const yaml = (value) => `# yaml-language-server: $schema=./timeline.schema.json\n${stringify(value, { lineWidth: 0 })}`;

export function generatedFiles() {
  return {
    'data/timeline.schema.json': json(timelineJsonSchema()),
    'data/korean-peninsula-2016-2019.json': json({ $schema: './timeline.schema.json', ...koreanPeninsula }),
    'data/korean-peninsula-2016-2019.csv': toCSV(koreanPeninsula),
    'data/korean-peninsula-2016-2019.yaml': yaml(koreanPeninsula),
    'data/template.yaml': yaml(spreadsheetTemplate),
    'data/template.csv': toCSV(spreadsheetTemplate),
    'types/attributes.d.ts': jsxAttributes(),
  };
}
