import { DiploEvent } from './diplo-event.js';

export { DiploEvent };

if (!customElements.get('diplo-event')) customElements.define('diplo-event', DiploEvent);

declare global {
  interface HTMLElementTagNameMap {
    'diplo-event': DiploEvent;
  }
}
