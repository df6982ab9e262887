import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: Record<string, StaticValue> = {
  h2: literal`h2`,
  h3: literal`h3`,
  h4: literal`h4`,
  h5: literal`h5`,
  h6: literal`h6`,
};

export type HeadingName = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The heading element's name for a level, clamped to h2–h6 (h1 belongs to the page). */
export function headingName(level: number): HeadingName {
  const clamped = Math.min(6, Math.max(2, Math.round(level)));
  return Number.isNaN(clamped) ? 'h2' : (`h${String(clamped)}` as HeadingName);
}

/**
 * The level the title's children count from: the title's own, or, with no title, the level
 * above it, so that eras and cards never skip a level.
 */
export function childLevelBase(headingLevel: number, hasTitle: boolean): number {
  return hasTitle ? headingLevel : headingLevel - 1;
}

/** The same heading as a tag for static html. */
export function headingTag(level: number): StaticValue {
  return HEADINGS[headingName(level)] ?? literal`h2`;
}
