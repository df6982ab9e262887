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

  .menu {
    position: relative;
  }

  .menu-list {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 0.25rem);
    z-index: 3;
    min-inline-size: 16rem;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }

  .menu-list[hidden] {
    display: none;
  }

  .menu-item {
    display: block;
    inline-size: 100%;
    text-align: start;
    border: 0;
  }

  .status-line {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
  }

  .status-line p {
    margin: 0;
  }

  .save-status,
  .message {
    color: var(--_muted);
  }

  .unexported {
    color: var(--_ahead);
  }

  .message.error,
  .banner.error {
    color: var(--_failed);
  }

  .banner {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }

  .banner.conflict {
    color: var(--_ahead);
    background: var(--_ahead-surface);
  }

  .banner p {
    flex: 1 1 16rem;
    color: var(--_text);
  }

  .import-dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: var(--_space);
  }

  .import-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  .import-dialog h2 {
    margin: 0 0 0.25rem;
    font-size: 1.1rem;
  }

  .import-dialog textarea,
  .import-dialog input {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .hint {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }

  .panes {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
  }

  @container (min-width: 60rem) {
    /* Side by side, the header stays in view; on a phone it scrolls away with the page. */
    .header {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
    }

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

  .parts ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .part-link {
    font-size: 0.85rem;
    min-block-size: 2.25rem;
    border-radius: 999px;
  }

  .events-pane {
    display: grid;
    gap: var(--_space);
    margin-block: var(--_space);
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
