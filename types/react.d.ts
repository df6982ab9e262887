/**
 * JSX types for React 19: `import type {} from 'diplo-timeline/react'` once in your app.
 * React 19 sets unknown props of custom elements as properties (so `data` can be an
 * object) and attaches `on…` props as event listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  DiploErrorDetail,
  DiploEvent,
  DiploFilterChangeDetail,
  DiploProblemsDetail,
  DiploSelectDetail,
  DiploTimeline,
} from 'diplo-timeline/elements';

type Base<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

export interface DiploTimelineProps extends Base<DiploTimeline> {
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

export interface DiploEventProps extends Base<DiploEvent> {
  event?: unknown;
  actors?: readonly unknown[];
  'as-of'?: string;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark';
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'diplo-timeline': DiploTimelineProps;
      'diplo-event': DiploEventProps;
    }
  }
}
