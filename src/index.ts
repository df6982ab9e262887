/**
 * diplo-timeline: Lit web components for timelines of diplomatic and news events.
 * The elements arrive with their own modules; the model is re-exported here so one
 * import serves both.
 */
export * from './model/index.js';
