import { css } from 'lit';

/** The editor's frame: header, the two panes (side by side when wide, stacked on a phone), the preview's bar. */
export const editorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_font, system-ui, sans-serif);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.45;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
  }

  :host([hidden]) {
    display: none;
  }

  button {
    font: inherit;
    font-size: 0.9rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button:hover:not(:disabled) {
    border-color: var(--_accent);
  }

  button:disabled {
    opacity: 0.55;
    cursor: default;
  }

  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem var(--_space);
    border-block-end: 1px solid var(--_line);
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_surface);
  }

  .heading {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }

  .tool {
    margin: 0;
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .doc-title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .counts {
    margin: 0;
    display: flex;
    gap: 0.5rem;
    font-size: 0.875rem;
  }

  .count {
    padding: 0.15rem 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
  }

  .count.error {
    color: var(--_failed);
  }

  .count.warning {
    color: var(--_ahead);
  }

  .count.ok {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .panes {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
  }

  @container (min-width: 60rem) {
    .panes {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }

    .preview-pane {
      position: sticky;
      inset-block-start: 5.5rem;
      max-block-size: calc(100vh - 6.5rem);
      overflow: auto;
    }
  }

  .pane-title {
    margin: 0;
    font-size: 1rem;
  }

  .preview-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
  }

  .group {
    display: flex;
    gap: 0.25rem;
  }

  .frame {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.75rem;
    background: var(--_surface);
  }

  .frame.phone {
    inline-size: min(100%, 375px);
    margin-inline: auto;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }

    .count {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
