/**
 * JSX types for React 19: `import type {} from 'diplo-timeline/react'` once in your app.
 * React 19 sets unknown props of custom elements as properties (so `data` can be an
 * object) and attaches `on…` props as event listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DiploEvent, DiploTimeline } from 'diplo-timeline/elements';
import type { DiploTimelineEditor } from 'diplo-timeline/editor';
import type { DiploEventAttributes, DiploTimelineAttributes, DiploTimelineEditorAttributes } from './attributes.js';

type Base<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

export interface DiploTimelineProps extends Base<DiploTimeline>, DiploTimelineAttributes {}

export interface DiploEventProps extends Base<DiploEvent>, DiploEventAttributes {}

export interface DiploTimelineEditorProps extends Base<DiploTimelineEditor>, DiploTimelineEditorAttributes {}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'diplo-timeline': DiploTimelineProps;
      'diplo-event': DiploEventProps;
      'diplo-timeline-editor': DiploTimelineEditorProps;
    }
  }
}
