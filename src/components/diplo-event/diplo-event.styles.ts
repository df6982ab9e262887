import { css } from 'lit';

/**
 * The card's own rules: shared by `<diplo-event>`, the list of `<diplo-timeline>` and the
 * horizontal view's open card (beside labels of its own, hence `p.label`).
 */
export const cardStyles = css`
  .card {
    display: block;
    margin: 0;
    font-family: var(--_font);
    color: var(--_text);
    overflow-wrap: anywhere;
    line-break: strict;
  }

  .card:lang(ko) {
    word-break: keep-all;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .kind {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.85em;
  }

  .kind:lang(ko),
  .kind:lang(ja),
  .kind:lang(zh) {
    text-transform: none;
    letter-spacing: 0;
  }

  .icon {
    margin-inline-end: 0.3em;
  }

  .headline {
    font-family: var(--_heading-font);
    font-size: 1.2em;
    line-height: 1.3;
    margin: 0 0 0.5rem;
    text-wrap: balance;
  }

  .badges,
  .actors,
  ul[part='sources'],
  ul[part='related'] {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }

  .badges,
  .actors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .badge {
    font-size: 0.8em;
    font-weight: 600;
    padding: 0.1em 0.55em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
  }

  .badge.ahead,
  .badge.deadline {
    color: var(--_ahead);
    background: var(--_ahead-surface);
  }

  .badge.failed {
    color: var(--_failed);
  }

  .badge.neutral {
    color: var(--_muted);
  }

  .actor {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
  }

  .swatch {
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_actor, var(--_muted));
    border: 1px solid var(--_line);
    flex: none;
  }

  .location {
    margin: 0 0 0.5rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .body p {
    margin: 0 0 0.75em;
    line-height: 1.6;
  }

  .quote {
    margin: 0.75rem 0;
    padding-inline-start: 0.9rem;
    border-inline-start: 3px solid var(--_accent);
  }

  .quote blockquote {
    margin: 0;
    font-style: italic;
    line-height: 1.5;
  }

  .quote blockquote p {
    margin: 0;
  }

  .quote blockquote p::before {
    content: open-quote;
  }

  .quote blockquote p::after {
    content: close-quote;
  }

  .quote figcaption {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .speaker {
    font-weight: 600;
    color: var(--_text);
  }

  .media {
    margin: 0.75rem 0;
  }

  .media img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }

  .media figcaption {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-start: 0.25rem;
  }

  .credit {
    display: block;
  }

  /* Another medium (a video, a post, a map) as a link naming its provider: never a frame. */
  .media-link {
    display: inline-flex;
    flex-direction: column;
    gap: 0.35rem;
    max-inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  .media-link:hover .provider {
    text-decoration: underline;
  }

  .media-link .icon {
    margin-inline-end: 0.4em;
  }

  p.label {
    margin: 0.5rem 0 0.15rem;
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  ul[part='sources'] li,
  ul[part='related'] li {
    font-size: 0.875em;
    margin-block-end: 0.2rem;
  }

  .invalid {
    color: var(--_failed);
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }

    .media-link {
      border-color: LinkText;
      color: LinkText;
    }
  }

  @media print {
    .card a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }

    .badge {
      border-color: currentColor;
    }
  }
`;

/** `<diplo-event>` on its own. */
export const eventStyles = [
  css`
    :host {
      display: block;
    }
  `,
  cardStyles,
];
