import { DiploTimelineEditor } from './diplo-timeline-editor.js';

export { DiploTimelineEditor };

if (!customElements.get('diplo-timeline-editor')) customElements.define('diplo-timeline-editor', DiploTimelineEditor);

declare global {
  interface HTMLElementTagNameMap {
    'diplo-timeline-editor': DiploTimelineEditor;
  }
}
