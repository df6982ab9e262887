/**
 * A timeline's text with its inline formatting (see model/inline.ts) as a Lit template: `<em>`,
 * `<strong>` and `<a>` made by our templates, the text in them always text. A link whose
 * address `safeUrl` refuses (not http(s)) is drawn as its words alone.
 */
import { html } from 'lit';
import { inlineText, mayFormat, parseInline, type Inline } from '../../model/inline.js';
import { safeUrl } from '../../model/urls.js';

function draw(nodes: readonly Inline[], baseUrl: string | undefined): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    if ('em' in node) return html`<em>${draw(node.em, baseUrl)}</em>`;
    if ('strong' in node) return html`<strong>${draw(node.strong, baseUrl)}</strong>`;
    const href = safeUrl(node.href, baseUrl);
    return href ? html`<a href=${href} rel="noopener noreferrer">${draw(node.text, baseUrl)}</a>` : draw(node.text, baseUrl);
  });
}

/** Text as drawn: itself when it holds no mark (most text), else its formatting. */
export function inline(text: string, baseUrl?: string): unknown {
  return mayFormat(text) ? draw(parseInline(text), baseUrl) : text;
}

/** The words of a text without its marks, for light cards and labels. */
export function plainWords(text: string): string {
  return mayFormat(text) ? inlineText(parseInline(text)) : text;
}
