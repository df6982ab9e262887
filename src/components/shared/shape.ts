/**
 * Markup described once as data, drawn two ways: as a Lit template (the server renders it
 * and hydration adopts it) and with DOM calls (long lists in the browser, where a template
 * instance per item would hold its parts and bindings for nothing). Text is always text and
 * attributes always attributes, in both outputs: data never becomes markup.
 */
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

/**
 * The attributes a shape may carry. A list item may have any of them but `datetime`, `dir`
 * and `lang`; a `time` only `part` and `datetime`; `article`, `span` and `ul` only `class`
 * and `part`; the others `class`, `part`, `dir` and `lang` (see shapeTemplate).
 */
export interface ShapeAttributes {
  class?: string;
  part?: string;
  id?: string;
  datetime?: string;
  dir?: string;
  lang?: string;
  tabindex?: string;
  'data-index'?: string;
  'aria-label'?: string;
}

/** The elements a shape may be. */
const TAGS = {
  article: literal`article`,
  p: literal`p`,
  span: literal`span`,
  time: literal`time`,
  ul: literal`ul`,
  li: literal`li`,
  div: literal`div`,
  h2: literal`h2`,
  h3: literal`h3`,
  h4: literal`h4`,
  h5: literal`h5`,
  h6: literal`h6`,
} satisfies Record<string, StaticValue>;

export type ShapeTag = keyof typeof TAGS;

export interface Shape {
  tag: ShapeTag;
  attributes: ShapeAttributes;
  children: readonly (Shape | string)[];
}

/** A shape, leaving out attributes given as undefined. */
export function shape(tag: ShapeTag, attributes: ShapeAttributes, ...children: (Shape | string | false | undefined)[]): Shape {
  return { tag, attributes, children: children.filter((child): child is Shape | string => child !== false && child !== undefined) };
}

/**
 * The shape as a template. `extra` stands after its children (a whole card inside a list
 * item). Each kind of element binds only the attributes it can carry: a long server-rendered
 * list hydrates every binding, so none is there for nothing.
 */
export function shapeTemplate(node: Shape, extra?: TemplateResult): TemplateResult {
  const a = node.attributes;
  const tag = TAGS[node.tag];
  const children: unknown[] = node.children.map((child) => (typeof child === 'string' ? child : shapeTemplate(child)));
  if (extra) children.push(extra);
  // One child (most often a text) binds as itself: a list would add a part per item.
  const content = children.length === 1 ? children[0] : children;
  switch (node.tag) {
    case 'li':
      return staticHtml`<${tag} class=${a.class ?? nothing} part=${a.part ?? nothing} id=${a.id ?? nothing} data-index=${a['data-index'] ?? nothing} tabindex=${a.tabindex ?? nothing} aria-label=${a['aria-label'] ?? nothing}>${content}</${tag}>`;
    case 'time':
      return staticHtml`<${tag} part=${a.part ?? nothing} datetime=${a.datetime ?? nothing}>${content}</${tag}>`;
    case 'article':
    case 'span':
    case 'ul':
      return staticHtml`<${tag} class=${a.class ?? nothing} part=${a.part ?? nothing}>${content}</${tag}>`;
    default:
      return staticHtml`<${tag} class=${a.class ?? nothing} part=${a.part ?? nothing} dir=${a.dir ?? nothing} lang=${a.lang ?? nothing}>${content}</${tag}>`;
  }
}

/** The shape built with DOM calls: its elements and text, and nothing else. */
export function shapeElement(node: Shape): HTMLElement {
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes) as [string, string | undefined][]) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of node.children) element.append(typeof child === 'string' ? child : shapeElement(child));
  return element;
}
