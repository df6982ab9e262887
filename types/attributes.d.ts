/** The attributes, properties and event handlers of the elements, shared by the JSX typings. */
import type {
  DiploErrorDetail,
  DiploFilterChangeDetail,
  DiploProblemsDetail,
  DiploSelectDetail,
} from 'diplo-timeline/elements';

export interface DiploTimelineAttributes {
  data?: unknown;
  src?: string;
  format?: 'diplo' | 'timelinejs' | 'csv' | 'tsv';
  'load-timeout'?: number | string;
  'as-of'?: string;
  layout?: 'auto' | 'vertical' | 'horizontal';
  actors?: string;
  kinds?: string;
  'heading-level'?: number | string;
  'show-problems'?: boolean;
  'structured-data'?: boolean;
  'single-lane'?: boolean;
  'show-today'?: boolean;
  theme?: 'light' | 'dark';
  'ondiplo-select'?: (event: CustomEvent<DiploSelectDetail>) => void;
  'ondiplo-problems'?: (event: CustomEvent<DiploProblemsDetail>) => void;
  'ondiplo-error'?: (event: CustomEvent<DiploErrorDetail>) => void;
  'ondiplo-filter-change'?: (event: CustomEvent<DiploFilterChangeDetail>) => void;
  'ondiplo-range-change'?: (event: CustomEvent<{ start: number; end: number }>) => void;
}

export interface DiploEventAttributes {
  event?: unknown;
  actors?: readonly unknown[];
  'as-of'?: string;
  'heading-level'?: number | string;
  theme?: 'light' | 'dark';
}
