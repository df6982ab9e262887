/**
 * The one rule for every address that reaches an `href` or a `src`: http(s) only, after
 * resolution. Data files may write addresses the way people do (absolute, protocol-relative
 * `//host/path`, root-relative `/img/a.png`, relative `img/a.png`); the model keeps what was
 * written, and the address is resolved where a base is known: the data file's URL when the
 * data came through `src`, else the page's base URI (elements), or the `baseUrl` option
 * (server rendering). Pure: no DOM, `URL` is in every runtime.
 */

/** A scheme at the start of an address: `https:`, `javascript:`, `data:`. */
const SCHEME = /^[a-zA-Z][a-zA-Z\d+.-]*:/;

/** Stands in for "the page" when checking a relative address with no base at hand. */
const PROBE_BASE = 'https://relative.invalid/';

const isHttp = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/** Why an address, as written in a data file, cannot be used; undefined when it can. */
export function urlProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'is empty';
  let url: URL;
  try {
    // Resolved the way a browser would (it drops tabs and line breaks, reads "\" as "/"),
    // so an address that only looks relative ("java\tscript:") is caught here.
    url = new URL(trimmed, PROBE_BASE);
  } catch {
    return 'is not a valid web address';
  }
  if (!isHttp(url)) return `uses ${url.protocol} — only http(s) addresses and addresses relative to the page are allowed`;
  return undefined;
}

/** True when an address has no scheme of its own and so resolves against a base. */
export function isRelativeUrl(text: string): boolean {
  const trimmed = text.trim();
  return !SCHEME.test(trimmed) || trimmed.startsWith('//');
}

/**
 * An address ready for `href` or `src`, or undefined when it must not be used.
 *
 * - `//host/path` becomes `https://host/path`;
 * - with a `base`, anything else is resolved against it, and only an http(s) result is kept;
 * - without one (a server render with no `baseUrl`), an address with no scheme of its own is
 *   kept as written: the reader's browser resolves it against the page.
 *
 * @example
 * safeUrl('/static/palm.png', 'https://example.org/data/timeline.json') // "https://example.org/static/palm.png"
 * safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(text: string | undefined, base?: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (urlProblem(trimmed) !== undefined) return undefined;
  const written = /^[\\/]{2}/.test(trimmed) ? `https:${trimmed}` : trimmed;
  if (base === undefined) {
    if (SCHEME.test(written)) {
      const url = new URL(written);
      return isHttp(url) ? url.href : undefined;
    }
    return written;
  }
  let url: URL;
  try {
    url = new URL(written, base);
  } catch {
    return undefined;
  }
  return isHttp(url) ? url.href : undefined;
}

/** Why an address the data wrote cannot be shown on a page at `base`; undefined when it can. */
export function unresolvedReason(text: string, base: string | undefined): string | undefined {
  const problem = urlProblem(text);
  if (problem) return problem;
  if (safeUrl(text, base) !== undefined) return undefined;
  let resolved = '';
  try {
    resolved = new URL(text.trim(), base).protocol;
  } catch {
    return `cannot be resolved against ${base ?? 'the page'}`;
  }
  return `resolves to a ${resolved} address against ${base ?? 'the page'} — only http(s) is shown`;
}
