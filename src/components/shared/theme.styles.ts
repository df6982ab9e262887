import { css } from 'lit';

/**
 * The public theme: `--diplo-*` custom properties, mapped to private `--_*` variables
 * with light and dark defaults. Dark follows `prefers-color-scheme` unless the element
 * has `theme="light"`; `theme="dark"` forces it. Custom properties inherit into shadow
 * roots, so a page sets them once on `diplo-timeline` (or any ancestor).
 */
export const themeStyles = css`
  :host {
    --_surface: var(--diplo-surface, #ffffff);
    --_text: var(--diplo-text, #1a1a1a);
    --_muted: var(--diplo-muted, #555555);
    --_accent: var(--diplo-accent, #0b57d0);
    --_line: var(--diplo-line, #c9c9c9);
    --_ahead: var(--diplo-ahead, #8a4b00);
    --_ahead-surface: var(--diplo-ahead-surface, #fff4e0);
    --_failed: var(--diplo-failed, #b3261e);
    --_focus: var(--diplo-focus, #0b57d0);
    --_font: var(--diplo-font, inherit);
    --_heading-font: var(--diplo-heading-font, var(--_font));
    --_radius: var(--diplo-radius, 0.375rem);
    --_space: var(--diplo-space, 1rem);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_surface: var(--diplo-surface, #121417);
      --_text: var(--diplo-text, #ececec);
      --_muted: var(--diplo-muted, #b4b4b4);
      --_accent: var(--diplo-accent, #8ab4f8);
      --_line: var(--diplo-line, #4a4f57);
      --_ahead: var(--diplo-ahead, #ffc978);
      --_ahead-surface: var(--diplo-ahead-surface, #3a2a10);
      --_failed: var(--diplo-failed, #ffb4ab);
      --_focus: var(--diplo-focus, #8ab4f8);
      color-scheme: dark;
    }
  }

  :host([theme='dark']) {
    --_surface: var(--diplo-surface, #121417);
    --_text: var(--diplo-text, #ececec);
    --_muted: var(--diplo-muted, #b4b4b4);
    --_accent: var(--diplo-accent, #8ab4f8);
    --_line: var(--diplo-line, #4a4f57);
    --_ahead: var(--diplo-ahead, #ffc978);
    --_ahead-surface: var(--diplo-ahead-surface, #3a2a10);
    --_failed: var(--diplo-failed, #ffb4ab);
    --_focus: var(--diplo-focus, #8ab4f8);
    color-scheme: dark;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
