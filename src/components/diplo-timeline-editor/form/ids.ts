/**
 * Ids made from names: an actor's from its name, an era's or an event's from its title. The id
 * follows the name while the author types it, for as long as it is the one made from the name
 * (or empty, or the store's placeholder `event-3`) and nothing refers to it; once the author
 * types an id of their own, or an event points at it, it stays put.
 */

/** Ids hold letters, digits, "-", "_" and "." (the schema's rule); the schema allows up to 128 characters. */
const MAX_LENGTH = 64;

/**
 * An id from a name: lower case, accents dropped, other scripts kept as they are, anything
 * else a hyphen. "Democratic People's Republic of Korea" → "democratic-peoples-republic-of-korea",
 * "Côte d'Ivoire" → "cote-divoire", "조선민주주의인민공화국" stays.
 */
export function idFromName(name: string): string {
  return (
    name
      // Decompose to drop accents, then compose again so Hangul syllables come back whole.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, MAX_LENGTH)
      .replace(/^-+|-+$/g, '')
  );
}

/** `base`, else `base-2`, `base-3`… whichever no one has. */
export function uniqueId(base: string, taken: ReadonlySet<unknown>): string {
  if (!base || !taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${String(n)}`)) n++;
  return `${base}-${String(n)}`;
}

/**
 * The id after the name changes from `before` to `after`: made from the new name while the id
 * is still the one made from the old (or empty, or a placeholder); else the id as it is.
 * `taken` holds the ids of the other items; `referenced`, whether anything points at this id.
 */
export function followingId(
  id: unknown,
  before: unknown,
  after: string,
  taken: ReadonlySet<unknown>,
  options: { referenced?: boolean; placeholder?: RegExp } = {},
): unknown {
  if (options.referenced) return id;
  const made = typeof before === 'string' ? uniqueId(idFromName(before), taken) : '';
  const follows = id === undefined || id === '' || id === made || (typeof id === 'string' && !!options.placeholder?.test(id));
  return follows ? uniqueId(idFromName(after), taken) : id;
}
