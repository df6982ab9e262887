import { validJSON, type Problem } from '../../model/index.js';

export type JSONRead = { ok: true; value: unknown; problems: Problem[] } | { ok: false; message: string };

/**
 * JSON text read as the model's `readJSONText` reads it. Valid JSON (what readers get) is
 * read at once; the reader that says where invalid JSON breaks, and that looks for keys given
 * twice (for editors, with `show-problems`), is a chunk fetched only then.
 */
export function readJSON(text: string, duplicateKeys = false): JSONRead | Promise<JSONRead> {
  const valid = duplicateKeys ? undefined : validJSON(text);
  if (valid) return { ok: true, value: valid.value, problems: [] };
  return import('../../model/json-text.js').then(
    (reader) => reader.readJSONText(text, { duplicateKeys }),
    // Offline, or the chunk is gone: what is known without it.
    (): JSONRead => {
      const read = validJSON(text);
      return read ? { ok: true, value: read.value, problems: [] } : { ok: false, message: 'invalid JSON' };
    },
  );
}
