// Writes the generated data files (JSON Schema, the flagship dataset as JSON, CSV and YAML, the templates).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(root + path, content);
  console.log(`wrote ${path}`);
}
