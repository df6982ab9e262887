/**
 * The standalone bundle (`dist/diplo-timeline.bundle.js`): the public API of `diplo-timeline`,
 * and the elements defined. Lit's hydration support is fetched only by a page that has
 * server-rendered timelines (their declarative shadow roots are there when this module
 * runs, after the document is parsed), and applied before the elements are defined.
 */
import { defineElements } from './components/diplo-timeline/define-elements.js';

const serverRendered = [...document.querySelectorAll('diplo-timeline, diplo-event')].some((element) => element.shadowRoot);
if (serverRendered) await import('./hydrate.js');
defineElements();

export * from './components/index.js';
// What the elements carry anyway; the rest of the model is in the npm package (`diplo-timeline/model`).
// Here `parseTimeline` is the reading the elements do (`readTimeline`): what explains a document
// to its author (unknown fields, another tool's format) is `diplo-timeline/model`'s `parseTimeline`.
export { formatWhen, parsePartialDate, readTimeline, readTimelineAsync } from './model/index.js';
export { readTimeline as parseTimeline, readTimelineAsync as parseTimelineAsync } from './model/index.js';
export type * from './model/index.js';
