/**
 * diplo-timeline: importing this module defines <diplo-timeline> and <diplo-event>
 * (hydrating any that were rendered on the server with `diplo-timeline/ssr`).
 * For the classes without defining tags, import `diplo-timeline/elements`; for the
 * data model alone (no DOM), `diplo-timeline/model`.
 */
// Before any Lit element is defined: lets server-rendered timelines hydrate.
import './hydrate.js';
import './components/diplo-timeline/define.js';

export * from './components/index.js';
export * from './model/index.js';
