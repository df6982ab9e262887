/**
 * Ids made from text, for importers whose rows have none: the same title always gives the
 * same id, so a re-import keeps every `#id` link that was shared.
 */

const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** True for a usable id: letters, digits, `-`, `_` and `.`, starting with a letter or digit. */
export function isId(text: string): boolean {
  return text.length <= 128 && ID.test(text);
}

/** "The Hanoi summit ends early" → "the-hanoi-summit-ends-early" (accents dropped, any script kept). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * An id not yet in `taken` (which it is added to): `base`, else `base-<qualifier>` (a date,
 * which stays the same when rows move), else `base-2`, `base-3`…
 */
export function uniqueId(base: string, taken: Set<string>, qualifier?: string): string {
  let id = base;
  if (taken.has(id) && qualifier) id = `${base}-${qualifier}`;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
