import { css } from 'lit';

/**
 * The public theme: `--diplo-*` custom properties, mapped to private `--_*` variables
 * with light and dark defaults. Dark follows `prefers-color-scheme` unless the element
 * has `theme="light"`; `theme="dark"` forces it. Custom properties inherit into shadow
 * roots, so a page sets them once on `diplo-timeline` (or any ancestor).
 */
export const themeStyles = css`
  /* light-dark() picks by the element's color-scheme: the reader's, unless theme= says. */
  :host {
    color-scheme: light dark;
    --_surface: var(--diplo-surface, light-dark(#ffffff, #121417));
    --_text: var(--diplo-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--diplo-muted, light-dark(#555555, #b4b4b4));
    --_accent: var(--diplo-accent, light-dark(#0b57d0, #8ab4f8));
    --_line: var(--diplo-line, light-dark(#c9c9c9, #4a4f57));
    --_ahead: var(--diplo-ahead, light-dark(#8a4b00, #ffc978));
    --_ahead-surface: var(--diplo-ahead-surface, light-dark(#fff4e0, #3a2a10));
    --_failed: var(--diplo-failed, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--diplo-focus, light-dark(#0b57d0, #8ab4f8));
    --_font: var(--diplo-font, inherit);
    --_heading-font: var(--diplo-heading-font, var(--_font));
    --_radius: var(--diplo-radius, 0.375rem);
    --_space: var(--diplo-space, max(1rem, 16px));
  }

  /*
   * At home on any article page: the page's font family, colour (through --diplo-text) and
   * font size still come in, but not what it does to its own prose and would break here
   * (justified or upper-cased text, letter and word spacing, preserved white space, an indent).
   * Again on the outermost boxes inside: a page's rule for every element (\`* { … }\`) reaches
   * the host itself, and wins over :host.
   */
  :host,
  .base,
  .card {
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    text-shadow: none;
    hyphens: manual;
    word-break: normal;
    tab-size: 8;
    writing-mode: horizontal-tb;
    cursor: auto;
    line-height: 1.5;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
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
