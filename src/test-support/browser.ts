// What a test needs of Chromium beyond the page (scripts/wtr-commands.js does the work): forced
// colours, the pixels of a box on screen, the accessibility tree a screen reader gets.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Media {
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  media?: 'print' | 'screen';
}

/** Emulates these media features (and only these: the others go back to the machine's). */
export async function emulate(media: Media): Promise<void> {
  await executeServerCommand('diplo-media', media);
}

/** Resolves once the next frame and the one after it have begun (what a scroll set off is drawn). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        resolve();
      });
    }));
}

/**
 * Scrolls an element to the middle of the viewport and waits until it stays there: a scroll
 * can change the layout (a compact timeline opens for good when its box scrolls), which moves
 * the element again.
 */
export async function scrollSteadyIntoView(element: Element): Promise<void> {
  for (let tries = 0; tries < 5; tries += 1) {
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
    const before = element.getBoundingClientRect();
    await afterNextFrame();
    const after = element.getBoundingClientRect();
    if (after.top === before.top && after.left === before.left && after.top >= 0 && after.bottom <= innerHeight) return;
  }
  throw new Error(`${element.localName} does not stay in view`);
}

/** The pixels of a box of the viewport, as the screen shows them. */
export async function pixelsOf(box: DOMRect): Promise<ImageData> {
  const left = Math.max(0, Math.ceil(box.left));
  const top = Math.max(0, Math.ceil(box.top));
  const width = Math.max(1, Math.floor(box.right) - left);
  const height = Math.max(1, Math.floor(box.bottom) - top);
  // The clip is in the document's coordinates.
  const clip = { x: left + window.scrollX, y: top + window.scrollY, width, height };
  const url = await executeServerCommand<string, object>('diplo-screenshot', clip);
  if (!url) throw new Error('no screenshot');
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D context');
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** WCAG's relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export interface Legibility {
  /** The commonest colour of the box (what the text is drawn on), as `rgb(…)`. */
  background: string;
  /** The highest contrast ratio of a pixel against the background (the text's, in its glyphs' cores). */
  contrast: number;
  /** The share of the box's pixels that contrast with the background at least 3:1 (the glyphs). */
  share: number;
}

