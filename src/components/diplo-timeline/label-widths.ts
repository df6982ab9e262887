/**
 * The widths of the horizontal view's labels, in the font they are drawn in: measured on a
 * canvas (so stacking is exact), estimated where there is none, and kept by text. Thousands of
 * new labels are measured a slice per task before they are placed, so that placing ten
 * thousand events never keeps the page busy for long.
 */
import { isServer } from 'lit';
import { estimateTextWidth, type TimelineEvent } from '../../model/index.js';
import { yieldToPage } from '../../model/yield.js';

/** The labels' font size (`.event` and `.echo` in axis.styles.ts). */
export const LABEL_FONT_PX = 13.6;
/** Labels measured per task. */
const SLICE = 2000;

export class LabelWidths {
  private _widths = new Map<string, number>();
  private _context?: CanvasRenderingContext2D | null;
  private _measuredFor?: readonly TimelineEvent[];

  /** @param _element - whose font family the labels are drawn in. */
  constructor(private readonly _element: Element) {}

  /** A label's width in pixels. */
  measure = (text: string): number => {
    const cached = this._widths.get(text);
    if (cached !== undefined) return cached;
    if (this._context === undefined) {
      this._context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      const family = typeof getComputedStyle === 'function' ? getComputedStyle(this._element).fontFamily : '';
      // Set once: the context keeps it, and setting it parses the font again.
      if (this._context) this._context.font = `${String(LABEL_FONT_PX)}px ${family || 'serif'}`;
    }
    const width = this._context ? Math.ceil(this._context.measureText(text).width) : estimateTextWidth(text, LABEL_FONT_PX);
    this._widths.set(text, width);
    return width;
  };

  /**
   * Measures the titles of a new set of events not measured yet, a slice per task, and stops
   * when `current()` moves on to other events (placing measures whatever is left, at once).
   * Nothing to wait for (undefined) for events it was already given, and for a few.
   */
  measureAhead(events: readonly TimelineEvent[], current: () => readonly TimelineEvent[]): Promise<void> | undefined {
    if (events === this._measuredFor) return undefined;
    this._measuredFor = events;
    if (isServer || events.length <= SLICE) return undefined;
    return this._measureSlices(events, current);
  }

  private async _measureSlices(events: readonly TimelineEvent[], current: () => readonly TimelineEvent[]): Promise<void> {
    const titles = events.map((event) => event.title).filter((title) => !this._widths.has(title));
    for (let i = 0; i < titles.length; i += SLICE) {
      if (i > 0) await yieldToPage();
      if (current() !== events) return;
      for (const title of titles.slice(i, i + SLICE)) this.measure(title);
    }
  }
}
