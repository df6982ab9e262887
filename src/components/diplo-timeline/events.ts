/**
 * The events `<diplo-timeline>` fires (all bubble and cross shadow roots), typed for
 * `addEventListener` wherever this module's types are seen: importing `diplo-timeline`,
 * `diplo-timeline/elements` or the element's class is enough.
 */
import type { EventKind, Problem, TimelineEvent } from '../../model/index.js';
import type { TimelineView } from './view-model.js';

/** `diplo-select`: the reader activated an event (Enter, or a click on its card). */
export interface DiploSelectDetail {
  id: string;
  event: TimelineEvent;
}

/** `diplo-problems`: the data was read; these are its problems (possibly none). */
export interface DiploProblemsDetail {
  problems: readonly Problem[];
}

/** `diplo-error`: loading `src` failed. */
export interface DiploErrorDetail {
  src: string;
  message: string;
}

/** `diplo-filter-change`: the reader changed the actor or kind filters, or the view. */
export interface DiploFilterChangeDetail {
  actors: string[];
  kinds: EventKind[];
  view: TimelineView;
}

/** `diplo-range-change`: the reader moved or zoomed the horizontal view. */
export interface DiploRangeChangeDetail {
  /** Timeline milliseconds (calendar dates at UTC midnight) of the window's edges. */
  start: number;
  end: number;
}

declare global {
  interface HTMLElementEventMap {
    'diplo-select': CustomEvent<DiploSelectDetail>;
    'diplo-problems': CustomEvent<DiploProblemsDetail>;
    'diplo-error': CustomEvent<DiploErrorDetail>;
    'diplo-filter-change': CustomEvent<DiploFilterChangeDetail>;
    'diplo-range-change': CustomEvent<DiploRangeChangeDetail>;
  }
}