/** How text in a box stands out from what is behind it, read from the pixels alone. */
export function legibility(data: ImageData): Legibility {
  const counts = new Map<number, number>();
  const { data: rgba } = data;
  for (let i = 0; i < rgba.length; i += 4) {
    const key = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let background = 0;
  let most = 0;
  for (const [key, count] of counts) {
    if (count > most) [background, most] = [key, count];
  }
  const backLum = luminance(background >> 16, (background >> 8) & 255, background & 255);
  let contrast = 1;
  let standing = 0;
  for (const [key, count] of counts) {
    const lum = luminance(key >> 16, (key >> 8) & 255, key & 255);
    const ratio = (Math.max(lum, backLum) + 0.05) / (Math.min(lum, backLum) + 0.05);
    contrast = Math.max(contrast, ratio);
    if (ratio >= 3) standing += count;
  }
  const rgb = `rgb(${String(background >> 16)}, ${String((background >> 8) & 255)}, ${String(background & 255)})`;
  return { background: rgb, contrast, share: standing / (rgba.length / 4) };
}

/** The box of an element's text (its first line to its last), in the viewport; a form control's content box. */
export function textBox(element: Element): DOMRect {
  if (element instanceof HTMLSelectElement || element instanceof HTMLInputElement) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const inset = (side: string) => parseFloat(style.getPropertyValue(`border-${side}-width`)) + parseFloat(style.getPropertyValue(`padding-${side}`));
    return new DOMRect(box.left + inset('left'), box.top + inset('top'), box.width - inset('left') - inset('right'), box.height - inset('top') - inset('bottom'));
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const box = range.getBoundingClientRect();
  if (!box.width || !box.height) throw new Error(`no text in ${element.outerHTML.slice(0, 80)}`);
  // Inside the line box by a pixel or two: only the text and what is right behind it (a
  // backplate of the text's colour would otherwise be seen against the button around it).
  return new DOMRect(box.x + 2, box.y + 2, box.width - 4, box.height - 4);
}

/**
 * Fails unless the text of an element differs from what is behind it on screen: glyphs at
 * least 4.5:1 against the background, and enough of them to be letters (not a box of one colour).
 */
export async function expectReadable(element: Element, what: string, minContrast = 4.5): Promise<Legibility> {
  await scrollSteadyIntoView(element);
  const seen = legibility(await pixelsOf(textBox(element)));
  const summary = `${what}: ${seen.contrast.toFixed(1)}:1 on ${seen.background}, ${(seen.share * 100).toFixed(1)}% of pixels stand out`;
  if (seen.contrast < minContrast || seen.share < 0.02) throw new Error(`not readable. ${summary}`);
  return seen;
}

/**
 * Fails unless a mark with no text (a marker, a line, a swatch) stands out from what is
 * around it at least 3:1 (WCAG's non-text contrast), in the box given.
 */
export async function expectVisible(box: DOMRect, what: string): Promise<Legibility> {
  const seen = legibility(await pixelsOf(box));
  if (seen.contrast < 3 || seen.share < 0.02) {
    throw new Error(`${what} does not stand out: ${seen.contrast.toFixed(1)}:1 on ${seen.background}, ${(seen.share * 100).toFixed(1)}% of pixels`);
  }
  return seen;
}

/** A node of Chromium's accessibility tree (puppeteer's snapshot, interesting nodes only). */
export interface AxNode {
  role: string;
  name?: string;
  level?: number;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  selected?: boolean;
  disabled?: boolean;
  children?: AxNode[];
}

/** Roles that carry nothing a screen reader announces as structure: their children take their place. */
const NEUTRAL = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'paragraph', 'strong', 'emphasis', 'time', 'Section', 'LayoutTable', 'figure', 'Figcaption', 'caption', 'blockquote', 'ListMarker']);

function prune(node: AxNode): AxNode[] {
  const children = (node.children ?? []).flatMap(prune);
  if (NEUTRAL.has(node.role) || (node.role === 'StaticText' && !node.name?.trim())) return children;
  // A text's own InlineTextBoxes are its words again.
  if (node.role === 'StaticText') return [{ role: node.role, name: node.name }];
  return [{ ...node, children }];
}

/**
 * The page's accessibility tree, as a screen reader gets it: Chromium's whole tree, with
 * wrappers that announce nothing (generic boxes, paragraphs) folded into their parents.
 */
export async function accessibilityTree(): Promise<AxNode> {
  const tree = await executeServerCommand<AxNode, object>('diplo-a11y-tree', { interestingOnly: false });
  if (!tree) throw new Error('no accessibility tree');
  return { ...tree, children: (tree.children ?? []).flatMap(prune) };
}

/** A tree as indented lines (role "name" and states), for a failing test to show. */
export function describeTree(node: AxNode, depth = 0): string {
  const states = [node.level ? `level ${String(node.level)}` : '', node.pressed !== undefined ? `pressed ${String(node.pressed)}` : '', node.expanded !== undefined ? `expanded ${String(node.expanded)}` : '']
    .filter(Boolean)
    .join(', ');
  const line = `${'  '.repeat(depth)}${node.role} "${node.name ?? ''}"${states ? ` (${states})` : ''}`;
  return [line, ...(node.children ?? []).map((child) => describeTree(child, depth + 1))].join('\n');
}

/** Every node of a tree, depth first: the order a screen reader reads them in. */
export function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/** The first node (depth first) that matches. */
export function findNode(node: AxNode, match: (node: AxNode) => boolean): AxNode | undefined {
  return flatten(node).find(match);
}
