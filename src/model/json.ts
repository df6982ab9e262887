/**
 * Reading a timeline from JSON text, as it arrives from a file, a fetch or a CMS
 * field, with errors an editor can act on.
 */
import { parseTimeline, type ParseResult } from './parse.js';
import { SCHEMA_VERSION, type Timeline } from './schema.js';

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const SPACE = /[ \t\n\r]*/y;

/**
 * Where JSON text stops being valid, for the error message: the engines' own messages
 * do not always carry a position. Iterative, so deep nesting cannot overflow the stack.
 * Returns -1 for valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const take = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const skipSpace = () => take(SPACE);
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    const c = text[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
      } else if (take(STRING) || take(NUMBER) || take(LITERAL)) {
        state = 'after';
      } else {
        return i;
      }
    } else if (state === 'key') {
      if (!take(STRING)) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

/**
 * Parses JSON text for a timeline: a byte-order mark is skipped; an empty file, an HTML
 * page (a server's error page, a login wall) and invalid JSON are reported with what and
 * where, never thrown.
 */
export function readJSONText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: 'the file is empty' };
  if (/^\s*</.test(body)) {
    return { ok: false, message: 'received HTML, not JSON (is the address right, or did the server send an error page?)' };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const where = offset >= 0 ? ` at ${lineAndColumn(body, offset)}` : '';
    const found =
      offset < 0 ? '' : offset >= body.length ? 'the text ends too soon' : `unexpected ${JSON.stringify(body.slice(offset, offset + 12))}`;
    return { ok: false, message: `invalid JSON${where}: ${found || message}` };
  }
}

/** A result for text that held no readable timeline: no events, one error. */
export function failedResult(message: string): ParseResult {
  const timeline: Timeline = { schemaVersion: SCHEMA_VERSION, title: '', actors: [], eras: [], events: [] };
  return { timeline, problems: [{ path: '', severity: 'error', message }] };
}

/**
 * Parses JSON text and then the timeline in it (see {@link readJSONText}).
 *
 * @example
 * const { timeline, problems } = parseTimelineJSON(await response.text());
 */
export function parseTimelineJSON(text: string): ParseResult {
  const read = readJSONText(text);
  return read.ok ? parseTimeline(read.value) : failedResult(read.message);
}
