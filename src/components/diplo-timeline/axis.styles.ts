import { css, unsafeCSS } from 'lit';
import { MARKER_PX } from '../../model/axis-layout.js';

export const axisStyles = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    --_row: 2.25rem;
    --_lane-label: 2rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    margin-block-end: 0.5rem;
  }

  button,
  select {
    font: inherit;
    font-size: 0.875em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.25rem 0.7rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  .range {
    margin-inline-start: auto;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .viewport {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    /* Vertical page scrolling stays with the page; horizontal drags and pinches pan and zoom. */
    touch-action: pan-y;
    user-select: none;
    cursor: grab;
  }

  .viewport.dragging {
    cursor: grabbing;
  }

  .plane {
    position: relative;
  }

  /*
   * The drawn layers: panning moves them with a transform, without re-rendering. Paint
   * containment (on a box far wider than anything drawn, so it clips nothing) tells the
   * browser nothing escapes the layer, so moving it does not make the browser sort every
   * label into compositing layers again on each frame (about 10 ms a frame at 5,000 events).
   * The frame inside puts the coordinates back where the viewport's are.
   */
  .slide {
    position: absolute;
    inset-block: 0;
    inset-inline: -200000px;
    will-change: transform;
    contain: paint;
  }

  .frame {
    position: absolute;
    inset-block: 0;
    inset-inline: 200000px;
  }

  .band {
    position: absolute;
    inset-block: 0;
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
    border-inline: 1px dashed color-mix(in srgb, var(--_accent) 35%, transparent);
  }

  /* Above the lines that cross the era strip, on a halo. */
  .band-label {
    position: absolute;
    z-index: 2;
    inset-block-start: 0.2rem;
    padding-inline: 0.2rem;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
    background: var(--_surface);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .ticks {
    position: relative;
    block-size: 1.75rem;
    border-block-end: 1px solid var(--_line);
  }

  .tick {
    position: absolute;
    inset-block: 0;
    border-inline-start: 1px solid var(--_line);
    padding-inline-start: 0.25rem;
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
    line-height: 1.75rem;
  }

  .tick.major {
    color: var(--_text);
    font-weight: 600;
  }

  .lane {
    position: relative;
    border-block-end: 1px solid color-mix(in srgb, var(--_line) 60%, transparent);
  }

  /* Stays at the plot's start edge while the events pan beneath it; dots for unlabelled events run on after it. */
  .lane-label {
    position: sticky;
    inset-inline-start: 0;
    display: inline-block;
    z-index: 2;
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.1rem;
    padding: 0.1rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border-end-end-radius: var(--_radius);
  }

  .lane-label .count {
    font-weight: 400;
    color: var(--_muted);
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /*
   * An event: its marker (or bar) is the box; its label sits beside it (after it, before it
   * near the window's end, or inside a long bar), placed by the scene, on an opaque halo drawn
   * above the lines that cross the lanes.
   */
  .event,
  .echo {
    position: absolute;
    z-index: 2;
    block-size: 22px;
    inline-size: ${unsafeCSS(MARKER_PX)}px;
    white-space: nowrap;
    font-size: 13.6px;
    line-height: 22px;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  .event:focus-visible,
  .echo.focused {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    z-index: 3;
  }

  .marker {
    position: absolute;
    inset-block-start: 5px;
    inset-inline-start: 0;
    inline-size: ${unsafeCSS(MARKER_PX)}px;
    block-size: ${unsafeCSS(MARKER_PX)}px;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_lane, var(--_accent));
    box-sizing: border-box;
  }

  /* A date known only roughly: a wide oval, not a circle. */
  .approximate .marker {
    inset-block-start: 7px;
    inset-inline-start: -4px;
    inline-size: ${unsafeCSS(MARKER_PX + 8)}px;
    block-size: 8px;
  }

  /* A deadline: a diamond. */
  .deadline .marker {
    border-radius: 0;
    transform: rotate(45deg) scale(0.9);
    background: var(--_ahead);
    border-color: var(--_ahead);
  }

  /* A range: a band from start to end, both ends marked by a cap. */
  .bar {
    position: absolute;
    inset-inline: 0;
    inset-block: 4px;
    min-inline-size: 6px;
    border-inline: 2px solid var(--_lane, var(--_accent));
    background: linear-gradient(color-mix(in srgb, var(--_lane, var(--_accent)) 45%, var(--_surface)), color-mix(in srgb, var(--_lane, var(--_accent)) 45%, var(--_surface))) center / 100% 6px no-repeat;
    box-sizing: border-box;
  }

  /* A range with a rough start or end: its ends fade instead of stopping at a cap. */
  .approximate .bar {
    border-inline-style: dotted;
  }

  /* Scoped: the open card has labels of its own. */
  .event > .label,
  .echo > .label {
    position: absolute;
    inset-block-start: 0;
    padding-inline: 3px;
    box-sizing: border-box;
    overflow: hidden;
    text-overflow: ellipsis;
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  /* No room for it here: read out, shown in full on focus. */
  .event > .label.off,
  .echo > .label.off {
    clip-path: inset(50%);
    inline-size: 1px;
  }

  .event:focus-visible > .label,
  .viewport:has(.event:focus-visible) .echo.focused > .label {
    inline-size: auto;
    max-inline-size: none;
    overflow: visible;
    clip-path: none;
    box-shadow: 0 0 0 2px var(--_surface);
  }

  /* While a zoom gesture is under way, markers move and labels wait (laying out and painting hundreds of them every frame would make it stutter). */
  .zooming .event > .label,
  .zooming .echo > .label {
    display: none;
  }

  .ahead .marker {
    border-style: dashed;
  }

  .ahead .bar {
    border-inline-style: dashed;
  }

  .selected > .label {
    font-weight: 700;
    text-decoration: underline;
  }

  /* Lines across the lanes pass beneath the labels; their words sit in a strip below the lanes. */
  .as-of,
  .today {
    position: absolute;
    inset-block: 0;
    z-index: 1;
    pointer-events: none;
  }

  .as-of {
    border-inline-start: 2px dashed var(--_ahead);
  }

  .today {
    border-inline-start: 2px dotted var(--_accent);
  }

  .as-of span,
  .today span {
    position: absolute;
    inset-block-end: 0.2rem;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1rem;
    padding-inline: 0.15rem;
    background: var(--_surface);
    white-space: nowrap;
  }

  .as-of span {
    color: var(--_ahead);
  }

  .today span {
    color: var(--_accent);
  }

  .as-of .before,
  .today .before {
    inset-inline-end: 0.25rem;
  }

  .as-of .after,
  .today .after {
    inset-inline-start: 0.25rem;
  }

  .overview {
    position: relative;
    block-size: 1.5rem;
    margin-block-start: 0.375rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    touch-action: none;
    cursor: pointer;
  }

  /* Events with no room for a label at this zoom: dots on a canvas, in a row beneath each lane's. */
  .more {
    position: absolute;
    inset-block-start: 0;
    color: var(--_muted);
    pointer-events: none;
  }

  .overview .dot {
    position: absolute;
    inset-block-start: 0.55rem;
    inline-size: 2px;
    block-size: 0.4rem;
    background: var(--_muted);
  }

  .window {
    position: absolute;
    inset-block: 0;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
    cursor: grab;
  }

  .detail {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .hint {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0.25rem 0 0;
  }

  @media (forced-colors: active) {
    .marker,
    .bar,
    .window {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }

    .bar {
      background: linear-gradient(CanvasText, CanvasText) center / 100% 4px no-repeat;
    }

    .event:focus-visible,
    .echo.focused {
      outline-color: Highlight;
    }

    /* A deadline stays a filled diamond, told apart from the rings of other events. */
    .deadline .marker {
      background: CanvasText;
      border-color: CanvasText;
    }

    .selected > .label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .band {
      border-color: GrayText;
    }

    .as-of,
    .today {
      border-color: CanvasText;
    }

    button:hover,
    select:hover {
      border-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .detail {
      transition: opacity 120ms ease-out;
    }
  }
`;
