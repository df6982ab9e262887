/**
 * "Copy server-rendered HTML" without a server: the timeline drawn by a real
 * `<diplo-timeline layout="vertical">` in this page, off screen, then written out as static
 * HTML (declarative shadow DOM, its styles inline, Lit's client markers left out) with the data
 * inline. Readable before and without JavaScript, like the output of `diplo-timeline/ssr`.
 *
 * Why not `@lit-labs/ssr` in the browser: it is built for the "node" export condition (its
 * server-only templates throw in a browser), it patches the page's LitElement as it loads,
 * and it brings an HTML parser (parse5).
 *
 * Why the drawing is a child of the element and not its shadow root: Lit hydrates a shadow
 * root by the markers only its server renderer writes. Given one without them, the bundle's
 * hydration logs an error and the next render adds a second timeline after the first. As a
 * child, the drawing is fallback content: `<diplo-timeline>` has no slot, so once the script
 * defines it, its own render replaces the drawing on screen (and with no shadow root on the
 * element, the bundle does not even load its hydration support).
 */
import type { LitElement } from 'lit';
import { jsonForScript } from '../../../model/index.js';
import type { Draft } from '../state/draft.js';

export interface StaticHTMLOptions {
  lang?: string;
  /** The story's date (`YYYY-MM-DD`); default: the data's `asOf`. */
  asOf?: string;
  theme?: 'light' | 'dark';
  headingLevel?: number;
  /** The width it is drawn at, in CSS pixels (an article's column). */
  width?: number;
}

type TimelineElement = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/** Waits until a long list has drawn its last batch (it grows a batch a frame): no growth over a frame. */
async function drawn(element: TimelineElement): Promise<void> {
  const root = element.shadowRoot;
  let last = -1;
  // Bounded: 2,000 frames is far past the longest list's batches.
  for (let frames = 0; frames < 2000; frames++) {
    await element.updateComplete;
    const count = root?.querySelectorAll('li.event').length ?? 0;
    if (count === last) return;
    last = count;
    await frame();
  }
}

/** The text of an element class's styles (Lit adopts them as constructed sheets, which HTML cannot carry). */
function stylesOf(tag: string): string {
  const constructor = customElements.get(tag) as typeof LitElement | undefined;
  return (constructor?.elementStyles ?? [])
    .map((style) => (style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText))
    .join('\n');
}

/** The attributes the element's styles read on their host (`:host([theme])`, `:host(:lang(ko))`). */
const HOST_ATTRIBUTES = ['lang', 'theme'];

/** The shadow root's content as an inert template: styles first, comments left out. */
function declarativeRoot(root: ShadowRoot, css: string, into: Document): HTMLTemplateElement {
  const template = into.createElement('template');
  template.setAttribute('shadowrootmode', root.mode);
  const style = into.createElement('style');
  style.textContent = css;
  template.content.append(style);
  for (const node of root.childNodes) template.content.append(into.importNode(node, true));
  const walker = into.createTreeWalker(template.content, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return template;
}

/**
 * The timeline as static HTML: `<diplo-timeline>` with a declarative shadow root and the
 * draft inline. Draws it in this page (off screen, inert), so call it where the page can
 * render (the editor).
 *
 * @example
 * await copyText(await staticTimelineHTML(store.draft, { lang: 'en' }));
 */
export async function staticTimelineHTML(draft: Draft, options: StaticHTMLOptions = {}): Promise<string> {
  await import('../../diplo-timeline/define.js');
  const element = document.createElement('diplo-timeline') as TimelineElement;
  const attributes: [string, string | undefined][] = [
    ['layout', 'vertical'],
    ['lang', options.lang],
    ['as-of', options.asOf],
    ['theme', options.theme],
    ['heading-level', options.headingLevel === undefined ? undefined : String(options.headingLevel)],
  ];
  for (const [name, value] of attributes) if (value !== undefined) element.setAttribute(name, value);
  element.data = draft;

  // Off screen, out of the accessibility tree and the tab order, at an article's width.
  const stage = document.createElement('div');
  stage.inert = true;
  stage.setAttribute('aria-hidden', 'true');
  Object.assign(stage.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '-200vw', width: `${String(options.width ?? 720)}px` });
  stage.append(element);
  document.body.append(stage);
  try {
    await drawn(element);
    const root = element.shadowRoot;
    if (!root) throw new Error('the timeline rendered nothing');
    const out = document.implementation.createHTMLDocument('');
    const host = out.createElement('diplo-timeline');
    const drawing = out.createElement('div');
    drawing.setAttribute('data-diplo-static', '');
    for (const [name, value] of attributes) {
      if (value === undefined) continue;
      host.setAttribute(name, value);
      if (HOST_ATTRIBUTES.includes(name)) drawing.setAttribute(name, value);
    }
    drawing.append(declarativeRoot(root, stylesOf('diplo-timeline'), out));
    host.append(drawing);
    const data = out.createElement('script');
    data.type = 'application/json';
    data.textContent = jsonForScript(Object.fromEntries(Object.entries(draft).filter(([key]) => key !== '$schema')));
    host.append(data);
    out.body.append(host);
    return `${out.body.getHTML()}\n`;
  } finally {
    stage.remove();
  }
}
