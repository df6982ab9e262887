/**
 * The element classes and their public types, without defining any tag: for apps that
 * register them under their own names. The one list of the elements' exports: the package's
 * main entry and the standalone bundle re-export it.
 */
export { DiploEvent, safeColor, type EventContext } from './diplo-event/diplo-event.js';
export {
  DiploTimeline,
  type DiploErrorDetail,
  type DiploFilterChangeDetail,
  type DiploProblemsDetail,
  type DiploRangeChangeDetail,
  type DiploSelectDetail,
  type TimelineFormat,
  type TimelineView,
} from './diplo-timeline/diplo-timeline.js';
