import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.5;
    overflow-wrap: anywhere;
    line-break: strict;
  }

  :host([hidden]) {
    display: none;
  }

  :host(:lang(ko)) {
    word-break: keep-all;
  }

  .base {
    position: relative;
    padding-block: calc(var(--_space) * 0.5);
  }

  /*
   * The compact start (compact-start.ts): a height known before the data arrives, the same
   * the README's rule gives the element before its script runs, so the page does not move.
   */
  .base.compact {
    box-sizing: border-box;
    block-size: var(--diplo-start-size, max(40rem, 80vh));
    overflow: hidden;
  }

  /* The axis's sticky lane names stay inside it: the fade and its button are drawn over them. */
  [part='axis'] {
    isolation: isolate;
  }

  .more {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    padding-block: 3rem calc(var(--_space) * 0.5);
    background: linear-gradient(transparent, var(--_surface) 3rem);
    text-align: center;
  }

  .show-all {
    background: var(--_surface);
    font-weight: 600;
  }

  .title {
    font-family: var(--_heading-font);
    font-size: 1.6em;
    line-height: 1.2;
    margin: 0 0 0.5rem;
    text-wrap: balance;
  }

  .summary {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-block-end: 0.5rem;
  }

  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  button {
    font: inherit;
    font-size: 0.875em;
    /* A target a finger can hit even where the page sets html { font-size: 62.5% }. */
    min-block-size: max(2.75rem, 44px);
    min-inline-size: max(2.75rem, 44px);
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }

  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }

  button:hover {
    border-color: var(--_accent);
  }

  .count {
    margin: 0 0 var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .era {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .era-title {
    font-family: var(--_heading-font);
    font-size: 1.25em;
    margin: 0;
  }

  .era-dates,
  .era-summary {
    margin: 0.15rem 0 0.75rem;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The rail and the dot are drawn inside each item, where content-visibility cannot clip them. */
  .event {
    position: relative;
    padding-block: 0 calc(var(--_space) * 1.25);
    padding-inline: calc(var(--_space) * 1.6) 0;
  }

  /*
   * Long timelines: lists of a hundred events skip layout and paint while off screen, yet
   * stay in the DOM for find-in-page and assistive technology. Short ones render fully.
   */
  .many .events {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_items, 100) * var(--_item-size, 9rem));
  }

  .event::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.35rem + 1px);
    inset-block: 0;
    border-inline-start: 2px solid var(--_line);
  }

  .event::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: 0;
    inset-block-start: 0.3rem;
    inline-size: 0.7rem;
    block-size: 0.7rem;
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_accent);
  }

  .events.ahead .event::after {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_ahead);
  }

  .events.ahead .event::before {
    border-style: dashed;
    border-color: var(--_ahead);
  }

  .event:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  .as-of {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border-block: 2px solid var(--_ahead);
    color: var(--_text);
    font-size: 0.9em;
  }

  .as-of p {
    margin: 0;
  }

  .error {
    margin-block: 0 var(--_space);
    padding: 0.75rem;
    border: 2px solid var(--_failed);
    border-radius: var(--_radius);
  }

  .status,
  .empty {
    color: var(--_muted);
  }

  .problems {
    margin-block: 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_line);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  .problems li.error {
    color: var(--_failed);
  }

  .filters summary {
    cursor: pointer;
    min-block-size: max(2.75rem, 44px);
    display: flex;
    align-items: center;
    font-size: 0.9em;
    color: var(--_accent);
  }

  .filters[open] summary {
    margin-block-end: 0.5rem;
  }

  .filters .group + .group {
    margin-block-start: 0.5rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease-out;
    }
  }

  /*
   * Forced colours: a pressed button keeps its own system colours. Left to the browser, its
   * label gets a backplate in the colour HighlightText paints it in, and reads as a solid box.
   */
  @media (forced-colors: active) {
    .more {
      background: Canvas;
    }

    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }

    button:hover {
      border-color: Highlight;
    }

    .event::before {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }

    .event::after,
    .as-of {
      border-color: CanvasText;
    }
  }

  /* Print is the list, whatever the screen shows (print-media.ts draws it beside the axis). */
  .print-list {
    display: none;
  }

  @media print {
    .controls,
    .count,
    [part='axis'] {
      display: none;
    }

    .print-list {
      display: block;
    }

    .as-of {
      break-after: avoid;
    }

    .more {
      display: none;
    }

    .base.compact {
      block-size: auto;
      overflow: visible;
    }

    .many .events {
      content-visibility: visible;
    }

    .event {
      break-inside: avoid;
    }
  }
`;
