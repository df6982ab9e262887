/**
 * diplo-timeline: importing this module defines <diplo-timeline> and <diplo-event>.
 * For the classes without defining tags, import `diplo-timeline/elements`; for the
 * data model alone (no DOM), `diplo-timeline/model`.
 */
import './components/diplo-timeline/define.js';

export * from './components/index.js';
export * from './model/index.js';
