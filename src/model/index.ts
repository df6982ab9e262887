/**
 * diplo-timeline/model: the data model, pure TypeScript. No DOM, no Lit, no clock:
 * the same code runs in the browser, in Node and in tests.
 */
export {
  CALENDAR_YEARS,
  DATE_PATTERN,
  DATE_PRECISIONS,
  MAX_YEAR_DIGITS,
  compareWhen,
  datetimeAttribute,
  epochDay,
  firstDay,
  instantOf,
  isReversedRange,
  lastDay,
  parsePartialDate,
  partialDateText,
  serializePartialDate,
  toWhen,
  type DatePrecision,
  type PartialDate,
  type PartialDateResult,
  type When,
} from './dates.js';
export type { DateLocale } from './date-locale.js';
export { formatWhen, resolveDateLocale, type FormatWhenOptions } from './format.js';
export { RECEIVED_HTML, decodeJSONBytes, failedResult, isHTML, validJSON, type DecodedText } from './json.js';
export { duplicateKeys, jsonErrorOffset, parseTimelineJSON, readJSONText, type ReadJSONOptions } from './json-text.js';
export { jsonForScript } from './script-json.js';
export { explainDocument, parseTimeline, parseTimelineAsync } from './check.js';
export { closestField, unknownFields } from './fields.js';
export { FOREIGN_FORMATS, foreignFormat, foreignFormatMessage, looksLikeTimelineJS, looksLikeVisTimeline, type ForeignFormat } from './foreign.js';
export {
  isParsed,
  ParseCache,
  parseActors,
  parseEvent,
  readTimeline,
  readTimelineAsync,
  PROBLEM_SEVERITIES,
  type ActorsParseResult,
  type ParseOptions,
  type EventParseResult,
  type ParseAsyncOptions,
  type ParseResult,
  type Problem,
  type ProblemPosition,
  type ProblemSeverity,
} from './parse.js';
export { isYAML, parseTimelineYAML } from './yaml.js';
export {
  ACTOR_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  IMPORTANCE_LEVELS,
  RELATIONS,
  SCHEMA_VERSION,
  hasVisibleText,
  type Actor,
  type ActorInput,
  type ActorKind,
  type Era,
  type EraInput,
  type EventInput,
  type EventKind,
  type EventStatus,
  type Location,
  type Media,
  type Quote,
  type Relation,
  type RelatedLink,
  type Source,
  type Timeline,
  type TimelineDocument,
  type TimelineEvent,
} from './schema.js';
export {
  TIMINGS,
  calendarDay,
  daysUntil,
  deriveStatus,
  dueDay,
  isHindsight,
  latestDate,
  placementWhen,
  sortEvents,
  timingAsOf,
  type Timing,
} from './status.js';
export { enUS } from './locales/en-US.js';
export { jsonLdText, structuredData, type StructuredDataOptions } from './structured-data.js';
export {
  DAY_MS,
  TICK_SPACING_PX,
  TICK_UNITS,
  endMs,
  estimateTextWidth,
  eventExtent,
  fitDomain,
  startMs,
  timeScale,
  timeTicks,
  type Extent,
  type Tick,
  type TickUnit,
  type TimeScale,
} from './scale.js';
export { dateAt } from './years.js';
export { serializeTimeline } from './serialize.js';
export { problemPlace } from './problem-place.js';
export { MEDIA_TYPES, looksLikeImage, mediaProvider, type MediaProvider, type MediaType } from './media.js';
export { urlProblems } from './resolve.js';
export { isRelativeUrl, safeUrl, unresolvedReason, urlProblem } from './urls.js';
