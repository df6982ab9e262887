/**
 * The HTML that TimelineJS files carry in their text, captions, credits and embeds, read as
 * plain text and addresses. Nothing here is ever parsed as markup in a page: the results are
 * shown as text, and addresses go through the model's URL rule before they reach an href.
 */
import { decodeHTML } from 'entities/decode';
import { urlProblem } from '../model/index.js';

/**
 * TimelineJS's HTML as plain text: scripts and styles dropped whole, block ends and line
 * breaks kept as paragraph and line breaks, every other tag dropped, entities decoded (the
 * whole HTML table, as a browser reads text: `&eacute;`, `&#x2014;`, `&amp` without its
 * semicolon). The result is only ever shown as text, never parsed as markup.
 */
export function htmlToText(html: string): string {
  return decodeHTML(
    html
      .replace(/<(script|style|iframe|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An attribute's value in a tag's text, entities decoded; undefined when it is not there. */
export function attribute(tag: string, name: string): string | undefined {
  const pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const match = pattern.exec(tag);
  if (!match) return undefined;
  return decodeHTML(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** An address a link in someone else's page can stand on: absolute http(s) or `//host/…`. */
export const isWebAddress = (text: string) => /^(?:https?:)?\/\/[^/\s]/i.test(text);

export interface HtmlLink {
  url: string;
  title: string;
}

/**
 * The web links in a piece of TimelineJS HTML, with their text: `<a href>`, and the audio
 * clips of Knight Lab's SoundCite (`<span class="soundcite" data-url>`). Links to anchors
 * and to addresses relative to the TimelineJS page (which is not ours) are left alone.
 */
export function linksIn(html: string): HtmlLink[] {
  // Anchors and clips are matched apart (a clip's span may hold a link), then put back in the
  // order they were written. The text inside is bounded, so that thousands of unclosed tags
  // cost a bounded scan each.
  const found: (HtmlLink & { at: number })[] = [];
  for (const [pattern, name] of [
    [/<a\b([^>]*)>([\s\S]{0,2000}?)<\/a\s*>/gi, 'href'],
    [/<span\b([^>]*\bsoundcite\b[^>]*)>([\s\S]{0,2000}?)<\/span\s*>/gi, 'data-url'],
  ] as const) {
    for (const match of html.matchAll(pattern)) {
      const url = attribute(match[1] ?? '', name);
      if (url && isWebAddress(url)) found.push({ at: match.index, url, title: htmlToText(match[2] ?? '') || url });
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, 20)
    .map(({ url, title }) => ({ url, title }));
}

/** What an embed code (`<iframe>`, `<blockquote class="twitter-tweet">`) points at and says. */
export interface Embed {
  /** The address it shows: the frame's `src`, the quote's `cite`, else the post's own link, else its first link. */
  address?: string;
  /** Whether the address is an `<img>`'s. */
  image?: boolean;
  /** The `alt` of that image. */
  alt?: string;
  /** The words of a quotation (a `<blockquote>`), as text. */
  text: string;
}

/**
 * Reads an embed code without running or showing it: the one address a reader can follow,
 * and the words of a blockquote. A tweet's blockquote links hashtags and pictures before the
 * tweet itself, so a link to a post (`/status/`, `/post/`, `/p/`) wins over earlier links.
 */
export function readEmbed(html: string): Embed {
  const quote = /<blockquote\b([^>]*)>([\s\S]*?)(?:<\/blockquote\s*>|$)/i.exec(html);
  const text = quote ? htmlToText(quote[2] ?? '') : '';
  const frame = /<iframe\b([^>]*)>/i.exec(html);
  const frameSrc = frame ? attribute(frame[1] ?? '', 'src') : undefined;
  if (frameSrc && isWebAddress(frameSrc)) return { address: frameSrc, text };
  const cite = quote ? attribute(quote[1] ?? '', 'cite') : undefined;
  if (cite && isWebAddress(cite)) return { address: cite, text };
  const hrefs = [...html.matchAll(/<a\b([^>]*)>/gi)].map((match) => attribute(match[1] ?? '', 'href') ?? '').filter(isWebAddress);
  const post = hrefs.find((href) => /\/(?:status|statuses|post|p|video)\/[\w-]+/i.test(href));
  if (post ?? hrefs[0]) return { address: post ?? hrefs[0], text };
  const img = /<img\b([^>]*)>/i.exec(html);
  const imgSrc = img ? attribute(img[1] ?? '', 'src') : undefined;
  if (imgSrc && urlProblem(imgSrc) === undefined) return { address: imgSrc, image: true, alt: attribute(img?.[1] ?? '', 'alt') ?? '', text };
  return { text };
}

/** A run of TimelineJS HTML: a tag we keep as a mark (or, `plain`, as its text alone) and what it holds. */
interface Run { tag: '' | 'em' | 'strong' | 'a'; plain?: boolean; href?: string; children: (Run | string)[] }

/** Text with the characters that would read as inline formatting escaped. */
export const escapeMarks = (text: string) => text.replace(/[\\*_[\]]/g, '\\$&');

function written(run: Run, inside: Run['tag']): string {
  const tag = run.plain ? '' : run.tag;
  const inner = run.children.map((child) => (typeof child === 'string' ? child : written(child, tag || inside))).join('');
  // Marks hug the words: `<em> x </em>` is ` *x* `, as the formatting reads it.
  const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
  if (!tag || !words) return inner;
  if (tag === 'a') return `${before}[${words}](${(run.href ?? '').replace(/[()\\]/g, '\\$&')})${after}`;
  // Emphasis next to strong emphasis takes `_`, so that `***` never has to be untangled.
  const mark = tag === 'strong' ? '**' : inside === 'strong' || words.startsWith('*') || words.endsWith('*') ? '_' : '*';
  return `${before}${mark}${words}${mark}${after}`;
}

/**
 * TimelineJS's HTML as text with our inline formatting (see model/inline.ts): `<a href>` to an
 * http(s) address becomes `[text](address)`, `<em>`/`<i>` emphasis, `<strong>`/`<b>` strong
 * emphasis; the characters that would read as marks are escaped; everything else is read as
 * `htmlToText` reads it. The result is text: it is never parsed as markup.
 */
export function htmlToInline(html: string): string {
  const root: Run = { tag: '', children: [] };
  const open: Run[] = [root];
  const body = html.replace(/<(script|style|iframe|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  let last = 0;
  const text = (to: number) => {
    const segment = body.slice(last, to);
    if (segment) open.at(-1)?.children.push(escapeMarks(decodeHTML(segment)));
  };
  for (const match of body.matchAll(/<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    text(match.index);
    last = match.index + match[0].length;
    const [, closing, name = '', attributes = ''] = match;
    const lower = name.toLowerCase();
    const tag = lower === 'em' || lower === 'i' ? 'em' : lower === 'strong' || lower === 'b' ? 'strong' : lower === 'a' ? 'a' : '';
    const current = open.at(-1) ?? root;
    if (lower === 'br') current.children.push('\n');
    else if (closing && /^(?:p|div|li|h[1-6]|blockquote|tr)$/.test(lower)) current.children.push('\n\n');
    if (!tag) continue;
    if (closing) {
      const at = open.findLastIndex((run) => run.tag === tag);
      if (at > 0) open.length = at;
      continue;
    }
    const href = tag === 'a' ? attribute(attributes, 'href') : undefined;
    // A link inside a link, or to an address that is not on the web, is its text alone.
    const plain = tag === 'a' && (!href || !/^https?:\/\//i.test(href) || open.some((run) => run.tag === 'a'));
    const run: Run = { tag, ...(plain ? { plain } : {}), ...(href ? { href } : {}), children: [] };
    current.children.push(run);
    open.push(run);
  }
  text(body.length);
  return written(root, '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
