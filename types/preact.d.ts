/**
 * JSX types for Preact: `import type {} from 'diplo-timeline/preact'` once in your app.
 * Preact sets props it finds as properties on custom elements (so `data` can be an
 * object) and `on…` props as event listeners.
 */
import type { JSX } from 'preact';
import type {
  DiploErrorDetail,
  DiploEvent,
  DiploFilterChangeDetail,
  DiploProblemsDetail,
  DiploSelectDetail,
  DiploTimeline,
} from 'diplo-timeline/elements';

export interface DiploTimelineProps extends JSX.HTMLAttributes<DiploTimeline> {
  data?: unknown;
  src?: string;
  format?: 'diplo' | 'timelinejs';
  'as-of'?: string;
  layout?: string;
  actors?: string;
  kinds?: string;
  'heading-level'?: number | string;
  'show-problems'?: boolean;
  'structured-data'?: boolean;
  theme?: 'light' | 'dark';
  'ondiplo-select'?: (event: CustomEvent<DiploSelectDetail>) => void;
  'ondiplo-problems'?: (event: CustomEvent<DiploProblemsDetail>) => void;
  'ondiplo-error'?: (event: CustomEvent<DiploErrorDetail>) => void;
  'ondiplo-filter-change'?: (event: CustomEvent<DiploFilterChangeDetail>) => void;
}

export interface DiploEventProps extends JSX.HTMLAttributes<DiploEvent> {
  event?: unknown;
  actors?: readonly unknown[];
  'as-of'?: string;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark';
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'diplo-timeline': DiploTimelineProps;
      'diplo-event': DiploEventProps;
    }
  }
}
