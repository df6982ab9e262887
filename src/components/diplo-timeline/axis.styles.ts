import { css } from 'lit';

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

  .band-label {
    position: absolute;
    inset-block-start: 0.15rem;
    inset-inline-start: 0.35rem;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
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

  .lane-label {
    position: sticky;
    inset-inline-start: 0;
    display: inline-block;
    z-index: 2;
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.1rem 0.4rem;
    color: var(--_muted);
    background: var(--_surface);
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .event,
  .echo {
    position: absolute;
    display: flex;
    align-items: center;
    gap: 0.3rem;
    block-size: calc(var(--_row) - 0.5rem);
    white-space: nowrap;
    font-size: 13.6px;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  .event:focus-visible,
  .echo.focused {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .marker {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_lane, var(--_accent));
    box-sizing: border-box;
  }

  .deadline .marker {
    border-radius: 0;
    transform: rotate(45deg);
    background: var(--_ahead);
    border-color: var(--_ahead);
  }

  .bar {
    position: absolute;
    inset-inline-start: 0;
    inset-block: 0.2rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_lane, var(--_accent)) 22%, var(--_surface));
    border: 1px solid var(--_lane, var(--_accent));
    box-sizing: border-box;
  }

  /* Scoped: the open card has labels of its own. */
  .event > .label,
  .echo > .label {
    position: relative;
    padding-inline: 0.2rem;
    max-inline-size: 300px;
    overflow: hidden;
    text-overflow: ellipsis;
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
  }

  .ahead .marker {
    border-style: dashed;
  }

  .selected > .label {
    font-weight: 700;
    text-decoration: underline;
  }

  .as-of {
    position: absolute;
    inset-block: 0;
    border-inline-start: 2px dashed var(--_ahead);
    z-index: 1;
    pointer-events: none;
  }

  .as-of span {
    position: absolute;
    inset-block-end: 0.15rem;
    inset-inline-start: 0.25rem;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_ahead);
    background: var(--_surface);
    white-space: nowrap;
  }

  .today {
    position: absolute;
    inset-block: 0;
    border-inline-start: 2px dotted var(--_accent);
    z-index: 1;
    pointer-events: none;
  }

  .today span {
    position: absolute;
    inset-block-start: 0.15rem;
    inset-inline-start: 0.25rem;
    font-size: 0.75em;
    color: var(--_accent);
    background: var(--_surface);
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
