/**
 * A timeline written in YAML: read with the `yaml` package (YAML 1.2, core schema), only ever
 * loaded through a dynamic import (`yaml.ts`) when a YAML file is read. Every problem gets the
 * line and column of what it is about, as an editor would jump to it.
 */
import { LineCounter, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseTimeline } from './check.js';
import { failedResult } from './json.js';
import type { ParseResult, Problem, ProblemPosition } from './problems.js';

/**
 * Keys whose values are dates. YAML reads `when: 2019` and `start: -000043` as numbers; a
 * date's text is what the author wrote, so these are kept as written.
 */
const DATE_KEYS = new Set(['when', 'start', 'end', 'asOf', 'published']);

/** `events[3].quotes[0].text` → `['events', 3, 'quotes', 0, 'text']`. */
function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? '') : Number(match[2])));
}

export type YAMLRead =
  | { ok: true; value: unknown; problems: Problem[]; locate: (path: string) => ProblemPosition | undefined }
  | { ok: false; message: string; position?: ProblemPosition };

/**
 * Parses YAML text for a timeline. Invalid YAML (a bad indent, a tab, a key given twice, an
 * anchor used too often) is reported with its line and column, never thrown.
 *
 * @example
 * const read = readYAMLText('title: Talks\nevents: []');
 */
export function readYAMLText(text: string): YAMLRead {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: 'the file is empty' };
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  } catch (error) {
    return { ok: false, message: `invalid YAML: ${String(error)}` };
  }
  const at = (offset: number): ProblemPosition => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const [error] = doc.errors;
  if (error) {
    const position = at(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    return { ok: false, message: `invalid YAML at line ${String(position.line)}, column ${String(position.column)}: ${message}`, position };
  }
  visit(doc, {
    Pair(_, pair) {
      const { key, value } = pair;
      if (isScalar(key) && isScalar(value) && typeof value.value === 'number' && DATE_KEYS.has(String(key.value)) && value.source) {
        value.value = value.source;
      }
    },
  });
  let value: unknown;
  try {
    // At most 100 aliases: a "billion laughs" file is refused, not expanded.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  const problems: Problem[] = doc.warnings.map((warning) => ({ path: '', severity: 'warning', message: warning.message, position: at(warning.pos[0]) }));
  const locate = (path: string): ProblemPosition | undefined => {
    // A field: where its key is written (`headline:`), the author's eye goes there.
    const keys = pathKeys(path);
    const last = keys.at(-1);
    const parent: unknown = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
    if (typeof last === 'string' && isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return at(range[0]);
    }
    // Else the node the path names, or the nearest one around it (a missing field: its object).
    for (let around = keys; ; around = around.slice(0, -1)) {
      const node: unknown = around.length ? doc.getIn(around, true) : doc.contents;
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return at(range[0]);
      if (!around.length) return undefined;
    }
  };
  return { ok: true, value, problems, locate };
}

/**
 * Parses YAML text and then the timeline in it, each problem with its line and column.
 *
 * @example
 * const { timeline, problems } = parseTimelineYAMLText(text);
 */
export function parseTimelineYAMLText(text: string): ParseResult {
  const read = readYAMLText(text);
  if (!read.ok) {
    const failed = failedResult(read.message);
    if (read.position) for (const problem of failed.problems) problem.position = read.position;
    return failed;
  }
  const result = parseTimeline(read.value);
  const problems = [...read.problems, ...result.problems].map((problem) => {
    const position = problem.position ?? read.locate(problem.path);
    return position ? { ...problem, position } : problem;
  });
  return { timeline: result.timeline, problems };
}
