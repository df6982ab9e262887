// Tests look inside the timeline's internal horizontal view by its usual tag. Not part of the
// published typings (src/test-support is left out of the build).
import type { DiploAxis } from '../components/diplo-timeline/diplo-axis.js';

declare global {
  interface HTMLElementTagNameMap {
    'diplo-axis': DiploAxis;
  }
}
