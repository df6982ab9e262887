import { css } from 'lit';

/**
 * The form's look: calm and dense but legible, labels above fields, hints muted, problems in
 * the field's own row (icon and words, red for errors, amber for warnings), 44 px targets,
 * logical properties only (Arabic and Hebrew mirror), forced colours respected. Goes after
 * `themeStyles`, whose `--_*` variables it uses. Sections are containers: two fields share a
 * row only where the section is wide enough, whatever the page around it.
 */
export const formStyles = css`
  :host {
    --_warning: var(--diplo-warning, light-dark(#8a4b00, #ffc978));
    /* Field borders need 3:1 against the surface (WCAG 1.4.11); --_line is for dividers. */
    --_field-line: var(--diplo-field-line, light-dark(#767676, #8b9098));
    --_selected: var(--diplo-selected, light-dark(#e8f0fe, #1f2a3d));
    --_hover: var(--diplo-hover, light-dark(#f2f4f7, #1c1f24));
  }

  .form-section {
    container-type: inline-size;
    display: grid;
    gap: 0.75rem;
    margin-block-end: 1.5rem;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.4;
  }

  .form-section h2 {
    font-family: var(--_heading-font);
    font-size: 1.15rem;
    line-height: 1.25;
    margin: 0;
  }

  .form-section h3 {
    font-size: 1rem;
    margin: 0;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    min-inline-size: 0;
  }

  label,
  legend {
    font-size: 0.875rem;
    font-weight: 600;
  }

  .required {
    font-weight: 400;
    color: var(--_muted);
  }

  input:not([type='checkbox'], [type='radio'], [type='color']),
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.625rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_field-line);
    border-radius: var(--_radius);
  }

  textarea {
    resize: vertical;
    min-block-size: 5rem;
  }

  [aria-invalid='true'] {
    border-color: var(--_failed) !important;
    border-width: 2px !important;
  }

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .hint,
  .reading {
    margin: 0;
    font-size: 0.85rem;
  }

  .hint {
    color: var(--_muted);
  }

  .problems {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }

  .problems > li {
    display: flex;
    gap: 0.375rem;
    align-items: flex-start;
  }

  .error {
    color: var(--_failed);
  }

  .warning {
    color: var(--_warning);
  }

  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    margin-block-start: 0.15em;
  }

  button {
    font: inherit;
    font-size: 0.875rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_field-line);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button:hover:not(:disabled) {
    background: var(--_hover);
  }

  button:disabled {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }

  button.add {
    color: var(--_accent);
    border-color: var(--_accent);
    justify-self: start;
  }

  button.delete:not(:disabled) {
    color: var(--_failed);
  }

  fieldset {
    display: grid;
    gap: 0.75rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  legend {
    padding-inline: 0.25rem;
  }

  .items {
    display: grid;
    gap: 0.75rem;
  }

  .item-list,
  .check-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }

  .check-list {
    gap: 0;
  }

  .item-actions,
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .item-actions {
    justify-content: flex-end;
  }

  .pair {
    display: grid;
    gap: 0.75rem;
  }

  @container (min-width: 34rem) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }

  .switch,
  .check,
  .choice,
  .check-list > li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }

  .switch label,
  .check label,
  .choice label,
  .check-list label {
    font-weight: 400;
    font-size: 1rem;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    padding-block: 0.25rem;
  }

  .color-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .color-row input[type='text'] {
    flex: 1;
  }

  input[type='color'] {
    inline-size: 3rem;
    block-size: 2.75rem;
    padding: 0.125rem;
    background: var(--_surface);
    border: 1px solid var(--_field-line);
    border-radius: var(--_radius);
  }

  .swatch {
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    box-sizing: border-box;
    border: 1px solid var(--_field-line);
    border-radius: var(--_radius);
    background: var(--_swatch, transparent);
    forced-color-adjust: none;
  }

  /* The event list. */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .count,
  .empty {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: min(60vh, 40rem);
    overflow: auto;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'date kind' 'title title' 'problems problems';
    gap: 0.125rem 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-block-end: 1px solid var(--_line);
    border-inline-start: 4px solid transparent;
    cursor: pointer;
  }

  .row:last-child {
    border-block-end: none;
  }

  .row:hover {
    background: var(--_hover);
  }

  .row[aria-selected='true'] {
    background: var(--_selected);
    border-inline-start-color: var(--_accent);
  }

  .row:focus-visible {
    outline-offset: -3px;
  }

  .row-date {
    grid-area: date;
    font-size: 0.85rem;
    color: var(--_muted);
  }

  .undated .row-date {
    color: var(--_failed);
  }

  .row-title {
    grid-area: title;
    font-weight: 600;
  }

  .row-kind {
    grid-area: kind;
    font-size: 0.85rem;
    color: var(--_muted);
  }

  .row-problems {
    grid-area: problems;
    display: inline-flex;
    gap: 0.25rem;
    font-size: 0.85rem;
  }

  @container (min-width: 40rem) {
    .row {
      grid-template-columns: 11rem 1fr auto auto;
      grid-template-areas: 'date title kind problems';
      align-items: baseline;
    }
  }

  /* The problems list. */
  .problem-groups,
  .problem-fields {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }

  .problem-fields {
    gap: 0.25rem;
    margin-block-start: 0.25rem;
  }

  .problem-field {
    font-size: 0.875rem;
    font-weight: 600;
  }

  .jump {
    display: flex;
    gap: 0.375rem;
    align-items: flex-start;
    inline-size: 100%;
    text-align: start;
    color: inherit;
    border-color: transparent;
  }

  @media (forced-colors: active) {
    .error,
    .warning,
    .undated .row-date {
      color: CanvasText;
    }

    /* Mark is a background colour: as a border on Canvas it can vanish (yellow on white). */
    [aria-invalid='true'] {
      border-color: CanvasText !important;
      border-style: dashed !important;
    }

    .row[aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }
`;
