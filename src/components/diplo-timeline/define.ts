import { defineElements } from './define-elements.js';
import { DiploEvent } from '../diplo-event/diplo-event.js';
import { DiploTimeline } from './diplo-timeline.js';

export { DiploEvent, DiploTimeline };

defineElements();

// The tags this module defines. (The events are typed by the elements' own modules.)
declare global {
  interface HTMLElementTagNameMap {
    'diplo-timeline': DiploTimeline;
    'diplo-event': DiploEvent;
  }
}
