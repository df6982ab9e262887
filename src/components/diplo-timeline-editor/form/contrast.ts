/**
 * Whether an actor's colour can be seen on the timeline's light and dark surfaces: the WCAG 2
 * contrast ratio of the swatch (a graphic, not text: 3:1 is enough, success criterion 1.4.11).
 * The browser reads the colour (names, #rgb, #rrggbbaa), so no table of colour names lives here.
 */

/** The surfaces the timeline draws on (`--_surface` in `theme.styles.ts`, light and dark). */
export const SURFACES = { light: '#ffffff', dark: '#121417' } as const;

/** What a graphic needs against what is around it (WCAG 2.2, 1.4.11 Non-text Contrast). */
export const GRAPHIC_CONTRAST = 3;

export type Rgba = readonly [r: number, g: number, b: number, a: number];

let painter: CanvasRenderingContext2D | null | undefined;

/**
 * The colour a CSS colour value names, as red, green, blue (0–255) and alpha (0–1); undefined
 * when it is not a colour. A canvas normalises the value: `#rrggbb`, or `rgba(…)` with alpha.
 */
export function resolveColor(value: string): Rgba | undefined {
  const text = value.trim();
  if (!text || typeof CSS === 'undefined' || !CSS.supports('color', text)) return undefined;
  painter ??= document.createElement('canvas').getContext('2d');
  if (!painter) return undefined;
  painter.fillStyle = '#000000';
  painter.fillStyle = text;
  const normal = painter.fillStyle;
  if (typeof normal !== 'string') return undefined;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hex) return [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16), parseInt(hex[3] ?? '0', 16), 1];
  const rgba = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(normal);
  if (!rgba) return undefined;
  return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
}

/** `#rrggbb` for the colour input, which takes nothing else (alpha dropped). */
export function hexOf([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** A translucent colour as it shows over an opaque background. */
function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio (1 to 21) of a colour shown on an opaque background. */
export function contrastRatio(color: Rgba, background: Rgba): number {
  const a = luminance(over(color, background));
  const b = luminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface ContrastCheck {
  light: number;
  dark: number;
}

/** The colour's contrast on each surface; undefined when the value is not a colour. */
export function checkContrast(value: string): ContrastCheck | undefined {
  const color = resolveColor(value);
  const light = resolveColor(SURFACES.light);
  const dark = resolveColor(SURFACES.dark);
  if (!color || !light || !dark) return undefined;
  return { light: contrastRatio(color, light), dark: contrastRatio(color, dark) };
}

/**
 * A ratio as people read it, "4.5:1", cut (not rounded) to one decimal so that 2.96 reads
 * 2.9:1 and never seems to pass.
 */
export function ratioText(ratio: number, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    } catch {
      format = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    }
    formats.set(lang, format);
  }
  return `${format.format(Math.floor(ratio * 10) / 10)}:1`;
}

// A NumberFormat is costly to make (it loads the language's data): one per language.
const formats = new Map<string, Intl.NumberFormat>();
