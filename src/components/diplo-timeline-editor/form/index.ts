/**
 * The editor's form, as render functions over an `EditorStore`: the editor element composes
 * them (see each module) and re-renders them when the store or the form's view changes.
 */
export { documentLanguage, fieldId, focusField, FormView, type FormContext, type FormNotice } from './context.js';
export { dateField, dateReading, rangeReading, whenField, type DateFieldOptions, type DateReading } from './date-field.js';
export { renderActors } from './actors-section.js';
export { renderEventForm, parseTags } from './event-form.js';
export { renderEventList, rowId, type EventListOptions } from './event-list.js';
export { eventRows, searchRows, type EventRow } from './event-rows.js';
export { formStyles } from './form.styles.js';
export { renderProblems, fieldName, type ProblemsOptions } from './problems-list.js';
export { formStrings, loadFormStrings, type EditorFormStrings } from './strings.js';
export { renderEras, renderTimelineSection } from './timeline-section.js';
