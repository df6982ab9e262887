import { DiploEvent } from '../diplo-event/diplo-event.js';
import { DiploTimeline } from './diplo-timeline.js';

/** Defines `<diplo-event>` and `<diplo-timeline>` (each only if the tag is free). */
export function defineElements(): void {
  if (!customElements.get('diplo-event')) customElements.define('diplo-event', DiploEvent);
  if (!customElements.get('diplo-timeline')) customElements.define('diplo-timeline', DiploTimeline);
}
