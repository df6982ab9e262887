import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The heading element's name for a level, clamped to h2–h6. */
export function headingName(level: number): string {
  const clamped = Math.min(6, Math.max(2, Math.round(level)));
  return Number.isNaN(clamped) ? 'h2' : `h${clamped}`;
}

/** The heading tag for a level, clamped to h2–h6 (h1 belongs to the page). For static html. */
export function headingTag(level: number): StaticValue {
  return HEADINGS[Math.min(6, Math.max(2, Math.round(level)))] ?? literal`h2`;
}
