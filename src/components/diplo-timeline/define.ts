import { defineElements } from './define-elements.js';
import { DiploEvent } from '../diplo-event/diplo-event.js';
import type { DiploAxis, DiploRangeChangeDetail } from './diplo-axis.js';
import {
  DiploTimeline,
  type DiploErrorDetail,
  type DiploFilterChangeDetail,
  type DiploProblemsDetail,
  type DiploSelectDetail,
} from './diplo-timeline.js';

export { DiploEvent, DiploTimeline };

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'diplo-timeline': DiploTimeline;
    'diplo-event': DiploEvent;
    'diplo-axis': DiploAxis;
  }
  interface HTMLElementEventMap {
    'diplo-select': CustomEvent<DiploSelectDetail>;
    'diplo-problems': CustomEvent<DiploProblemsDetail>;
    'diplo-error': CustomEvent<DiploErrorDetail>;
    'diplo-filter-change': CustomEvent<DiploFilterChangeDetail>;
    'diplo-range-change': CustomEvent<DiploRangeChangeDetail>;
  }
}
