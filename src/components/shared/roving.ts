/**
 * Moving among items with the keyboard, as lists and grids do (WAI-ARIA roving tabindex):
 * one tab stop, arrows to the next and previous item, Home and End, Page Up and Page Down
 * by five. The list and the horizontal view share this map from keys to items.
 */

/** How far Page Up and Page Down move. */
const PAGE = 5;

export interface RovingOptions {
  /**
   * The horizontal arrow that moves later: `ArrowRight`, or `ArrowLeft` where time runs
   * right to left (the horizontal view in Arabic or Hebrew). ArrowDown always moves later.
   */
  later?: 'ArrowRight' | 'ArrowLeft';
}

/**
 * The index a key moves focus to among `count` items in order, from `current`; undefined
 * for a key that does not move focus.
 *
 * @example
 * rovingTarget('End', 3, 10) // 9
 */
export function rovingTarget(key: string, current: number, count: number, options: RovingOptions = {}): number | undefined {
  if (count <= 0) return undefined;
  const later = options.later ?? 'ArrowRight';
  const earlier = later === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
    case later:
      return clamp(current + 1);
    case 'ArrowUp':
    case earlier:
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(current + PAGE);
    case 'PageUp':
      return clamp(current - PAGE);
    default:
      return undefined;
  }
}
