/** The element classes, without defining any tag: for apps that register them under their own names. */
export { DiploEvent, safeColor, type EventContext } from './diplo-event/diplo-event.js';
export {
  DiploTimeline,
  type DiploErrorDetail,
  type DiploFilterChangeDetail,
  type DiploProblemsDetail,
  type DiploSelectDetail,
  type TimelineView,
} from './diplo-timeline/diplo-timeline.js';
export { DiploAxis, type DiploRangeChangeDetail } from './diplo-timeline/diplo-axis.js';
