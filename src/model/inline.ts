/**
 * Inline formatting in a timeline's text, a small Markdown subset read by our own code:
 * `[text](https://…)` links, `*em*` or `_em_`, `**strong**`, and `\` before any of `\ * _ [ ] ( )`
 * to write it as itself. Anything else is text, as written: no HTML is ever read, and a link's
 * address goes through `safeUrl` where it is drawn (http(s) only).
 */

/** A run of formatted text: plain text, emphasis, strong emphasis or a link (its address unchecked). */
export type Inline = string | { em: Inline[] } | { strong: Inline[] } | { href: string; text: Inline[] };

const ESCAPABLE = '\\*_[]()';
const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const space = (c: string | undefined) => c === undefined || /\s/.test(c);

/** True when a text may hold formatting (the common plain text skips the parser). */
export const mayFormat = (text: string) => /[\\*_[]/.test(text);

/**
 * Reads a text's inline formatting.
 *
 * @example
 * parseInline('The **Hanoi** summit [ends](https://apnews.com/x) *early*');
 * // ['The ', { strong: ['Hanoi'] }, ' summit ', { href: 'https://apnews.com/x', text: ['ends'] }, ' ', { em: ['early'] }]
 */
export function parseInline(text: string): Inline[] {
  return read(text, pairs(text), 0, text.length, false, new Set());
}

/** Where `mark` closes a run opened before `from`, or -1; escapes are skipped, `**` inside `*…*` too. */
function closing(text: string, from: number, end: number, mark: string): number {
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (mark === '*' && text.startsWith('**', i)) i++;
    else if (text.startsWith(mark, i) && i > from && !space(text[i - 1]) && !(mark === '_' && word(text[i + 1]))) return i;
  }
  return -1;
}

/**
 * Where each bracket and parenthesis closes (nested pairs counted; escaped ones are text): one
 * pass, so that a text of ten thousand `[` costs no more than one of ten thousand letters.
 */
function pairs(text: string): Map<number, number> {
  const found = new Map<number, number>();
  const open: Record<string, number[]> = { ']': [], ')': [] };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\') i++;
    else if (c === '[') open[']']?.push(i);
    else if (c === '(') open[')']?.push(i);
    else if (c === ']' || c === ')') {
      const at = open[c]?.pop();
      if (at !== undefined) found.set(at, i);
    }
  }
  return found;
}

function read(text: string, pair: Map<number, number>, start: number, end: number, inLink: boolean, unclosed: Set<string>): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const push = (node: Inline) => {
    if (plain) out.push(plain);
    plain = '';
    out.push(node);
  };
  for (let i = start; i < end; i++) {
    const c = text[i] ?? '';
    const next = text[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      plain += next;
      i++;
      continue;
    }
    // A mark that found no closing once finds none later in the same run: not looked for again.
    const mark = text.startsWith('**', i) ? '**' : c === '*' || (c === '_' && !word(text[i - 1])) ? c : '';
    if (mark && !unclosed.has(mark) && !space(text[i + mark.length])) {
      const close = closing(text, i + mark.length, end, mark);
      if (close > 0) {
        const inner = read(text, pair, i + mark.length, close, inLink, new Set());
        push(mark === '**' ? { strong: inner } : { em: inner });
        i = close + mark.length - 1;
        continue;
      }
      unclosed.add(mark);
    }
    if (c === '[' && !inLink) {
      const bracket = pair.get(i) ?? end;
      const paren = text[bracket + 1] === '(' ? (pair.get(bracket + 1) ?? end) : end;
      const href = paren < end ? text.slice(bracket + 2, paren).trim() : '';
      if (href && !/\s/.test(href)) {
        push({ href: href.replace(/\\([()\\])/g, '$1'), text: read(text, pair, i + 1, bracket, true, new Set()) });
        i = paren;
        continue;
      }
    }
    plain += c;
  }
  if (plain) out.push(plain);
  return out;
}

/** The words of formatted text, without its marks (a link's text, not its address). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : inlineText('em' in node ? node.em : 'strong' in node ? node.strong : node.text))).join('');
}
