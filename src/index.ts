/**
 * diplo-timeline: importing this module defines <diplo-timeline> and <diplo-event>
 * (hydrating any that were rendered on the server with `diplo-timeline/ssr`).
 * For the classes without defining tags, import `diplo-timeline/elements`; for the
 * data model alone (no DOM), `diplo-timeline/model`.
 */
// Before any Lit element is defined: lets server-rendered timelines hydrate.
import './hydrate.js';
import './components/diplo-timeline/define.js';

export { DiploEvent, safeColor, type EventContext } from './components/diplo-event/diplo-event.js';
export {
  DiploTimeline,
  type DiploErrorDetail,
  type DiploFilterChangeDetail,
  type DiploProblemsDetail,
  type DiploSelectDetail,
  type TimelineView,
} from './components/diplo-timeline/diplo-timeline.js';
// The horizontal view's class loads on demand; import it from `diplo-timeline/elements`.
export type { DiploAxis, DiploRangeChangeDetail } from './components/diplo-timeline/diplo-axis.js';
export * from './model/index.js';
