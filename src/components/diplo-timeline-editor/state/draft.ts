/**
 * The document being edited, as the author typed it: plain JSON in the data file's shape
 * (dates as strings, nothing parsed away), changed only by copying the objects on the way to
 * a change (structural sharing), so any earlier version stays intact for undo and a changed
 * part is a new object (cheap to compare).
 */

/** A JSON document in the data file's shape; anything the author typed, valid or not. */
export type Draft = Readonly<Record<string, unknown>>;

/** Where a value is: `['events', 3, 'when', 'start']`. */
export type DraftPath = readonly (string | number)[];

/** A new, empty timeline. */
export function emptyDraft(): Draft {
  return { schemaVersion: 1, title: '', actors: [], eras: [], events: [] };
}

/** A path as the parser writes it in problems: `events[3].when.start`. */
export function pathKey(path: DraftPath): string {
  let key = '';
  for (const part of path) key += typeof part === 'number' ? `[${String(part)}]` : key ? `.${part}` : part;
  return key;
}

/** The path of a parser problem's `path` (`events[3].when` → `['events', 3, 'when']`). */
export function parsePathKey(key: string): DraftPath {
  const path: (string | number)[] = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? ''));
  return path;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path, or undefined. Reads own properties only. */
export function getAt(draft: unknown, path: DraftPath): unknown {
  let node = draft;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part];
    else if (isObject(node) && typeof part === 'string' && Object.hasOwn(node, part)) node = node[part];
    else return undefined;
  }
  return node;
}

/** The container a path's next part goes into, made if missing (a list for a number). */
function container(value: unknown, next: string | number): Record<string, unknown> | unknown[] {
  if (typeof next === 'number') return Array.isArray(value) ? [...(value as unknown[])] : [];
  return isObject(value) ? { ...value } : {};
}

/**
 * A copy of `draft` with `value` at `path` (the objects along the path copied, everything else
 * shared). `undefined` removes an object's key (an optional field left empty).
 */
export function setAt<T>(draft: T, path: DraftPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = container(draft, head);
  if (Array.isArray(copy)) {
    const index = head as number;
    copy[index] = setAt(copy[index], rest, value);
    return copy as T;
  }
  const key = String(head);
  const next = setAt(copy[key], rest, value);
  // An optional field left empty is left out, not written as null.
  if (next === undefined) return Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key)) as T;
  copy[key] = next;
  return copy as T;
}

/** A copy with `value` inserted into the list at `listPath`, at `index` (clamped). */
export function insertAt<T>(draft: T, listPath: DraftPath, index: number, value: unknown): T {
  const list = getAt(draft, listPath);
  const items = Array.isArray(list) ? [...(list as unknown[])] : [];
  items.splice(Math.max(0, Math.min(index, items.length)), 0, value);
  return setAt(draft, listPath, items);
}

/** A copy without the list item at `listPath[index]`. */
export function removeAt<T>(draft: T, listPath: DraftPath, index: number): T {
  const list = getAt(draft, listPath);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return draft;
  return setAt(
    draft,
    listPath,
    list.filter((_, i) => i !== index),
  );
}

/** A copy with the list item at `from` moved to `to`. */
export function moveAt<T>(draft: T, listPath: DraftPath, from: number, to: number): T {
  const list = getAt(draft, listPath);
  if (!Array.isArray(list) || from < 0 || from >= list.length) return draft;
  const items = [...(list as unknown[])];
  const [item] = items.splice(from, 1);
  items.splice(Math.max(0, Math.min(to, items.length)), 0, item);
  return setAt(draft, listPath, items);
}
