/**
 * JSON text read with errors an editor can act on: invalid JSON with its line and column and
 * what it most likely means, JavaScript pasted for JSON, keys given twice. A page loads this
 * only when the text is not valid JSON or an editor asked to see problems (see `validJSON`).
 */
import { RECEIVED_HTML, failedResult, isHTML } from './json.js';
import { parseTimeline } from './check.js';
import type { ParseResult, Problem } from './parse.js';

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

type Frame = { object: true; keys: Set<string>; key: string; path: string } | { object: false; index: number; path: string };

/**
 * Keys that appear twice in one object of valid JSON text (`JSON.parse` silently keeps the
 * last), with the path of each: `events[3].title`. Iterative, for any depth.
 */
export function duplicateKeys(text: string): { path: string; key: string }[] {
  const found: { path: string; key: string }[] = [];
  const token = /"(?:[^"\\]|\\.)*"|[{}[\],:]/g;
  const stack: Frame[] = [];
  let expectKey = false;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (!top.object) return `${top.path}[${String(top.index)}]`;
    return top.path ? `${top.path}.${top.key}` : top.key;
  };
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const part = match[0];
    const top = stack[stack.length - 1];
    if (part === '{') {
      stack.push({ object: true, keys: new Set(), key: '', path: childPath() });
      expectKey = true;
    } else if (part === '[') {
      stack.push({ object: false, index: 0, path: childPath() });
      expectKey = false;
    } else if (part === '}' || part === ']') {
      stack.pop();
      expectKey = false;
    } else if (part === ',') {
      if (top && !top.object) top.index++;
      else expectKey = true;
    } else if (part === ':') {
      expectKey = false;
    } else if (top?.object && expectKey) {
      const key = JSON.parse(part) as string;
      if (top.keys.has(key)) found.push({ path: top.path ? `${top.path}.${key}` : key, key });
      top.keys.add(key);
      top.key = key;
      expectKey = false;
    }
  }
  return found;
}

/** What a JSON error most often means, in an editor's words. */
function hint(rest: string): string {
  if (/^(NaN|-?Infinity|undefined)\b/.test(rest)) return ' (JSON has no NaN, Infinity or undefined: write null, or leave the field out)';
  if (rest.startsWith("'")) return ' (JSON strings take double quotes)';
  if (/^[}\]]/.test(rest)) return ' (a comma before it with nothing after?)';
  if (/^\/[/*]/.test(rest)) return ' (JSON has no comments)';
  return '';
}

/** Text that is a JavaScript program rather than JSON: `const timeline = {…};`, `export default {…}`. */
const JAVASCRIPT = /^\s*(?:(?:var|let|const)\s+[\w$]+\s*=|export\s+default\b|module\.exports\s*=|window\.[\w$.]+\s*=)/;

export interface ReadJSONOptions {
  /** Also report keys that appear twice in an object (a scan of the whole text). */
  duplicateKeys?: boolean;
}

/**
 * Parses JSON text for a timeline: a byte-order mark is skipped; an empty file, an HTML
 * page (a server's error page, a login wall), JavaScript pasted for JSON and invalid JSON
 * are reported with what and where, never thrown. With `duplicateKeys`, keys given twice
 * come back as warnings (JSON keeps the last).
 */
export function readJSONText(
  text: string,
  options: ReadJSONOptions = {},
): { ok: true; value: unknown; problems: Problem[] } | { ok: false; message: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: 'the file is empty' };
  if (isHTML(body)) return { ok: false, message: RECEIVED_HTML };
  if (JAVASCRIPT.test(body)) {
    return { ok: false, message: 'this is JavaScript, not JSON: keep only the { … } object, without "const … =" before it or ";" after it' };
  }
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const where = offset >= 0 ? ` at ${lineAndColumn(body, offset)}` : '';
    const rest = offset >= 0 ? body.slice(offset) : '';
    // The end of the text, or a string that never closes: the file was cut short.
    const cut = offset >= body.length || (rest.startsWith('"') && !rest.includes('"', 1));
    const found = offset < 0 ? '' : cut ? 'the text ends too soon (is the file cut short?)' : `unexpected ${JSON.stringify(rest.slice(0, 12))}${hint(rest)}`;
    return { ok: false, message: `invalid JSON${where}: ${found || message}` };
  }
  const problems: Problem[] = [];
  if (options.duplicateKeys) {
    const events = (value as { events?: unknown } | null)?.events;
    for (const { path, key } of duplicateKeys(body)) {
      const index = /^events\[(\d+)\]/.exec(path)?.[1];
      const id: unknown = index !== undefined && Array.isArray(events) ? (events[Number(index)] as { id?: unknown } | null)?.id : undefined;
      problems.push({
        path,
        ...(typeof id === 'string' ? { eventId: id } : {}),
        severity: 'warning',
        message: `"${key}" is given more than once in the same object; the last one was used`,
      });
    }
  }
  return { ok: true, value, problems };
}

/**
 * Parses JSON text and then the timeline in it (see {@link readJSONText}), keys given twice
 * reported as warnings.
 *
 * @example
 * const { timeline, problems } = parseTimelineJSON(await response.text());
 */
export function parseTimelineJSON(text: string): ParseResult {
  const read = readJSONText(text, { duplicateKeys: true });
  if (!read.ok) return failedResult(read.message);
  const result = parseTimeline(read.value);
  return { timeline: result.timeline, problems: [...read.problems, ...result.problems] };
}
