/**
 * JSON written into an HTML page: a module of its own, so that only what writes scripts (JSON-LD,
 * server rendering, the editor's exports) loads it.
 */

/**
 * JSON for the text of a `<script>` element (`application/json`, `application/ld+json`): every
 * `<` is written `\u003c`, so no `</script>` or `<!--` in the data can end or change the
 * element; U+2028 and U+2029 are escaped for older JavaScript parsers. `space` as in
 * `JSON.stringify`.
 *
 * @example
 * script.textContent = jsonForScript(data); // or, in HTML text: `<script type="application/json">${jsonForScript(data)}</script>`
 */
export function jsonForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
