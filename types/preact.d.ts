/**
 * JSX types for Preact: `import type {} from 'diplo-timeline/preact'` once in your app.
 * Preact sets props it finds as properties on custom elements (so `data` can be an
 * object) and `on…` props as event listeners.
 */
import type { JSX } from 'preact';
import type { DiploEvent, DiploTimeline } from 'diplo-timeline/elements';
import type { DiploTimelineEditor } from 'diplo-timeline/editor';
import type { DiploEventAttributes, DiploTimelineAttributes, DiploTimelineEditorAttributes } from './attributes.js';

export interface DiploTimelineProps extends JSX.HTMLAttributes<DiploTimeline>, DiploTimelineAttributes {}

export interface DiploEventProps extends JSX.HTMLAttributes<DiploEvent>, DiploEventAttributes {}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'diplo-timeline': DiploTimelineProps;
      'diplo-event': DiploEventProps;
      'diplo-timeline-editor': DiploTimelineEditorProps;
    }
  }
}
